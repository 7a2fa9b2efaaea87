/**
 * Local wall-clock time at a meeting place.
 *
 * Meetings are stored as UTC instants plus the IANA time zone of the place;
 * people type and read the wall-clock time at the place. This module converts
 * between the two and formats instants for display. Pure: depends on luxon only.
 */
import { DateTime, FixedOffsetZone, IANAZone } from "luxon";

const DISPLAY_LOCALE = "en-GB";
const ABBREVIATION_LOCALES = ["en-US", "en-GB", "en-AU"];
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

export type WallClockResult =
  | { ok: true; instant: Date; ambiguous: boolean; offsetNote?: string }
  | {
      ok: false;
      reason: "invalid-format" | "invalid-zone" | "nonexistent";
      message: string;
    };

// luxon's isValidZone builds a new Intl.DateTimeFormat (native ICU memory, freed only by a later
// collection) on every call; a feed of 8,000 events asked it 13,000 times and grew the process's
// resident memory by 300 MB. The answer per name never changes, so it is remembered (bounded).
const zoneValidity = new Map<string, boolean>();
const REMEMBERED_ZONES = 1000;

/** True only for IANA zone names the runtime's tz database knows ("UTC" included). */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== "string") return false;
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  // IANAZone rather than DateTime#setZone: setZone also accepts fixed offsets such as "UTC+1".
  const isValid = IANAZone.isValidZone(zone);
  if (zoneValidity.size < REMEMBERED_ZONES) zoneValidity.set(zone, isValid);
  return isValid;
}

/**
 * Converts a wall-clock date and time at `zone` into a UTC instant.
 * Times skipped by a spring-forward change are refused; times repeated by an
 * autumn change resolve to the earlier instant unless `preferLaterOffset` is set.
 */
export function wallClockToInstant(
  date: string,
  time: string,
  zone: string,
  opts: { preferLaterOffset?: boolean } = {},
): WallClockResult {
  const fields = parseWallClock(date, time);
  if (!fields) {
    return {
      ok: false,
      reason: "invalid-format",
      message: `"${date} ${time}" is not a valid date and time; use a real calendar date as YYYY-MM-DD and a 24-hour time as HH:mm (00:00–23:59).`,
    };
  }
  if (!isValidTimeZone(zone)) {
    return {
      ok: false,
      reason: "invalid-zone",
      message: `"${zone}" is not a recognised IANA time zone (for example "Europe/London" or "America/New_York").`,
    };
  }

  const dt = DateTime.fromObject(fields, { zone });
  // luxon silently moves a nonexistent local time forward, so a changed wall clock means a gap.
  if (
    !dt.isValid ||
    dt.year !== fields.year ||
    dt.month !== fields.month ||
    dt.day !== fields.day ||
    dt.hour !== fields.hour ||
    dt.minute !== fields.minute
  ) {
    return { ok: false, reason: "nonexistent", message: gapMessage(fields, zone) };
  }

  const candidates = dt
    .getPossibleOffsets()
    .filter((c) => c.hour === fields.hour && c.minute === fields.minute && c.day === fields.day)
    .sort((a, b) => a.toMillis() - b.toMillis());

  if (candidates.length < 2) {
    return { ok: true, instant: dt.toJSDate(), ambiguous: false };
  }

  const chosen = opts.preferLaterOffset ? candidates[candidates.length - 1] : candidates[0];
  const clock = chosen.toFormat("HH:mm");
  const name = zoneAbbreviation(chosen);
  const offset = utcOffsetLabel(chosen.offset);
  const offsetNote =
    `${clock} occurs twice on ${dayText(chosen)} in ${zone}; ` +
    `using ${clock} ${name}${name === offset ? "" : ` (${offset})`}`;
  return { ok: true, instant: chosen.toJSDate(), ambiguous: true, offsetNote };
}

/** Every instant showing the same wall-clock time at `zone` as `instant` (two in a repeated hour). */
function sameWallClock(instant: Date, zone: string): DateTime[] {
  const dt = atZone(instant, zone);
  return dt
    .getPossibleOffsets()
    .filter((candidate) => candidate.hour === dt.hour && candidate.minute === dt.minute && candidate.day === dt.day);
}

/** True when `instant` falls in an hour that happens twice at `zone` (clocks going back). */
export function isInRepeatedHour(instant: Date, zone: string): boolean {
  return sameWallClock(instant, zone).length > 1;
}

/** True when `instant` is the second pass of a repeated hour: forms read local times as the first. */
export function isSecondOccurrence(instant: Date, zone: string): boolean {
  return sameWallClock(instant, zone).some((candidate) => candidate.toMillis() < instant.getTime());
}

/** The wall-clock date (YYYY-MM-DD) and time (HH:mm) of `instant` at `zone`, e.g. to pre-fill a form. */
export function instantToWallClock(instant: Date, zone: string): { date: string; time: string } {
  const dt = atZone(instant, zone);
  return { date: dt.toFormat("yyyy-MM-dd"), time: dt.toFormat("HH:mm") };
}

/** "10:00 EDT", "15:00 BST", "09:00 GMT"; zones without a common abbreviation get "UTC+5:30" style. */
export function formatLocalTime(instant: Date, zone: string): string {
  const dt = atZone(instant, zone);
  return `${dt.toFormat("HH:mm")} ${zoneAbbreviation(dt)}`;
}

/**
 * The place time, followed by the viewer's own time when the viewer's clock differs at that
 * instant: "10:00 EDT · 15:00 BST". A missing or invalid viewer zone gives just the place time.
 */
export function formatWithViewerTime(instant: Date, placeZone: string, viewerZone?: string | null): string {
  const placeTime = formatLocalTime(instant, placeZone);
  if (!viewerZone || !isValidTimeZone(viewerZone)) return placeTime;
  const place = atZone(instant, placeZone);
  const viewer = atZone(instant, viewerZone);
  if (viewer.offset === place.offset) return placeTime;
  return `${placeTime} · ${formatLocalTime(instant, viewerZone)}`;
}

/** "Monday 21 May 2018" ("Dydd Llun 21 Mai 2018" in cy-GB): the calendar day at the place. */
export function formatDayHeading(instant: Date, zone: string, locale: string = DISPLAY_LOCALE): string {
  return atZone(instant, zone, locale).toFormat("cccc d LLLL yyyy");
}

/** "2018-05-21": the calendar day at the place, for grouping sessions by day. */
export function localDayKey(instant: Date, zone: string): string {
  return atZone(instant, zone).toFormat("yyyy-MM-dd");
}

/**
 * The calendar days spanned at the place: "11 October 2018", "21–25 May 2018",
 * "28 February – 1 March 2019", "30 December 2019 – 2 January 2020"; month names in `locale`.
 */
export function formatDateRange(start: Date, end: Date, zone: string, locale: string = DISPLAY_LOCALE): string {
  const s = atZone(start, zone, locale);
  const e = atZone(end, zone, locale);
  if (e.toMillis() < s.toMillis()) {
    throw new RangeError("formatDateRange: end is before start");
  }
  if (s.hasSame(e, "day")) return s.toFormat("d LLLL yyyy");
  if (s.hasSame(e, "month")) return `${s.toFormat("d")}–${e.toFormat("d LLLL yyyy")}`;
  if (s.hasSame(e, "year")) return `${s.toFormat("d LLLL")} – ${e.toFormat("d LLLL yyyy")}`;
  return `${s.toFormat("d LLLL yyyy")} – ${e.toFormat("d LLLL yyyy")}`;
}

/** Whole minutes from `start` to `end` (negative if `end` is earlier). */
export function durationMinutes(start: Date, end: Date): number {
  assertValidDate(start);
  assertValidDate(end);
  return Math.round((end.getTime() - start.getTime()) / MINUTE_MS);
}

// ---------------------------------------------------------------------------

type WallClockFields = { year: number; month: number; day: number; hour: number; minute: number };

/** The year, month and day of a YYYY-MM-DD calendar day that exists (no 30 February), or null. */
function calendarDayFields(date: string): { year: number; month: number; day: number } | null {
  const d = DATE_RE.exec(date.trim());
  if (!d) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > (DateTime.utc(year, month).daysInMonth ?? 0)) return null;
  return { year, month, day };
}

/** True for a real calendar day written YYYY-MM-DD, as date inputs send it. */
export function isCalendarDay(date: string): boolean {
  return typeof date === "string" && calendarDayFields(date) !== null;
}

function parseWallClock(date: string, time: string): WallClockFields | null {
  if (typeof date !== "string" || typeof time !== "string") return null;
  const day = calendarDayFields(date);
  const t = TIME_RE.exec(time.trim());
  if (!day || !t) return null;
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (hour > 23 || minute > 59) return null;
  return { ...day, hour, minute };
}

function assertValidDate(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError("Expected a valid Date");
  }
}

function atZone(instant: Date, zone: string, locale: string = DISPLAY_LOCALE): DateTime {
  assertValidDate(instant);
  if (!isValidTimeZone(zone)) {
    throw new RangeError(`"${zone}" is not a recognised IANA time zone`);
  }
  return DateTime.fromJSDate(instant, { zone }).setLocale(locale);
}

function dayText(dt: DateTime): string {
  return dt.setLocale(DISPLAY_LOCALE).toFormat("d LLLL yyyy");
}

/**
 * Short zone name such as "EDT", "BST", "CEST", "AEST". ICU only gives an abbreviation in a
 * locale where it is in common use (en-US knows EDT but not BST, en-GB the reverse), otherwise
 * "GMT+5:30", which we relabel as "UTC+5:30" so every zone reads consistently.
 */
function zoneAbbreviation(dt: DateTime): string {
  for (const locale of ABBREVIATION_LOCALES) {
    const name = dt.setLocale(locale).toFormat("ZZZZ");
    if (name && !/^(GMT|UTC)[+\-−]/.test(name)) return name;
  }
  return utcOffsetLabel(dt.offset);
}

/** 60 → "UTC+1", -300 → "UTC-5", 330 → "UTC+5:30", 0 → "UTC+0". */
function utcOffsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`;
}

/** Explains a spring-forward gap, naming the jump and the nearest valid times either side. */
function gapMessage(fields: WallClockFields, zone: string): string {
  const wanted = `${pad(fields.hour)}:${pad(fields.minute)}`;
  const day = DateTime.fromObject(
    { year: fields.year, month: fields.month, day: fields.day },
    { zone: "UTC", locale: DISPLAY_LOCALE },
  ).toFormat("d LLLL yyyy");
  const lead = `${wanted} on ${day} does not exist in ${zone}`;

  const transition = findGapTransition(fields, zone);
  if (!transition) return `${lead} because the clocks change. Choose another time.`;

  const { changeAt, offsetBefore } = transition;
  // The last reading of the old clock and the first of the new one, e.g. 01:00 GMT and 02:00 BST.
  const before = DateTime.fromMillis(changeAt, {
    zone: FixedOffsetZone.instance(offsetBefore),
    locale: DISPLAY_LOCALE,
  });
  const after = DateTime.fromMillis(changeAt, { zone, locale: DISPLAY_LOCALE });
  const sameDay = before.toFormat("yyyy-MM-dd") === after.toFormat("yyyy-MM-dd");
  const clock = (dt: DateTime) => (sameDay ? dt.toFormat("HH:mm") : `${dt.toFormat("HH:mm")} on ${dayText(dt)}`);
  const fromText = clock(before);
  const toText = clock(after);
  const oldName = zoneAbbreviation(DateTime.fromMillis(changeAt - 1, { zone }));
  const newName = zoneAbbreviation(after);
  return (
    `${lead}: clocks go forward from ${fromText} to ${toText} (${oldName} to ${newName}). ` +
    `Choose a time before ${fromText} or from ${toText}.`
  );
}

/** Finds the instant of the offset change that swallowed the given wall-clock time. */
function findGapTransition(fields: WallClockFields, zone: string): { changeAt: number; offsetBefore: number } | null {
  const ianaZone = IANAZone.create(zone);
  const localAsUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute);
  // UTC offsets lie within about ±14h, so the change that skipped this reading is inside this window.
  let lo = localAsUtc - 15 * HOUR_MS;
  let hi = localAsUtc + 15 * HOUR_MS;
  const offsetBefore = ianaZone.offset(lo);
  if (ianaZone.offset(hi) <= offsetBefore) return null;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (ianaZone.offset(mid) === offsetBefore) lo = mid;
    else hi = mid;
  }
  return { changeAt: hi, offsetBefore };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Years the planner accepts for meetings and due dates: the programme's records start in 2010,
 * and nothing is planned more than 20 years ahead. Catches typos such as 0202 or 9999.
 */
export function plausibleYears(now = new Date()): { from: number; to: number } {
  return { from: 2010, to: now.getUTCFullYear() + 20 };
}

/** A message when the YYYY-MM-DD day lies outside plausibleYears(), or null. */
export function implausibleYearMessage(day: string, what: string, now = new Date()): string | null {
  const year = Number(day.slice(0, 4));
  const { from, to } = plausibleYears(now);
  return year >= from && year <= to ? null : `Enter ${what} between ${from} and ${to}`;
}
