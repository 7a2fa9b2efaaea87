// VTIMEZONE generator (RFC 5545 §3.6.5) built from the runtime's tz database via luxon.
// Clients without their own tz database (and some that ignore IANA TZIDs) only know the
// offsets we declare here, so we emit every real transition as an explicit observance.
import { IANAZone } from "luxon";

const MINUTE = 60_000;
const DAY = 86_400_000;
// Intl only has real abbreviations ("EDT", "BST", "IST") in some locales; other locales give
// "GMT+1". Try a few English locales and fall back to a numeric name like tzdata does.
const TZNAME_LOCALES = ["en-US", "en-GB", "en-IN", "en-AU", "en-NZ", "en-IE", "en-CA"];

export type ZoneObservance = {
  kind: "STANDARD" | "DAYLIGHT";
  /** UTC instant (ms) at which this observance starts. */
  at: number;
  offsetFrom: number; // minutes east of UTC
  offsetTo: number;
  name: string;
};

// luxon's isValidZone builds a new Intl.DateTimeFormat on every call; feeds check one zone per
// event, thousands per feed, so remember the answer per name.
const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== "string") return false;
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  // The name goes unquoted into TZID parameters, so allow only tz-database characters
  // (Intl would also accept offset strings like "+05:30", whose colon would break the line).
  const isValid = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone) && IANAZone.isValidZone(zone);
  if (zoneValidity.size < 1000) zoneValidity.set(zone, isValid);
  return isValid;
}

function requireZone(zone: string): IANAZone {
  if (!isValidTimeZone(zone)) throw new Error(`Unknown IANA time zone: ${JSON.stringify(zone)}`);
  return IANAZone.create(zone);
}

/**
 * Observances in effect from 1 January of `fromYear` (local) up to 1 January of `toYear + 1`:
 * first the one already in effect at the start, then one per offset change.
 */
export function zoneObservances(zone: string, fromYear: number, toYear: number): ZoneObservance[] {
  const z = requireZone(zone);
  const begin = localMidnightJan1(z, fromYear);
  const startOffset = z.offset(begin);
  const result: ZoneObservance[] = [observance(z, begin, startOffset, startOffset)];
  for (let year = fromYear; year <= toYear; year++) result.push(...transitionsInYear(z, year));
  return result;
}

// Feeds are rebuilt on every request with the same few zones and years; scanning a year costs
// a few hundred Intl look-ups, so remember it (bounded by zones × years actually used).
const yearCache = new Map<string, ZoneObservance[]>();

function transitionsInYear(z: IANAZone, year: number): ZoneObservance[] {
  const key = `${z.name}|${year}`;
  const cached = yearCache.get(key);
  if (cached) return cached;

  const begin = localMidnightJan1(z, year);
  const finish = localMidnightJan1(z, year + 1);
  const found: ZoneObservance[] = [];
  // Step a day at a time (no real zone changes offset twice within one day), then binary
  // search to the exact minute of the change.
  let prevMs = begin;
  let prevOffset = z.offset(begin);
  while (prevMs < finish) {
    const probe = Math.min(prevMs + DAY, finish);
    const o = z.offset(probe);
    if (o !== prevOffset) {
      let lo = Math.floor(prevMs / MINUTE);
      let hi = Math.ceil(probe / MINUTE);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (z.offset(mid * MINUTE) === prevOffset) lo = mid;
        else hi = mid;
      }
      found.push(observance(z, hi * MINUTE, prevOffset, o));
      prevOffset = o;
    }
    prevMs = probe;
  }
  yearCache.set(key, found);
  return found;
}

function localMidnightJan1(z: IANAZone, year: number): number {
  const guess = Date.UTC(year, 0, 1);
  // Two passes settle the offset even if it differs on either side of the guess.
  const first = guess - z.offset(guess) * MINUTE;
  return guess - z.offset(first) * MINUTE;
}

function observance(z: IANAZone, at: number, offsetFrom: number, offsetTo: number): ZoneObservance {
  const year = new Date(at).getUTCFullYear();
  const jan = z.offset(Date.UTC(year, 0, 1));
  const jul = z.offset(Date.UTC(year, 6, 1));
  // Same rule as luxon's isInDST: the larger of the winter/summer offsets is daylight time.
  const kind = jan !== jul && offsetTo > Math.min(jan, jul) ? "DAYLIGHT" : "STANDARD";
  return { kind, at, offsetFrom, offsetTo, name: abbreviation(z, at, offsetTo) };
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function abbreviation(z: IANAZone, at: number, offsetMinutes: number): string {
  if (offsetMinutes === 0 && /^(Etc\/)?(UTC|UCT|Universal|Zulu)$/i.test(z.name)) return "UTC";
  for (const locale of TZNAME_LOCALES) {
    const key = `${locale}|${z.name}`;
    let fmt = nameFormatters.get(key);
    if (!fmt) {
      fmt = new Intl.DateTimeFormat(locale, { timeZone: z.name, timeZoneName: "short" });
      nameFormatters.set(key, fmt);
    }
    const name = fmt.formatToParts(at).find((p) => p.type === "timeZoneName")?.value;
    if (name && /^[A-Z]{2,6}$/.test(name)) return name;
  }
  return formatOffset(offsetMinutes);
}

/** "+0530", "-0400" — the TZOFFSETFROM/TZOFFSETTO (UTC-OFFSET) form. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return sign + pad(Math.floor(abs / 60)) + pad(abs % 60);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Local wall-clock time of `at` in the given offset, as an RFC 5545 floating DATE-TIME. */
function localDateTime(at: number, offsetMinutes: number): string {
  const d = new Date(at + offsetMinutes * MINUTE);
  return (
    String(d.getUTCFullYear()).padStart(4, "0") +
    pad(d.getUTCMonth() + 1) +
    pad(d.getUTCDate()) +
    "T" +
    pad(d.getUTCHours()) +
    pad(d.getUTCMinutes()) +
    pad(d.getUTCSeconds())
  );
}

/**
 * A complete VTIMEZONE block (CRLF separated, no trailing CRLF) for `zone`, with one
 * STANDARD/DAYLIGHT sub-component per transition between `fromYear` and `toYear` inclusive.
 * Explicit per-transition observances (no RRULE) are used because they are exact for any
 * historical rule change and every client understands them.
 */
export function buildVTimezone(zone: string, fromYear: number, toYear: number): string {
  if (toYear < fromYear) [fromYear, toYear] = [toYear, fromYear];
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  for (const o of zoneObservances(zone, fromYear, toYear)) {
    lines.push(
      `BEGIN:${o.kind}`,
      // RFC 5545: the onset is local time expressed in the offset in effect *before* it.
      `DTSTART:${localDateTime(o.at, o.offsetFrom)}`,
      `TZOFFSETFROM:${formatOffset(o.offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(o.offsetTo)}`,
      `TZNAME:${o.name}`,
      `END:${o.kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
