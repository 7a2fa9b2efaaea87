// Attendance by day and by session without a database: the convening's days at its place, which
// day the page opens on, when a day may be marked, and the registration status the marks lead to.
import { DateTime } from "luxon";

/** A calendar day at the convening's place, "2018-05-21", and how the page names it. */
export type AttendanceDay = {
  day: string;
  /** "Mon 21 May": the day picker. */
  shortLabel: string;
  /** "Monday 21 May 2018": headings and messages. */
  longLabel: string;
  /** Where the convening is that day, when its places say so. */
  placeName: string | null;
};

/** A place of the convening with the days spent there (inclusive), when it has them. */
export type PlaceDays = { name: string; firstDay?: string | null; lastDay?: string | null };

type Span = { startsAt: Date | string; endsAt: Date | string; timeZone: string };

const dayKey = (date: DateTime) => date.toISODate() ?? "";

/**
 * Every day of the convening at its place, first to last. A convening ending exactly at midnight
 * does not take in the day that midnight begins. Days are stepped in local dates, so a day with a
 * clock change is still one day.
 */
export function conveningDays(convening: Span, places: PlaceDays[] = []): AttendanceDay[] {
  const zone = convening.timeZone;
  const first = DateTime.fromJSDate(new Date(convening.startsAt), { zone }).startOf("day");
  const end = DateTime.fromJSDate(new Date(convening.endsAt), { zone });
  const last =
    end.equals(end.startOf("day")) && end > first ? end.minus({ days: 1 }).startOf("day") : end.startOf("day");
  const days: AttendanceDay[] = [];
  for (let date = first; date <= last && days.length < MAX_DAYS; date = date.plus({ days: 1 })) {
    const day = dayKey(date);
    days.push({
      day,
      shortLabel: date.toFormat("ccc d LLL"),
      longLabel: date.toFormat("cccc d LLLL yyyy"),
      placeName: placeOfDay(places, day),
    });
  }
  return days;
}

// A bound on the marks one person can have: a convening is days, not months, long.
const MAX_DAYS = 31;

function placeOfDay(places: PlaceDays[], day: string): string | null {
  const place = places.find(
    (entry) => entry.firstDay && entry.firstDay <= day && day <= (entry.lastDay ?? entry.firstDay),
  );
  return place?.name ?? null;
}

/** The local day of an instant at the convening's place. */
export function dayAt(instant: Date | string, zone: string): string {
  return dayKey(DateTime.fromJSDate(new Date(instant), { zone }));
}

/** Has this day begun at the convening's place? Marks are taken from the morning of their day. */
export function hasDayBegun(day: string, zone: string, now: Date): boolean {
  return now.getTime() >= DateTime.fromISO(day, { zone }).startOf("day").toMillis();
}

/** The days that have begun by now: the ones a "no-show" is judged on. */
export function daysBegun(days: AttendanceDay[], zone: string, now: Date): AttendanceDay[] {
  return days.filter((entry) => hasDayBegun(entry.day, zone, now));
}

/**
 * The day the page opens on: the one asked for if it is the convening's, else today while the
 * convening runs, else its first day before it starts and its last day after it ends.
 */
export function chosenDay(days: AttendanceDay[], asked: string | null, zone: string, now: Date): AttendanceDay {
  const askedDay = days.find((entry) => entry.day === asked);
  if (askedDay) return askedDay;
  const today = dayAt(now, zone);
  return days.find((entry) => entry.day === today) ?? (today < days[0].day ? days[0] : days[days.length - 1]);
}

export type Mark = "here" | "away";
export type MarkState = Mark | null;

/**
 * The registration status a person's marks lead to: here on any day or at any session it takes
 * attendance for → attended; not here on every day begun so far → no-show; otherwise still
 * registered (nothing decided yet, or a mark that decided it was withdrawn).
 */
export function statusFromMarks(
  marks: { days: Map<string, Mark>; sessions: Mark[] },
  begunDays: string[],
): "attended" | "no-show" | "registered" {
  if ([...marks.days.values(), ...marks.sessions].includes("here")) return "attended";
  if (begunDays.length > 0 && begunDays.every((day) => marks.days.get(day) === "away")) return "no-show";
  return "registered";
}

/** "4 of 5 days": the days a person was marked here, or here at a session of that day. */
export function daysAttendedLabel(daysHere: number, dayCount: number): string {
  return `${daysHere} of ${dayCount} day${dayCount === 1 ? "" : "s"}`;
}

/** "9 of 12 here today", "… on Tuesday 22 May 2018", "… at this session". */
export function hereCountLabel(
  here: number,
  total: number,
  where: { kind: "day"; isToday: boolean; longLabel: string } | { kind: "session" },
): string {
  const when = where.kind === "session" ? "at this session" : where.isToday ? "today" : `on ${where.longLabel}`;
  return `${here} of ${total} here ${when}`;
}

/** Names and cities matched by what was typed: case and accents ignored, every word must match. */
export function matchesSearch(person: { name: string; cityName: string }, query: string): boolean {
  const fold = (text: string) =>
    text
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase();
  const haystack = fold(`${person.name} ${person.cityName}`);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
