// Agenda warnings for the manager: shown beside the agenda, never blocking a save.
import { DateTime } from "luxon";

export type WarningSession = {
  id: string;
  title: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  room: string;
  placeName: string;
  speakers: Array<{ personId: string | null; name: string }>;
  isCancelled: boolean;
};

export type AgendaWarning = {
  kind: "room-overlap" | "person-double-booked" | "outside-dates" | "no-break";
  message: string;
  sessionIds: string[];
};

const BREAK_KINDS = new Set(["break", "meal"]);
const MAX_STRETCH_MINUTES = 4 * 60;

function overlaps(a: WarningSession, b: WarningSession) {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

function normalise(text: string) {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

function clock(instant: Date, zone: string) {
  return DateTime.fromJSDate(instant, { zone }).toFormat("ccc d LLL HH:mm");
}

/** Pairs of live sessions that overlap in time, each pair once, in start order. */
function overlappingPairs(sessions: WarningSession[]): Array<[WarningSession, WarningSession]> {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const pairs: Array<[WarningSession, WarningSession]> = [];
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length && sorted[j].startsAt.getTime() < sorted[i].endsAt.getTime(); j += 1) {
      if (overlaps(sorted[i], sorted[j])) pairs.push([sorted[i], sorted[j]]);
    }
  }
  return pairs;
}

export function roomOverlapWarnings(sessions: WarningSession[]): AgendaWarning[] {
  const live = sessions.filter((session) => !session.isCancelled && session.room.trim() !== "");
  return overlappingPairs(live)
    .filter(([a, b]) => normalise(a.room) === normalise(b.room) && normalise(a.placeName) === normalise(b.placeName))
    .map(([a, b]) => ({
      kind: "room-overlap" as const,
      message: `“${a.title}” and “${b.title}” overlap in ${a.room.trim()} (${clock(b.startsAt, b.timeZone)}).`,
      sessionIds: [a.id, b.id],
    }));
}

/** A facilitator or speaker in two overlapping sessions: people by id, guests by name. */
export function doubleBookingWarnings(sessions: WarningSession[]): AgendaWarning[] {
  const live = sessions.filter((session) => !session.isCancelled);
  const warnings: AgendaWarning[] = [];
  for (const [a, b] of overlappingPairs(live)) {
    const keysOf = (session: WarningSession) =>
      new Map(
        session.speakers.map((speaker) => [speaker.personId ?? `guest:${normalise(speaker.name)}`, speaker.name]),
      );
    const aKeys = keysOf(a);
    for (const [key, name] of keysOf(b)) {
      if (aKeys.has(key)) {
        warnings.push({
          kind: "person-double-booked",
          message: `${name} is in two places at once: “${a.title}” and “${b.title}” overlap.`,
          sessionIds: [a.id, b.id],
        });
      }
    }
  }
  return warnings;
}

/** "Wed 9 Oct 2030 19:00": with the year, since a session outside the dates may be in another one. */
function dayAndTime(instant: Date, zone: string) {
  return DateTime.fromJSDate(instant, { zone }).toFormat("ccc d LLL yyyy HH:mm");
}

const dayAt = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toISODate()!;

/**
 * Sessions on a day before the convening's first or after its last, each day read at the
 * session's own place (an exchange spans zones). A travel leg counts by its departure: the
 * flight home leaves on the last day and may land on the next.
 */
export function outsideDatesWarnings(
  convening: { startsAt: Date; endsAt: Date; timeZone: string },
  sessions: WarningSession[],
): AgendaWarning[] {
  const firstDay = dayAt(convening.startsAt, convening.timeZone);
  const lastDay = dayAt(convening.endsAt, convening.timeZone);
  const isOutside = (session: WarningSession) => {
    const startDay = dayAt(session.startsAt, session.timeZone);
    // An end at midnight belongs to the day before it.
    const endDay =
      session.kind === "travel" ? startDay : dayAt(new Date(session.endsAt.getTime() - 1), session.timeZone);
    return startDay < firstDay || endDay > lastDay;
  };
  return sessions
    .filter((session) => !session.isCancelled)
    .filter(isOutside)
    .map((session) => ({
      kind: "outside-dates" as const,
      message: `“${session.title}” (${dayAndTime(session.startsAt, session.timeZone)}) falls outside the convening's dates.`,
      sessionIds: [session.id],
    }));
}

/**
 * Stretches of more than 4 hours of back-to-back sessions with no break: a break or meal
 * session, or any gap between sessions, counts as a break. Travel is not counted as work.
 */
export function noBreakWarnings(sessions: WarningSession[]): AgendaWarning[] {
  const live = sessions.filter((session) => !session.isCancelled);
  const breaks = live.filter((session) => BREAK_KINDS.has(session.kind));
  // Working time with the break sessions cut out of it.
  const pieces: Array<{ start: number; end: number; session: WarningSession }> = [];
  for (const session of live.filter((item) => !BREAK_KINDS.has(item.kind) && item.kind !== "travel")) {
    let parts = [{ start: session.startsAt.getTime(), end: session.endsAt.getTime() }];
    for (const pause of breaks) {
      const [ps, pe] = [pause.startsAt.getTime(), pause.endsAt.getTime()];
      parts = parts.flatMap((part) =>
        pe <= part.start || ps >= part.end
          ? [part]
          : [
              { start: part.start, end: Math.min(ps, part.end) },
              { start: Math.max(pe, part.start), end: part.end },
            ].filter((piece) => piece.end > piece.start),
      );
    }
    pieces.push(...parts.map((part) => ({ ...part, session })));
  }
  pieces.sort((a, b) => a.start - b.start);
  const warnings: AgendaWarning[] = [];
  let stretch: typeof pieces = [];
  let stretchEnd = 0;
  const flush = () => {
    if (stretch.length > 0 && (stretchEnd - stretch[0].start) / 60_000 > MAX_STRETCH_MINUTES) {
      const first = stretch[0].session;
      const startLocal = DateTime.fromMillis(stretch[0].start, { zone: first.timeZone });
      warnings.push({
        kind: "no-break",
        message: `${startLocal.toFormat("cccc d LLLL")} has more than 4 hours without a break, from ${startLocal.toFormat("HH:mm")}.`,
        sessionIds: [...new Set(stretch.map((piece) => piece.session.id))],
      });
    }
    stretch = [];
  };
  for (const piece of pieces) {
    if (stretch.length > 0 && piece.start > stretchEnd) flush();
    if (stretch.length === 0) stretchEnd = piece.end;
    stretch.push(piece);
    stretchEnd = Math.max(stretchEnd, piece.end);
  }
  flush();
  return warnings;
}

/** Every warning for an agenda, in a stable order. */
export function agendaWarnings(
  convening: { startsAt: Date; endsAt: Date; timeZone: string },
  sessions: WarningSession[],
): AgendaWarning[] {
  return [
    ...roomOverlapWarnings(sessions),
    ...doubleBookingWarnings(sessions),
    ...outsideDatesWarnings(convening, sessions),
    ...noBreakWarnings(sessions),
  ];
}
