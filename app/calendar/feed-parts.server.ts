// The programme and city feeds put together from one part per convening (its event and its
// sessions' events, rendered), each kept until that convening or its agenda changes: an edit to
// one session reads and renders one convening again, and the rest is put together as it was.
// A part is known current by the convening's agenda token (models/change-token.server.ts) and a
// hash of the convening as the feed shows it; the list of public convenings is kept until a
// convening or a city changes.
import { createHash } from "node:crypto";
import { renderEvents, type RenderedEvent } from "~/domain/ical/build-calendar";
import type { EventTextCache } from "~/domain/ical/event-text-cache";
import { LruCache } from "~/domain/lru-cache";
import { CHANGE_TOKENS, changeTokensFingerprint, readAgendaTokens, readChangeToken } from "~models/change-token.server";
import { listPublicConvenings, listSessionsForFeeds, type FeedConvening } from "~models/queries/calendar-feeds.server";
import {
  conveningDropOutAt,
  conveningEvent,
  sessionDropOutAt,
  sessionEvent,
  type FeedContext,
  type SessionRecord,
} from "./feed-events";

export type ConveningPart = {
  conveningId: string;
  version: string;
  /** When an item of the part drops out of feeds (a cancellation's 30 days end): rebuilt then. */
  validUntil: number;
  lastModified: number;
  /** null once the convening has dropped out (its sessions have too). */
  convening: RenderedEvent | null;
  sessions: RenderedEvent[];
};

type ListedConvening = { record: FeedConvening; hash: string };

const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("base64url");

// Parts hold the rendered events' strings, which the event text cache holds too (shared, not
// copied): the budget counts them once more so the two together stay bounded.
const MAX_PART_CHARACTERS = 8_000_000;
const parts = new LruCache<string, ConveningPart>(MAX_PART_CHARACTERS, (part) =>
  [part.convening, ...part.sessions].reduce((sum, event) => sum + (event?.text.length ?? 0), 200),
);

let listed: { fingerprint: string; convenings: ListedConvening[] } | null = null;

/** Every public convening, in start order, kept until a convening or a city changes. */
export async function listedConvenings(context: FeedContext): Promise<ListedConvening[]> {
  const fingerprint = `${await changeTokensFingerprint([CHANGE_TOKENS.convenings, CHANGE_TOKENS.cities])}|${hashOf(context)}`;
  if (listed?.fingerprint === fingerprint) return listed.convenings;
  const convenings = (await listPublicConvenings()).map((record) => ({ record, hash: hashOf([record, context]) }));
  listed = { fingerprint, convenings };
  return convenings;
}

function buildPart(
  convening: FeedConvening,
  sessions: SessionRecord[],
  version: string,
  context: FeedContext,
  now: Date,
  texts: EventTextCache,
): ConveningPart {
  let lastModified = 0;
  let validUntil = Infinity;
  // As the whole feed has always been written: an item that dropped out still dates the feed.
  const isListed = (dropOut: Date | null, updatedAt: Date) => {
    if (dropOut && dropOut <= now) {
      lastModified = Math.max(lastModified, dropOut.getTime());
      return false;
    }
    lastModified = Math.max(lastModified, updatedAt.getTime());
    if (dropOut) validUntil = Math.min(validUntil, dropOut.getTime());
    return true;
  };
  const conveningListed = isListed(conveningDropOutAt(convening), convening.updatedAt);
  const sessionEvents = sessions.flatMap((session) => {
    const updatedAt = session.updatedAt > convening.updatedAt ? session.updatedAt : convening.updatedAt;
    return isListed(sessionDropOutAt(session, convening), updatedAt) ? [sessionEvent(session, convening, context)] : [];
  });
  const [conveningText = null] = conveningListed ? renderEvents([conveningEvent(convening, context)], texts) : [];
  return {
    conveningId: convening.id,
    version,
    validUntil,
    lastModified,
    convening: conveningText,
    sessions: renderEvents(sessionEvents, texts),
  };
}

/**
 * The parts of these convenings, in their order: those kept and current as they are, the others
 * built from their sessions (one read for all of them). Agenda tokens are read before the
 * sessions, so a write in between makes the part stale on the next request.
 */
export async function conveningParts(
  convenings: ListedConvening[],
  context: FeedContext,
  now: Date,
  texts: EventTextCache,
): Promise<ConveningPart[]> {
  const tokens = await readAgendaTokens(convenings.map(({ record }) => record.id));
  // A convening whose copy was never written through the model (a bulk load) follows the sessions' token.
  const hasUntracked = [...tokens.values()].includes("initial");
  const sessionsToken = hasUntracked ? await readChangeToken(CHANGE_TOKENS.sessions) : "";
  const versionOf = ({ record, hash }: ListedConvening) => {
    const token = tokens.get(record.id)!;
    return `${hash}|${token === "initial" ? `initial:${sessionsToken}` : token}`;
  };
  const current = (listedConvening: ListedConvening) => {
    const part = parts.get(listedConvening.record.id);
    return part && part.version === versionOf(listedConvening) && now.getTime() < part.validUntil ? part : null;
  };
  const stale = convenings.filter((listedConvening) => !current(listedConvening));
  const sessions = stale.length > 0 ? await listSessionsForFeeds(stale.map(({ record }) => record)) : [];
  const byConvening = new Map<string, SessionRecord[]>();
  for (const session of sessions)
    byConvening.set(session.conveningId, [...(byConvening.get(session.conveningId) ?? []), session]);
  return convenings.map((listedConvening) => {
    const kept = current(listedConvening);
    if (kept) return kept;
    const { record } = listedConvening;
    const part = buildPart(record, byConvening.get(record.id) ?? [], versionOf(listedConvening), context, now, texts);
    parts.set(record.id, part);
    return part;
  });
}

/** The parts' events in feed order, and what dates and bounds the feed they make. */
export function joinParts(list: ConveningPart[], options: { includeConvenings: boolean }) {
  const events: RenderedEvent[] = [];
  let lastModified = 0;
  let nextDropOut = Infinity;
  for (const part of list) {
    if (options.includeConvenings && part.convening) events.push(part.convening);
    events.push(...part.sessions);
    lastModified = Math.max(lastModified, part.lastModified);
    nextDropOut = Math.min(nextDropOut, part.validUntil);
  }
  return { events, lastModified, nextDropOut };
}

/** Forgets every part and the list of convenings (tests and benchmarks measure cold builds). */
export function clearFeedParts() {
  parts.clear();
  listed = null;
}
