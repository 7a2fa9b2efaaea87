// The programme and city feeds put together from one part per convening (its event and its
// sessions' events, rendered), each kept until that convening or its agenda changes: an edit to
// one session reads and renders one convening again, and the rest is put together as it was.
// Which convenings changed comes from the programme's change log (models/programme-token.server.ts,
// decision 033): an unchanged programme costs one lookup by _id, an edit the changed convenings' reads.
import { createHash } from "node:crypto";
import { renderEvents, type RenderedEvent } from "~/domain/ical/build-calendar";
import type { EventTextCache } from "~/domain/ical/event-text-cache";
import { LruCache } from "~/domain/lru-cache";
import {
  currentProgrammePosition,
  readProgrammeChangesAfter,
  type ProgrammePosition,
} from "~models/programme-token.server";
import {
  listPublicConvenings,
  listPublicConveningsByIds,
  listSessionsForFeeds,
  type FeedConvening,
} from "~models/queries/calendar-feeds.server";
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
  /** A hash of the convening as the feed shows it. */
  version: string;
  /** The generation of the programme it was read in (see below). */
  generation: number;
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

/**
 * The public convenings in start order, as of a position in the change log. The generation
 * counts, in this process, every read that found a change: a part is current only if it was
 * read in or after the generation that last found its convening changed (a part read by a
 * request that started before a change is never kept as current).
 */
export type Programme = { generation: number; convenings: ListedConvening[] };

let programme: (Programme & { position: ProgrammePosition; context: string }) | null = null;
let generation = 0;
let everythingChangedIn = 0;
const changedIn = new Map<string, number>();
let syncing: Promise<Programme> | null = null;

// The programme read is the same in every language; a part is kept per language (partKey).
const contextOf = ({ language: _language, t: _t, ...rest }: FeedContext) => rest;
const partKey = (context: FeedContext, conveningId: string) => `${context.language}|${conveningId}`;
const listedOf = (context: FeedContext) => (record: FeedConvening) => ({
  record,
  hash: hashOf([record, contextOf(context)]),
});
const byStart = (a: ListedConvening, b: ListedConvening) =>
  a.record.startsAt.getTime() - b.record.startsAt.getTime() || (a.record.id < b.record.id ? -1 : 1);

async function readProgramme(context: FeedContext): Promise<Programme> {
  const contextHash = hashOf(contextOf(context));
  const changes = programme ? await readProgrammeChangesAfter(programme.position) : null;
  if (programme && changes?.conveningIds && programme.context === contextHash) {
    const changed = changes.conveningIds;
    if (changed.size === 0) return programme;
    generation += 1;
    for (const id of changed) changedIn.set(id, generation);
    const fresh = (await listPublicConveningsByIds([...changed])).map(listedOf(context));
    const convenings = [...programme.convenings.filter(({ record }) => !changed.has(record.id)), ...fresh];
    programme = { generation, convenings: convenings.sort(byStart), position: changes.position, context: contextHash };
    return programme;
  }
  // The first read, or the whole programme changed: everything is read again (the position first,
  // so a write made while the convenings are read is read again next time).
  const position = changes?.position ?? (await currentProgrammePosition());
  generation += 1;
  everythingChangedIn = generation;
  changedIn.clear();
  parts.clear();
  const convenings = (await listPublicConvenings()).map(listedOf(context));
  programme = { generation, convenings, position, context: contextHash };
  return programme;
}

/** Every public convening, in start order, brought up to date; concurrent requests share one read. */
export function currentProgramme(context: FeedContext): Promise<Programme> {
  syncing ??= readProgramme(context).finally(() => (syncing = null));
  return syncing;
}

function buildPart(
  convening: FeedConvening,
  sessions: SessionRecord[],
  version: { version: string; generation: number },
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
    ...version,
    validUntil,
    lastModified,
    convening: conveningText,
    sessions: renderEvents(sessionEvents, texts),
  };
}

/**
 * The parts of these convenings (from `currentProgramme`), in their order: those kept and current
 * as they are, the others built from their agenda copies (read by _id).
 */
export async function conveningParts(
  { generation: readIn, convenings }: { generation: number; convenings: ListedConvening[] },
  context: FeedContext,
  now: Date,
  texts: EventTextCache,
): Promise<ConveningPart[]> {
  const current = ({ record, hash }: ListedConvening) => {
    const part = parts.get(partKey(context, record.id));
    const changed = Math.max(everythingChangedIn, changedIn.get(record.id) ?? 0);
    return part && part.version === hash && part.generation >= changed && now.getTime() < part.validUntil ? part : null;
  };
  const stale = convenings.filter((listedConvening) => !current(listedConvening));
  const sessions = stale.length > 0 ? await listSessionsForFeeds(stale.map(({ record }) => record)) : [];
  const byConvening = new Map<string, SessionRecord[]>();
  for (const session of sessions)
    byConvening.set(session.conveningId, [...(byConvening.get(session.conveningId) ?? []), session]);
  return convenings.map((listedConvening) => {
    const kept = current(listedConvening);
    if (kept) return kept;
    const { record, hash } = listedConvening;
    const version = { version: hash, generation: readIn };
    const part = buildPart(record, byConvening.get(record.id) ?? [], version, context, now, texts);
    parts.set(partKey(context, record.id), part);
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

/** Forgets every part and the programme read (tests and benchmarks measure cold builds). */
export function clearFeedParts() {
  parts.clear();
  programme = null;
}
