// The reads behind the calendar feeds: convenings that are or were public (feeds never load
// drafts) with their host city's name, their sessions and a person's dated actions. Each feed
// loads in a fixed number of queries (batched with $in), whatever the size of the programme.
import { getCityNames } from "../city.server";
import { findConveningViews, findConveningViewsByIds, type ConveningView } from "../convening.server";
import { listFeedSessions, type SessionView } from "../agenda-session.server";
import { isValidId, validIds } from "../ids.server";

/** Statuses a feed may show: drafts are never reachable through a feed. */
const FEED_STATUSES = ["published", "completed", "cancelled"] as const;

export type FeedConvening = ConveningView<"feed"> & { onlineUrl?: string; hostCityName: string | null };
export type FeedSession = SessionView<"feed">;

async function findFeedConvenings(
  filter: Record<string, unknown>,
  options: { includeOnlineUrl?: boolean },
): Promise<FeedConvening[]> {
  const view = options.includeOnlineUrl ? "feedWithJoiningLink" : "feed";
  const convenings = await findConveningViews({ ...filter, status: { $in: FEED_STATUSES } }, view, {
    sort: { startsAt: 1, _id: 1 },
  });
  return withHostCityNames(convenings);
}

async function withHostCityNames<C extends ConveningView<"feed">>(convenings: C[]) {
  const hostIds = validIds(convenings.map((convening) => convening.hostCityId));
  const cityNames = hostIds.length > 0 ? await getCityNames(hostIds) : new Map<string, string>();
  return convenings.map((convening) => ({
    ...convening,
    hostCityName: convening.hostCityId ? (cityNames.get(convening.hostCityId) ?? null) : null,
  }));
}

/** Every convening that is or was public, in start order. */
export function listPublicConvenings(): Promise<FeedConvening[]> {
  return findFeedConvenings({}, {});
}

/** Public convenings the city hosts or that are among `attendedIds` (where its people go). */
export function listPublicConveningsForCity(cityId: string, attendedIds: string[]): Promise<FeedConvening[]> {
  if (!isValidId(cityId)) return Promise.resolve([]);
  return findFeedConvenings({ $or: [{ hostCityId: cityId }, { _id: { $in: validIds(attendedIds) } }] }, {});
}

/** The public ones among the given convenings; joining links only when asked (personal feeds). */
export async function listPublicConveningsByIds(
  ids: string[],
  options: { includeOnlineUrl?: boolean } = {},
): Promise<FeedConvening[]> {
  // Read by _id, the one lookup FerretDB serves from an index; drafts are left out after the read.
  const view = options.includeOnlineUrl ? "feedWithJoiningLink" : "feed";
  const convenings = (await findConveningViewsByIds(ids, view)).filter((convening) =>
    (FEED_STATUSES as readonly string[]).includes(convening.status),
  );
  return withHostCityNames(convenings);
}

/** The sessions of the given convenings, cancelled ones included, in time order. */
export function listSessionsForFeeds(convenings: Array<{ id: string }>): Promise<FeedSession[]> {
  return listFeedSessions(convenings.map((convening) => convening.id));
}
