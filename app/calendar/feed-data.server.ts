// What each calendar feed is built from, read through the models: convenings that are or were
// public (feeds never load drafts) and their sessions, a city's or a person's share of them, and
// a person's dated actions. Each feed loads in a fixed number of queries, whatever its size.
import { getCityBySlug } from "~models/city.server";
import { CHANGE_TOKENS, changeTokensFingerprint, type ChangeTokenName } from "~models/change-token.server";
import { listConveningBriefs } from "~models/convening.server";
import { listDatedActionsOwnedBy } from "~models/follow-up-action.server";
import { isValidId } from "~models/ids.server";
import {
  listPublicConvenings,
  listPublicConveningsByIds,
  listPublicConveningsForCity,
  listSessionsForFeeds,
} from "~models/queries/calendar-feeds.server";
import { getFeedSession } from "~models/agenda-session.server";
import {
  isAttending,
  listConveningIdsAttendedByCity,
  listConveningIdsAttendedByPerson,
} from "~models/registration.server";
import type { ActionRecord, ConveningRecord, SessionRecord } from "./feed-events";

export type FeedData = { convenings: ConveningRecord[]; sessions: SessionRecord[] };

/** Every convening that is or was public, with its sessions (cancelled ones filtered later). */
export async function loadProgrammeData(): Promise<FeedData> {
  const convenings = await listPublicConvenings();
  return { convenings, sessions: await listSessionsForFeeds(convenings) };
}

export async function findCity(slug: string): Promise<{ id: string; name: string; slug: string } | null> {
  const city = await getCityBySlug(slug);
  return city ? { id: city.id, name: city.name, slug: city.slug } : null;
}

/** The convenings a city has people registered at (no names: only which convenings). */
export function listCityConveningIds(cityId: string): Promise<string[]> {
  return listConveningIdsAttendedByCity(cityId);
}

/** Convenings a city hosts or has people registered at (no names: only which convenings). */
export async function loadCityData(cityId: string): Promise<FeedData> {
  const attendedIds = await listConveningIdsAttendedByCity(cityId);
  const convenings = await listPublicConveningsForCity(cityId, attendedIds);
  return { convenings, sessions: await listSessionsForFeeds(convenings) };
}

/** One convening (never a draft) and its sessions; null when there is no such public convening. */
export async function loadConveningData(
  conveningId: string,
  options: { includeOnlineUrl?: boolean } = {},
): Promise<FeedData | null> {
  if (!isValidId(conveningId)) return null;
  const convenings = await listPublicConveningsByIds([conveningId], options);
  if (convenings.length === 0) return null;
  return { convenings, sessions: await listSessionsForFeeds(convenings) };
}

/** A public convening on its own (no sessions), or null. */
export async function loadPublicConvening(conveningId: string, options: { includeOnlineUrl?: boolean } = {}) {
  if (!isValidId(conveningId)) return null;
  const [convening] = await listPublicConveningsByIds([conveningId], options);
  return convening ?? null;
}

/** One session of a public convening, or null. */
export async function loadSessionData(
  conveningId: string,
  sessionId: string,
  options: { includeOnlineUrl?: boolean } = {},
): Promise<FeedData | null> {
  if (!isValidId(conveningId) || !isValidId(sessionId)) return null;
  const convenings = await listPublicConveningsByIds([conveningId], options);
  if (convenings.length === 0) return null;
  const session = await getFeedSession(conveningId, sessionId);
  if (!session) return null;
  return { convenings, sessions: [session] };
}

export function isRegisteredFor(personId: string, conveningId: string): Promise<boolean> {
  return isAttending(personId, conveningId);
}

export type PersonalData = FeedData & { actions: ActionRecord[] };

/** What one person is registered for (with joining links) and the actions they own. */
export async function loadPersonalData(personId: string): Promise<PersonalData> {
  const [registeredIds, ownedActions] = await Promise.all([
    listConveningIdsAttendedByPerson(personId),
    listDatedActionsOwnedBy(personId),
  ]);
  const convenings = await listPublicConveningsByIds(registeredIds, { includeOnlineUrl: true });
  // Action titles name their convening; drafts included, since the owner already knows of it.
  const [sessions, actionConvenings] = await Promise.all([
    listSessionsForFeeds(convenings),
    listConveningBriefs(ownedActions.map((action) => action.conveningId)),
  ]);
  const conveningTitles = new Map(actionConvenings.map((convening) => [convening.id, convening.title]));
  const actions = ownedActions.flatMap(({ conveningId, dueOn, ...action }) =>
    typeof dueOn === "string" && /^\d{4}-\d{2}-\d{2}$/.test(dueOn)
      ? [{ ...action, dueOn, conveningTitle: conveningId ? (conveningTitles.get(conveningId) ?? null) : null }]
      : [],
  );
  return { convenings, sessions, actions };
}

/**
 * A summary of everything a public feed is built from: when it is unchanged, the feed is too
 * (except for the passage of time, which the cache handles separately). Every write replaces
 * its collection's change token, so this is one small read however large the programme.
 */
export async function publicFeedFingerprint(options: { includeRegistrations: boolean }): Promise<string> {
  const names: ChangeTokenName[] = [CHANGE_TOKENS.convenings, CHANGE_TOKENS.sessions, CHANGE_TOKENS.cities];
  if (options.includeRegistrations) names.push(CHANGE_TOKENS.registrations);
  return changeTokensFingerprint(names);
}
