// Database reads behind the calendar feeds. Each feed loads in a fixed number of queries
// (batched with $in), whatever the number of convenings and sessions.
import mongoose from "mongoose";
import { AgendaSession } from "~models/agenda-session.server";
import { CHANGE_TOKENS, readChangeTokens, type ChangeTokenName } from "~models/change-token.server";
import { City } from "~models/city.server";
import { Convening } from "~models/convening.server";
import { FollowUpAction } from "~models/follow-up-action.server";
import { Registration } from "~models/registration.server";
import type { ActionRecord, ConveningRecord, SessionRecord } from "./feed-events";

/** Statuses a feed may show; drafts are never reachable. */
const FEED_STATUSES = ["published", "completed", "cancelled"];
/** A person is "registered for" a convening in these statuses. */
const ATTENDING_STATUSES = ["registered", "attended"];

const CONVENING_FIELDS =
  "title summary kind status format timeZone startsAt endsAt places themes hostCityId cancelledAt cancelReason sequence createdAt updatedAt";
const SESSION_FIELDS =
  "conveningId title description kind startsAt endsAt timeZone endTimeZone room placeName themes isCancelled cancelledAt sequence createdAt updatedAt";

type ConveningDoc = Omit<ConveningRecord, "id" | "hostCityName"> & { _id: unknown; hostCityId?: unknown };
type SessionDoc = Omit<SessionRecord, "id" | "conveningId"> & { _id: unknown; conveningId: unknown };

export const isObjectId = (id: string | undefined): id is string =>
  typeof id === "string" && /^[0-9a-f]{24}$/i.test(id) && mongoose.isValidObjectId(id);

async function findConvenings(
  filter: Record<string, unknown>,
  options: { includeOnlineUrl?: boolean } = {},
): Promise<ConveningRecord[]> {
  const fields = options.includeOnlineUrl ? `${CONVENING_FIELDS} onlineUrl` : CONVENING_FIELDS;
  const docs = await Convening.find({ ...filter, status: { $in: FEED_STATUSES } })
    .select(fields)
    .sort({ startsAt: 1, _id: 1 })
    .lean<ConveningDoc[]>();
  const hostIds = [...new Set(docs.map((doc) => doc.hostCityId).filter(Boolean).map(String))];
  const cities = hostIds.length
    ? await City.find({ _id: { $in: hostIds } }).select("name").lean<Array<{ _id: unknown; name: string }>>()
    : [];
  const cityNames = new Map(cities.map((city) => [String(city._id), city.name]));
  return docs.map(({ _id, hostCityId, ...doc }) => ({
    ...doc,
    id: String(_id),
    summary: doc.summary ?? "",
    places: (doc.places ?? []).map((place) => ({
      name: place.name,
      address: place.address ?? "",
      region: place.region ?? "",
      country: place.country ?? "",
      timeZone: place.timeZone,
    })),
    themes: doc.themes ?? [],
    cancelledAt: doc.cancelledAt ?? null,
    cancelReason: doc.cancelReason ?? "",
    sequence: doc.sequence ?? 0,
    onlineUrl: options.includeOnlineUrl ? (doc.onlineUrl ?? "") : undefined,
    hostCityName: hostCityId ? (cityNames.get(String(hostCityId)) ?? null) : null,
  }));
}

async function findSessions(filter: Record<string, unknown>): Promise<SessionRecord[]> {
  const docs = await AgendaSession.find(filter).select(SESSION_FIELDS).sort({ startsAt: 1, _id: 1 }).lean<SessionDoc[]>();
  return docs.map(({ _id, conveningId, ...doc }) => ({
    ...doc,
    id: String(_id),
    conveningId: String(conveningId),
    description: doc.description ?? "",
    endTimeZone: doc.endTimeZone ?? null,
    room: doc.room ?? "",
    placeName: doc.placeName ?? "",
    themes: doc.themes ?? [],
    isCancelled: Boolean(doc.isCancelled),
    cancelledAt: doc.cancelledAt ?? null,
    sequence: doc.sequence ?? 0,
  }));
}

async function sessionsOf(convenings: ConveningRecord[]): Promise<SessionRecord[]> {
  if (convenings.length === 0) return [];
  return findSessions({ conveningId: { $in: convenings.map((convening) => convening.id) } });
}

export type FeedData = { convenings: ConveningRecord[]; sessions: SessionRecord[] };

/** Every convening that is or was public, with its sessions (cancelled ones filtered later). */
export async function loadProgrammeData(): Promise<FeedData> {
  const convenings = await findConvenings({});
  return { convenings, sessions: await sessionsOf(convenings) };
}

export async function findCity(slug: string): Promise<{ id: string; name: string; slug: string } | null> {
  const doc = await City.findOne({ slug }).select("name slug").lean<{ _id: unknown; name: string; slug: string }>();
  return doc ? { id: String(doc._id), name: doc.name, slug: doc.slug } : null;
}

/** Convenings a city hosts or has people registered at (no names: only which convenings). */
export async function loadCityData(cityId: string): Promise<FeedData> {
  const registrations = await Registration.find({ cityId, status: { $in: ATTENDING_STATUSES } })
    .select("conveningId")
    .lean<Array<{ conveningId: unknown }>>();
  const attendedIds = [...new Set(registrations.map((registration) => String(registration.conveningId)))];
  const convenings = await findConvenings({ $or: [{ hostCityId: cityId }, { _id: { $in: attendedIds } }] });
  return { convenings, sessions: await sessionsOf(convenings) };
}

/** One convening (never a draft) and its sessions; null when there is no such public convening. */
export async function loadConveningData(
  conveningId: string,
  options: { includeOnlineUrl?: boolean } = {},
): Promise<FeedData | null> {
  if (!isObjectId(conveningId)) return null;
  const convenings = await findConvenings({ _id: conveningId }, options);
  if (convenings.length === 0) return null;
  return { convenings, sessions: await sessionsOf(convenings) };
}

/** A public convening on its own (no sessions), or null. */
export async function loadPublicConvening(conveningId: string) {
  if (!isObjectId(conveningId)) return null;
  const [convening] = await findConvenings({ _id: conveningId });
  return convening ?? null;
}

/** One session of a public convening, or null. */
export async function loadSessionData(
  conveningId: string,
  sessionId: string,
  options: { includeOnlineUrl?: boolean } = {},
): Promise<FeedData | null> {
  if (!isObjectId(conveningId) || !isObjectId(sessionId)) return null;
  const convenings = await findConvenings({ _id: conveningId }, options);
  if (convenings.length === 0) return null;
  const sessions = await findSessions({ _id: sessionId, conveningId });
  if (sessions.length === 0) return null;
  return { convenings, sessions };
}

export async function isRegisteredFor(personId: string, conveningId: string): Promise<boolean> {
  if (!isObjectId(personId) || !isObjectId(conveningId)) return false;
  const found = await Registration.exists({ personId, conveningId, status: { $in: ATTENDING_STATUSES } });
  return Boolean(found);
}

export type PersonalData = FeedData & { actions: ActionRecord[] };

/** What one person is registered for (with joining links) and the actions they own. */
export async function loadPersonalData(personId: string): Promise<PersonalData> {
  const [registrations, actionDocs] = await Promise.all([
    Registration.find({ personId, status: { $in: ATTENDING_STATUSES } })
      .select("conveningId")
      .lean<Array<{ conveningId: unknown }>>(),
    FollowUpAction.find({ ownerPersonId: personId, dueOn: { $ne: null } })
      .select("title description dueOn status sequence conveningId createdAt updatedAt")
      .sort({ dueOn: 1, _id: 1 })
      .lean<
        Array<Omit<ActionRecord, "id" | "conveningTitle"> & { _id: unknown; conveningId?: unknown }>
      >(),
  ]);
  const registeredIds = [...new Set(registrations.map((registration) => String(registration.conveningId)))];
  const convenings = registeredIds.length
    ? await findConvenings({ _id: { $in: registeredIds } }, { includeOnlineUrl: true })
    : [];
  // Action titles name their convening; drafts included, since the owner already knows of it.
  const actionConveningIds = [...new Set(actionDocs.map((doc) => doc.conveningId).filter(Boolean).map(String))];
  const [sessions, actionConvenings] = await Promise.all([
    sessionsOf(convenings),
    actionConveningIds.length
      ? Convening.find({ _id: { $in: actionConveningIds } }).select("title").lean<Array<{ _id: unknown; title: string }>>()
      : Promise.resolve([]),
  ]);
  const conveningTitles = new Map(actionConvenings.map((doc) => [String(doc._id), doc.title]));
  const actions = actionDocs
    .filter((doc) => typeof doc.dueOn === "string" && /^\d{4}-\d{2}-\d{2}$/.test(doc.dueOn))
    .map(({ _id, conveningId, ...doc }) => ({
      ...doc,
      id: String(_id),
      description: doc.description ?? "",
      sequence: doc.sequence ?? 0,
      conveningTitle: conveningId ? (conveningTitles.get(String(conveningId)) ?? null) : null,
    }));
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
  return `${mongoose.connection.name}|${(await readChangeTokens(names)).join("|")}`;
}
