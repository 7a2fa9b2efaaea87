// What a change notice reports: the changes of a published convening or one of its sessions that
// attendees are told of (dates, place, format, joining link; a session's time, place, status),
// each from → to with the zone it is read in, who is told of it, and how a batch of edits combines.
import type { ConveningFormat } from "~/domain/vocabulary/convenings";

export const CONVENING_NOTICE_FIELDS = ["startsAt", "endsAt", "places", "format", "onlineUrl"] as const;
export const SESSION_NOTICE_FIELDS = ["startsAt", "endsAt", "place", "status"] as const;
export type NoticeField = (typeof CONVENING_NOTICE_FIELDS)[number] | (typeof SESSION_NOTICE_FIELDS)[number];

/** Instants are ISO strings, read at `fromZone` and `toZone` (a session may move to another zone). */
export type NoticeChange = {
  /** null: the convening itself. */
  sessionId: string | null;
  /** The convening's or session's title when the change was made. */
  subject: string;
  field: NoticeField;
  from: string;
  to: string;
  fromZone: string;
  toZone: string;
};

/** Who hears of a change: a joining link is for people with a place; anything else for everyone waiting too. */
export type NoticeAudience = "registered" | "everyone";

export function audienceOf(change: Pick<NoticeChange, "field">): NoticeAudience {
  return change.field === "onlineUrl" ? "registered" : "everyone";
}

export const TIME_FIELDS: ReadonlySet<NoticeField> = new Set(["startsAt", "endsAt"]);

export type ConveningNoticeState = {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  places: ReadonlyArray<{ name: string; address: string }>;
  format: ConveningFormat;
  onlineUrl: string;
};

export type SessionNoticeState = {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  endTimeZone: string | null;
  room: string;
  placeName: string;
  isCancelled: boolean;
};

export const SESSION_STATUS_WORDS = { scheduled: "scheduled", cancelled: "cancelled" } as const;

function placesText(places: ConveningNoticeState["places"]): string {
  return places.map((place) => [place.name, place.address].filter(Boolean).join(", ")).join("; ");
}

function sessionPlaceText(session: SessionNoticeState): string {
  return [session.room, session.placeName].filter(Boolean).join(", ");
}

function changed(
  sessionId: string | null,
  subject: string,
  field: NoticeField,
  [from, fromZone]: [string, string],
  [to, toZone]: [string, string],
): NoticeChange[] {
  return from === to ? [] : [{ sessionId, subject, field, from, to, fromZone, toZone }];
}

/** The notifiable changes between a convening as it was and as saved (the main place's zone for its dates). */
export function conveningNoticeChanges(
  before: ConveningNoticeState,
  after: ConveningNoticeState,
  subject: string,
): NoticeChange[] {
  const zones: [string, string] = [before.timeZone, after.timeZone];
  const pair = (field: NoticeField, from: string, to: string) =>
    changed(null, subject, field, [from, zones[0]], [to, zones[1]]);
  return [
    ...pair("startsAt", before.startsAt.toISOString(), after.startsAt.toISOString()),
    ...pair("endsAt", before.endsAt.toISOString(), after.endsAt.toISOString()),
    ...pair("places", placesText(before.places), placesText(after.places)),
    ...pair("format", before.format, after.format),
    ...pair("onlineUrl", before.onlineUrl, after.onlineUrl),
  ];
}

/** The notifiable changes of one session: its times (each at its own zone), its place and whether it takes place. */
export function sessionNoticeChanges(
  sessionId: string,
  before: SessionNoticeState,
  after: SessionNoticeState,
  subject: string,
): NoticeChange[] {
  const endZone = (session: SessionNoticeState) => session.endTimeZone ?? session.timeZone;
  const status = (session: SessionNoticeState) =>
    session.isCancelled ? SESSION_STATUS_WORDS.cancelled : SESSION_STATUS_WORDS.scheduled;
  const field = (name: NoticeField, from: [string, string], to: [string, string]) =>
    changed(sessionId, subject, name, from, to);
  return [
    ...field(
      "startsAt",
      [before.startsAt.toISOString(), before.timeZone],
      [after.startsAt.toISOString(), after.timeZone],
    ),
    ...field("endsAt", [before.endsAt.toISOString(), endZone(before)], [after.endsAt.toISOString(), endZone(after)]),
    ...field("place", [sessionPlaceText(before), before.timeZone], [sessionPlaceText(after), after.timeZone]),
    ...field("status", [status(before), before.timeZone], [status(after), after.timeZone]),
  ];
}

const FIELD_ORDER: readonly NoticeField[] = ["status", "startsAt", "endsAt", "places", "place", "format", "onlineUrl"];

/**
 * A batch as one notice: the edits of each field of each item fold into one change from its first
 * value to its last (09:30 → 10:00 → 11:00 reads 09:30 → 11:00), and a change undone within the
 * batch (cancelled, then restored) disappears. The convening comes first, then sessions in the
 * order they were first changed, each field in a fixed order.
 */
export function combineChanges<T extends NoticeChange>(changes: readonly T[]): T[] {
  const folded = new Map<string, T>();
  const scopes: Array<string | null> = [];
  for (const change of changes) {
    const key = `${change.sessionId ?? ""}|${change.field}`;
    const earlier = folded.get(key);
    folded.set(key, earlier ? { ...earlier, subject: change.subject, to: change.to, toZone: change.toZone } : change);
    if (!scopes.includes(change.sessionId)) scopes.push(change.sessionId);
  }
  const ordered = [null, ...scopes.filter((scope) => scope !== null)];
  return ordered.flatMap((scope) =>
    FIELD_ORDER.flatMap((field) => {
      const change = folded.get(`${scope ?? ""}|${field}`);
      return change && change.from !== change.to ? [change] : [];
    }),
  );
}

/** The items of a notice that one calendar entry each stands for: the convening (null) and each session, in order. */
export function changedEntries(changes: readonly NoticeChange[]): Array<string | null> {
  return [...new Set(changes.map((change) => change.sessionId))];
}
