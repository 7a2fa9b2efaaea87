// The people directory: one page of a search, with the account state of each person (active,
// invited but not accepted, guest without an account, deleted).
import { listInvitedPersonIds } from "~models/invitation.server";
import { searchPeople, type PersonCard } from "~models/person.server";
import { PEOPLE_PAGE_SIZE, type PeopleQuery } from "./people-search";

export type AccountBadge = "active" | "invited" | "guest" | "deleted";
export type DirectoryRow = PersonCard & { accountState: AccountBadge };

export async function findPeoplePage(query: PeopleQuery): Promise<{ people: DirectoryRow[]; total: number }> {
  const invitedIds = await listInvitedPersonIds();
  const { people, total } = await searchPeople({
    q: query.q,
    cityId: query.cityId || null,
    role: query.role || null,
    programmeRole: query.programmeRole || null,
    state: query.state || null,
    invitedIds,
    skip: (query.page - 1) * PEOPLE_PAGE_SIZE,
    limit: PEOPLE_PAGE_SIZE,
  });
  return {
    total,
    people: people.map((person) => ({ ...person, accountState: accountStateOf(person, invitedIds, query) })),
  };
}

function accountStateOf(person: PersonCard, invitedIds: ReadonlySet<string>, query: PeopleQuery): AccountBadge {
  if (query.state === "deleted") return "deleted";
  if (person.hasAccount) return "active";
  return invitedIds.has(person.id) ? "invited" : "guest";
}
