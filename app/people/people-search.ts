// The people directory's URL: search words, filters and page, read from and written back to the
// query string (the URL is the state, so the GET form works without JavaScript).
import { PROGRAMME_ROLES, ROLES, type ProgrammeRole, type Role } from "~/domain/vocabulary/people";
import type { MessageKey } from "~/i18n/messages";
import type { Translate } from "~/i18n/translator";

export const PEOPLE_PAGE_SIZE = 50;
export const ACCOUNT_STATES = ["active", "invited", "guest", "deleted"] as const;
export type AccountStateFilter = (typeof ACCOUNT_STATES)[number];
const ACCOUNT_STATE_KEYS: Record<AccountStateFilter, MessageKey> = {
  active: "people.state.active",
  invited: "people.state.invited",
  guest: "people.state.guest",
  deleted: "people.state.deleted",
};

/** The account filter's choices: "Active (signs in)" … in the reader's language. */
export const accountStateOptions = (t: Translate) =>
  ACCOUNT_STATES.map((value) => ({ value, label: t(ACCOUNT_STATE_KEYS[value]) }));

export type PeopleQuery = {
  q: string;
  cityId: string;
  role: Role | "";
  programmeRole: ProgrammeRole | "";
  state: AccountStateFilter | "";
  page: number;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | "" =>
  value && (values as readonly string[]).includes(value) ? (value as T) : "";

export function readPeopleQuery(params: URLSearchParams): PeopleQuery {
  const page = Number(params.get("page") ?? "1");
  return {
    q: (params.get("q") ?? "").trim().slice(0, 200),
    cityId: (params.get("city") ?? "").trim(),
    role: oneOf(ROLES, params.get("role")),
    programmeRole: oneOf(PROGRAMME_ROLES, params.get("programmeRole")),
    state: oneOf(ACCOUNT_STATES, params.get("state")),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The query string of the same search on another page (empty values left out). */
export function peopleQueryString(query: PeopleQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.cityId) params.set("city", query.cityId);
  if (query.role) params.set("role", query.role);
  if (query.programmeRole) params.set("programmeRole", query.programmeRole);
  if (query.state) params.set("state", query.state);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** "Showing 51–100 of 312", or "No one matches". */
export function showingLabel(t: Translate, page: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return t("people.directory.noOne");
  const first = (page - 1) * PEOPLE_PAGE_SIZE + 1;
  return t("people.directory.showing", { first, last: first + shown - 1, total });
}
