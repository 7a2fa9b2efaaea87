// The days and nights of a learning exchange: when its programme starts and ends (the first and
// last session delegates are down for), which nights it spans at its place, and how days are named.
// Calendar days are YYYY-MM-DD at the place; instants stay UTC until they are shown.
import { DateTime } from "luxon";
import { formatLocalTime } from "../local-time";

export type ExchangeSpan = { startsAt: Date; endsAt: Date; timeZone: string };

export type ProgrammeSession = {
  title: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  endTimeZone: string | null;
  isCancelled: boolean;
};

/** A moment of the programme delegates must be there for: a session's start or end, or the exchange's own. */
export type ProgrammeMoment = { at: Date; timeZone: string; title: string | null };

/**
 * The start of the first and the end of the last session delegates are down for. There is no
 * per-person session list, so every delegate is down for the whole programme: its live sessions
 * other than travel legs, or the exchange's own start and end when it has none.
 */
export function programmeBounds(
  exchange: ExchangeSpan,
  sessions: ProgrammeSession[],
): { first: ProgrammeMoment; last: ProgrammeMoment } {
  const programme = sessions.filter((session) => !session.isCancelled && session.kind !== "travel");
  if (programme.length === 0) {
    return {
      first: { at: exchange.startsAt, timeZone: exchange.timeZone, title: null },
      last: { at: exchange.endsAt, timeZone: exchange.timeZone, title: null },
    };
  }
  const first = programme.reduce((a, b) => (b.startsAt < a.startsAt ? b : a));
  const last = programme.reduce((a, b) => (b.endsAt > a.endsAt ? b : a));
  return {
    first: { at: first.startsAt, timeZone: first.timeZone, title: first.title },
    last: { at: last.endsAt, timeZone: last.endTimeZone ?? last.timeZone, title: last.title },
  };
}

const day = (text: string) => DateTime.fromISO(text, { zone: "UTC" });

/** The nights from `checkIn` up to, not including, `checkOut` ("2018-05-21", "2018-05-23" → 21 and 22 May). */
export function nightsBetween(checkIn: string, checkOut: string): string[] {
  const nights: string[] = [];
  const end = day(checkOut);
  if (!day(checkIn).isValid || !end.isValid) return nights;
  // At most a year: a typo such as 2081 for 2018 must not build a list of decades.
  for (let night = day(checkIn); night < end && nights.length < 366; night = night.plus({ days: 1 })) {
    nights.push(night.toISODate()!);
  }
  return nights;
}

/** The exchange's nights at its place: from its first day to the night before its last. */
export function exchangeNights(exchange: ExchangeSpan): string[] {
  const first = DateTime.fromJSDate(exchange.startsAt, { zone: exchange.timeZone }).toISODate()!;
  const last = DateTime.fromJSDate(exchange.endsAt, { zone: exchange.timeZone }).toISODate()!;
  return nightsBetween(first, last);
}

/** The exchange's first and last calendar day at its place. */
export function exchangeDays(exchange: ExchangeSpan): { first: string; last: string } {
  return {
    first: DateTime.fromJSDate(exchange.startsAt, { zone: exchange.timeZone }).toISODate()!,
    last: DateTime.fromJSDate(exchange.endsAt, { zone: exchange.timeZone }).toISODate()!,
  };
}

/** "21 May 2018" for a YYYY-MM-DD day. */
export function formatDay(text: string): string {
  return day(text).setLocale("en-GB").toFormat("d LLLL yyyy");
}

/** Days as runs: ["2018-05-20", "2018-05-22", "2018-05-23"] → "20 May 2018, 22–23 May 2018". */
export function formatDays(days: string[]): string {
  const sorted = [...new Set(days)].sort();
  const runs: Array<[string, string]> = [];
  for (const current of sorted) {
    const run = runs[runs.length - 1];
    if (run && day(run[1]).plus({ days: 1 }).toISODate() === current) run[1] = current;
    else runs.push([current, current]);
  }
  return runs
    .map(([from, to]) => {
      if (from === to) return formatDay(from);
      const [a, b] = [day(from).setLocale("en-GB"), day(to).setLocale("en-GB")];
      if (a.hasSame(b, "month")) return `${a.toFormat("d")}–${b.toFormat("d LLLL yyyy")}`;
      return `${a.toFormat("d LLLL")} – ${b.toFormat("d LLLL yyyy")}`;
    })
    .join(", ");
}

/** "Sat 16 Mar 14:30 EDT": a moment at a place, with the place's zone name for that date. */
export function formatMoment(instant: Date, zone: string): string {
  return `${DateTime.fromJSDate(instant, { zone }).setLocale("en-GB").toFormat("ccc d LLL")} ${formatLocalTime(instant, zone)}`;
}
