// Builds each calendar feed (data → events → iCalendar text) with its validators (ETag,
// Last-Modified). Public feeds are memoised by a cheap fingerprint of the data they read.
import { createHash } from "node:crypto";
import { pickVersion, versionsOf } from "~/domain/bilingual";
import { assembleCalendar, buildCalendar, type CalendarEventInput } from "~/domain/ical/build-calendar";
import { EventTextCache } from "~/domain/ical/event-text-cache";
import { LruCache } from "~/domain/lru-cache";
import { DEFAULT_LANGUAGE, type Language } from "~/domain/languages";
import type { Translate } from "~/i18n/translator";
import { googleCalendarUrl, outlookCalendarUrl } from "~/domain/ical/calendar-links";
import { getEnv } from "~/utils/env.server";
import { feedContext } from "./feed-context.server";
import { clearFeedParts, conveningParts, currentProgramme, joinParts, type Programme } from "./feed-parts.server";
import { CHANGE_TOKENS, changeTokensFingerprint, type ChangeTokenName } from "~models/change-token.server";
import {
  findPersonIdByCalendarToken,
  hashCalendarToken,
  isCalendarTokenOf,
  isCalendarTokenShaped,
} from "~models/person.server";
import {
  findCity,
  isRegisteredFor,
  listCityConveningIds,
  loadConveningData,
  loadPersonalData,
  loadPublicConvening,
  loadSessionData,
  publicFeedFingerprint,
  type FeedData,
} from "./feed-data.server";
import { isValidId } from "~models/ids.server";
import { loadTravelEvents } from "./travel-events.server";
import {
  actionDropOutAt,
  actionEvent,
  conveningDropOutAt,
  conveningEvent,
  conveningPageUrl,
  sessionDropOutAt,
  sessionEvent,
  type FeedContext,
} from "./feed-events";

/** Minutes a client should wait between refreshes (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const REFRESH_MINUTES = 30;

export type CalendarFile = {
  body: string;
  etag: string; // strong: a hash of the exact bytes
  lastModified: Date;
  isPrivate: boolean;
  filename?: string;
  /** The language of the feed's own words (Content-Language). */
  language: Language;
};

type Collected = { events: CalendarEventInput[]; lastModified: number; nextDropOut: number };

/**
 * Events for the listed items. Last-Modified covers the listed items' changes and the moments
 * items dropped out (a drop-out changes the feed although no listed item changed).
 */
function collect(
  data: FeedData,
  context: FeedContext,
  now: Date,
  options: { includeConvenings: boolean; includeSessions: boolean },
): Collected {
  const result: Collected = { events: [], lastModified: 0, nextDropOut: Infinity };
  const note = (dropOut: Date | null, updatedAt: Date) => {
    if (dropOut && dropOut <= now) {
      result.lastModified = Math.max(result.lastModified, dropOut.getTime());
      return false;
    }
    result.lastModified = Math.max(result.lastModified, updatedAt.getTime());
    if (dropOut) result.nextDropOut = Math.min(result.nextDropOut, dropOut.getTime());
    return true;
  };
  const sessionsByConvening = new Map<string, FeedData["sessions"]>();
  for (const session of data.sessions) {
    const list = sessionsByConvening.get(session.conveningId) ?? [];
    list.push(session);
    sessionsByConvening.set(session.conveningId, list);
  }
  for (const convening of data.convenings) {
    const conveningListed = note(conveningDropOutAt(convening), convening.updatedAt);
    if (options.includeConvenings && conveningListed) result.events.push(conveningEvent(convening, context));
    if (!options.includeSessions) continue;
    for (const session of sessionsByConvening.get(convening.id) ?? []) {
      const updatedAt = session.updatedAt > convening.updatedAt ? session.updatedAt : convening.updatedAt;
      if (note(sessionDropOutAt(session, convening), updatedAt))
        result.events.push(sessionEvent(session, convening, context));
    }
  }
  return result;
}

// Public events render the same in every public feed of one language (no joining links), so the
// programme, city and convening feeds share one cache of rendered events per language (an event
// has one UID in both, so one cache would throw each language's text out for the other's).
const publicEventTexts: Record<Language, EventTextCache> = { en: new EventTextCache(), cy: new EventTextCache() };

type Calendar = { name: string; description: string; url: string };
type FileExtra = { isPrivate: boolean; filename?: string; language: Language };

function finish(calendar: Calendar, collected: Collected, extra: FileExtra): CalendarFile {
  const body = buildCalendar(
    { ...calendar, refreshMinutes: REFRESH_MINUTES, events: collected.events },
    extra.isPrivate ? undefined : publicEventTexts[extra.language],
  );
  return fileOf(body, collected.lastModified, extra);
}

function fileOf(body: string, lastModified: number, extra: FileExtra): CalendarFile {
  const { language } = extra;
  // The language is part of the validator: an English and a Welsh copy never answer for each other.
  const etag = `"${createHash("sha256").update(`${language}\n`).update(body).digest("base64url")}"`;
  // An empty feed has no item dates; the epoch keeps the header valid and If-Modified-Since safe.
  return { body, etag, lastModified: new Date(lastModified), ...extra };
}

/** A public feed of whole convenings from their parts (feed-parts.server.ts): only changed ones are built. */
async function feedFromParts(
  calendar: Calendar,
  programme: Programme,
  keep: (convening: { id: string; hostCityId: string | null }) => boolean,
  now: Date,
  language: Language,
): Promise<Collected & { file: CalendarFile }> {
  const convenings = programme.convenings.filter(({ record }) => keep(record));
  const listed = { generation: programme.generation, convenings };
  const context = feedContext(false, language);
  const joined = joinParts(await conveningParts(listed, context, now, publicEventTexts[language]), {
    includeConvenings: true,
  });
  const body = assembleCalendar({ ...calendar, refreshMinutes: REFRESH_MINUTES }, joined.events);
  return {
    events: [],
    lastModified: joined.lastModified,
    nextDropOut: joined.nextDropOut,
    file: fileOf(body, joined.lastModified, { isPrivate: false, language }),
  };
}

// --- memoisation of public feeds --------------------------------------------------------------

type CacheEntry = { fingerprint: string; validUntil: number; file: CalendarFile };
// Memoised feeds are bounded by their bodies' size, not their number: the programme feed of a
// ten-times programme is megabytes, a convening's tens of kilobytes.
const MAX_CACHED_FEED_CHARACTERS = 16_000_000;
const cache = new LruCache<string, CacheEntry>(MAX_CACHED_FEED_CHARACTERS, (entry) => entry.file.body.length);

/**
 * Rebuilds a feed only when its data fingerprint changed or a cancelled item's 30 days ran out.
 * A changed body never keeps an older Last-Modified than the body it replaces (hard deletes
 * leave no updatedAt behind), so If-Modified-Since cannot answer 304 for new content. A build
 * that finds nothing (null: no such public convening) is not remembered.
 */
async function memoised(
  key: string,
  fingerprint: string,
  now: Date,
  build: () => Promise<(Collected & { file: CalendarFile }) | null>,
): Promise<CalendarFile | null> {
  const cached = cache.get(key);
  if (cached && cached.fingerprint === fingerprint && now.getTime() < cached.validUntil) return cached.file;
  const built = await shared(`build|${key}|${fingerprint}`, build);
  if (!built) return null;
  let file = built.file;
  if (cached && cached.file.etag !== file.etag && file.lastModified <= cached.file.lastModified) {
    file = { ...file, lastModified: new Date(Math.max(now.getTime(), cached.file.lastModified.getTime() + 1000)) };
  }
  cache.set(key, { fingerprint, validUntil: built.nextDropOut, file });
  return file;
}

// Feed clients poll in bursts: concurrent requests share one fingerprint query and one rebuild.
// A request joining a fingerprint already under way may miss a write made in that instant;
// the next poll sees it.
const inFlight = new Map<string, Promise<unknown>>();
function shared<T>(key: string, task: () => Promise<T>): Promise<T> {
  const running = inFlight.get(key) as Promise<T> | undefined;
  if (running) return running;
  const started = task().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}

const currentFingerprint = (options: { includeRegistrations: boolean }) =>
  shared(
    `fingerprint|${options.includeRegistrations}`,
    async () => `${await publicFeedFingerprint(options)}|${getEnv().APP_URL}`,
  );

/** Forgets memoised feeds and rendered events (tests and benchmarks measure cold builds with it). */
export function clearFeedCache() {
  cache.clear();
  publicEventTexts.en.clear();
  publicEventTexts.cy.clear();
  clearFeedParts();
}

// --- the feeds ----------------------------------------------------------------------------------

/** Every feed's memo key starts with its language: an English and a Welsh feed are two entries. */
const keyOf = (language: Language, key: string) => `${language}|${key}`;
const wordsOf = (language: Language): Translate => feedContext(false, language).t;

export async function programmeFeed(now = new Date(), language: Language = DEFAULT_LANGUAGE): Promise<CalendarFile> {
  // The change log says whether anything changed: one lookup by _id while nothing did.
  const programme = await currentProgramme(feedContext(false, language));
  const t = wordsOf(language);
  const fingerprint = `${programme.generation}|${getEnv().APP_URL}`;
  const file = await memoised(keyOf(language, "programme"), fingerprint, now, () =>
    feedFromParts(
      {
        name: t("feed.programmeName"),
        description: t("feed.programmeDescription"),
        url: `${getEnv().APP_URL}/convenings`,
      },
      programme,
      () => true,
      now,
      language,
    ),
  );
  return file!; // the programme feed always builds
}

/** null: no city with that slug. */
export async function cityFeed(
  slug: string,
  now = new Date(),
  language: Language = DEFAULT_LANGUAGE,
): Promise<CalendarFile | null> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  const city = await findCity(slug);
  if (!city) return null;
  // Where the city's people go follows the registrations' token; the convenings, the change log.
  const [registrations, programme] = await Promise.all([
    currentFingerprint({ includeRegistrations: true }),
    currentProgramme(feedContext(false, language)),
  ]);
  const t = wordsOf(language);
  const fingerprint = `${programme.generation}|${registrations}`;
  return memoised(keyOf(language, `city:${city.id}`), fingerprint, now, async () => {
    const attended = new Set(await listCityConveningIds(city.id));
    return feedFromParts(
      {
        name: t("feed.cityName", { city: city.name }),
        description: t("feed.cityDescription", { city: city.name }),
        url: `${getEnv().APP_URL}/cities`,
      },
      programme,
      (convening) => convening.hostCityId === city.id || attended.has(convening.id),
      now,
      language,
    );
  });
}

/**
 * null: no such convening, or a draft. Memoised like the programme feed, so a poll of an
 * unchanged convening (and its 304) costs one read of the change tokens.
 */
export async function conveningFeed(
  conveningId: string,
  now = new Date(),
  language: Language = DEFAULT_LANGUAGE,
): Promise<CalendarFile | null> {
  if (!isValidId(conveningId)) return null;
  const fingerprint = await currentFingerprint({ includeRegistrations: false });
  return memoised(keyOf(language, `convening:${conveningId}`), fingerprint, now, async () => {
    const data = await loadConveningData(conveningId);
    if (!data) return null;
    const [convening] = data.convenings;
    const context = feedContext(false, language);
    const collected = collect(data, context, now, { includeConvenings: false, includeSessions: true });
    const title = pickVersion(versionsOf(convening, "title"), language).value;
    const file = finish(
      {
        name: title,
        description: context.t("feed.conveningDescription", { title }),
        url: conveningPageUrl(getEnv().APP_URL, convening.id),
      },
      collected,
      { isPrivate: false, language },
    );
    return { ...collected, file };
  });
}

// Who each calendar token belongs to, checked on every use by one read by _id (a revoked or
// replaced token stops at once); the lookup by token itself scans the people.
const MAX_REMEMBERED_TOKENS = 20_000;
const tokenOwners = new LruCache<string, string>(MAX_REMEMBERED_TOKENS, () => 1);

async function calendarTokenOwner(token: string): Promise<string | null> {
  if (!isCalendarTokenShaped(token)) return null;
  const key = hashCalendarToken(token);
  const remembered = tokenOwners.get(key);
  if (remembered && (await isCalendarTokenOf(remembered, token))) return remembered;
  if (remembered) tokenOwners.delete(key);
  const personId = await findPersonIdByCalendarToken(token);
  if (personId) tokenOwners.set(key, personId);
  return personId;
}

/** Everything a personal feed is built from: any write there changes it. */
const PERSONAL_FEED_TOKENS: ChangeTokenName[] = [
  CHANGE_TOKENS.convenings,
  CHANGE_TOKENS.sessions,
  CHANGE_TOKENS.cities,
  CHANGE_TOKENS.registrations,
  CHANGE_TOKENS.actions,
  CHANGE_TOKENS.travel,
  CHANGE_TOKENS.lodging,
];
// Actions and travel drop out with time as well; a personal feed is built again at least hourly.
const PERSONAL_FEED_HOURS = 1;

/**
 * null: unknown, malformed or revoked token (callers answer 404 either way). Memoised per person
 * behind the change tokens of everything it reads, so a poll of an unchanged feed (and its 304)
 * costs the token check and one small read.
 */
export async function personalFeed(
  token: string,
  now = new Date(),
  language: Language = DEFAULT_LANGUAGE,
): Promise<CalendarFile | null> {
  // The token check and the change tokens are read at once: a poll answered 304 waits for one round trip.
  const [personId, tokens] = await Promise.all([
    calendarTokenOwner(token),
    isCalendarTokenShaped(token) ? changeTokensFingerprint(PERSONAL_FEED_TOKENS) : Promise.resolve(""),
  ]);
  if (!personId) return null;
  const fingerprint = `${tokens}|${getEnv().APP_URL}`;
  return memoised(keyOf(language, `person:${personId}`), fingerprint, now, async () => {
    const built = await buildPersonalFeed(personId, now, language);
    return { ...built, nextDropOut: Math.min(built.nextDropOut, now.getTime() + PERSONAL_FEED_HOURS * 3_600_000) };
  });
}

async function buildPersonalFeed(
  personId: string,
  now: Date,
  language: Language,
): Promise<Collected & { file: CalendarFile }> {
  const data = await loadPersonalData(personId);
  const context = feedContext(true, language);
  const collected = collect(data, context, now, { includeConvenings: true, includeSessions: true });
  for (const action of data.actions) {
    const dropOut = actionDropOutAt(action);
    if (dropOut && dropOut <= now) {
      collected.lastModified = Math.max(collected.lastModified, dropOut.getTime());
      continue;
    }
    if (dropOut) collected.nextDropOut = Math.min(collected.nextDropOut, dropOut.getTime());
    collected.lastModified = Math.max(collected.lastModified, action.updatedAt.getTime());
    collected.events.push(actionEvent(action, context));
  }
  const travel = await loadTravelEvents(personId, data.convenings, context, now);
  collected.events.push(...travel.events);
  collected.lastModified = Math.max(collected.lastModified, travel.lastModified);
  const file = finish(
    {
      name: context.t("feed.personalName"),
      description: context.t("feed.personalDescription"),
      url: `${getEnv().APP_URL}/me/calendar`,
    },
    collected,
    { isPrivate: true, language },
  );
  return { ...collected, file };
}

/**
 * A single convening (all-day, spanning its days) or session as a downloadable file. Joining
 * links are included only for people registered for it. null: not found or a draft.
 */
export async function singleEventFile(
  ids: { conveningId: string; sessionId?: string },
  viewerId: string | null,
  language: Language = DEFAULT_LANGUAGE,
): Promise<CalendarFile | null> {
  if (!isValidId(ids.conveningId) || (ids.sessionId !== undefined && !isValidId(ids.sessionId))) return null;
  const [isRegistered, fingerprint] = await Promise.all([
    viewerId ? isRegisteredFor(viewerId, ids.conveningId) : false,
    currentFingerprint({ includeRegistrations: false }),
  ]);
  // Kept like the feeds: a download asked for again (and its 304) costs the change tokens' read.
  const key = keyOf(language, `single:${ids.conveningId}:${ids.sessionId ?? ""}:${isRegistered}`);
  return memoised(key, fingerprint, new Date(), async () => {
    const file = await buildSingleEventFile(ids, isRegistered, language);
    return file ? { events: [], lastModified: file.lastModified.getTime(), nextDropOut: Infinity, file } : null;
  });
}

async function buildSingleEventFile(
  ids: { conveningId: string; sessionId?: string },
  isRegistered: boolean,
  language: Language,
): Promise<CalendarFile | null> {
  const options = { includeOnlineUrl: isRegistered };
  const data = ids.sessionId
    ? await loadSessionData(ids.conveningId, ids.sessionId, options)
    : await loadConveningData(ids.conveningId, options);
  if (!data) return null;
  const [convening] = data.convenings;
  const context = feedContext(isRegistered, language);
  // A download is one item the person asked for: it is written even when long cancelled.
  const event = ids.sessionId ? sessionEvent(data.sessions[0], convening, context) : conveningEvent(convening, context);
  const collected: Collected = { events: [event], lastModified: event.lastModified.getTime(), nextDropOut: Infinity };
  const title = event.title;
  return finish(
    {
      name: title,
      description: context.t("feed.singleDescription", { title }),
      url: conveningPageUrl(getEnv().APP_URL, convening.id),
    },
    collected,
    { isPrivate: isRegistered, filename: `${fileSlug(title)}.ics`, language },
  );
}

export type AddToCalendarLinks = { icsUrl: string; googleUrl: string; outlookUrl: string };
export type CalendarService = "google" | "outlook";

/**
 * The Google Calendar or Outlook "add event" address for one session of a public convening
 * (public content: no joining link). Agendas link to a redirect that calls this, so a page of
 * sixty sessions does not carry 120 long addresses. null: no such public session.
 */
export async function sessionCalendarServiceUrl(
  ids: { conveningId: string; sessionId: string },
  service: CalendarService,
): Promise<string | null> {
  const data = await loadSessionData(ids.conveningId, ids.sessionId);
  if (!data) return null;
  const event = sessionEvent(data.sessions[0], data.convenings[0], feedContext(false));
  return service === "google" ? googleCalendarUrl(event) : outlookCalendarUrl(event);
}

/** The convening's own add-to-calendar links: one read by _id, for its page (no session links). */
export async function conveningCalendarLinks(conveningId: string): Promise<AddToCalendarLinks | null> {
  const convening = await loadPublicConvening(conveningId);
  if (!convening) return null;
  return {
    icsUrl: `/convenings/${convening.id}/event.ics`,
    ...eventLinks(conveningEvent(convening, feedContext(false))),
  };
}

function eventLinks(event: CalendarEventInput) {
  return { googleUrl: googleCalendarUrl(event), outlookUrl: outlookCalendarUrl(event) };
}

function fileSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "event";
}
