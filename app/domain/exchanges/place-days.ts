// The route of a convening: its places in order, each with the calendar days spent there (first
// and last day, YYYY-MM-DD at that place), which place a day belongs to, and the checks a manager's
// place days must pass. Days are optional: older convenings and one-place meetings have none, and
// then the first place covers every day.
import { DateTime } from "luxon";
import { localDayKey } from "../local-time";

export type PlaceDays = { firstDay: string | null; lastDay: string | null };
export type RoutePlace = PlaceDays & { name: string; region: string; timeZone: string };

/** The convening's span, as stored: its instants and its main place's zone. */
export type ConveningSpan = { startsAt: Date; endsAt: Date; timeZone: string };

const day = (text: string) => DateTime.fromISO(text, { zone: "UTC" });

/** The convening's first and last calendar day as seen at a place in `zone`. */
export function spanDaysAt(span: ConveningSpan, zone: string): { first: string; last: string } {
  return { first: localDayKey(span.startsAt, zone), last: localDayKey(span.endsAt, zone) };
}

/** Every calendar day from `first` to `last`, both included (at most a year of them). */
export function daysFromTo(first: string, last: string): string[] {
  const days: string[] = [];
  const end = day(last);
  if (!day(first).isValid || !end.isValid) return days;
  // Calendar days counted in UTC: a day at the place is a date, whatever its length there (23 or 25 hours).
  for (let current = day(first); current <= end && days.length < 366; current = current.plus({ days: 1 })) {
    days.push(current.toISODate()!);
  }
  return days;
}

/** True when the place has days and `date` is one of them. */
export function coversDay(place: PlaceDays, date: string): boolean {
  if (!place.firstDay) return false;
  return place.firstDay <= date && date <= (place.lastDay ?? place.firstDay);
}

/**
 * The index of the place a calendar day belongs to: the place whose days contain it; when no place
 * has days, the first place (a one-place meeting, or a convening from before places had days);
 * null when places have days and none contains it, or there are no places.
 */
export function placeIndexForDay(places: PlaceDays[], date: string): number | null {
  if (places.length === 0) return null;
  if (places.every((place) => !place.firstDay)) return 0;
  const index = places.findIndex((place) => coversDay(place, date));
  return index === -1 ? null : index;
}

/** The index of the place where an instant falls, judged by each place's own calendar day there. */
export function placeIndexAt<P extends PlaceDays & { timeZone: string }>(places: P[], instant: Date): number | null {
  if (places.length === 0) return null;
  if (places.every((place) => !place.firstDay)) return 0;
  const index = places.findIndex((place) => coversDay(place, localDayKey(instant, place.timeZone)));
  return index === -1 ? null : index;
}

/** "Pittsburgh, Pennsylvania": a place's name with its region when there is one. */
export function placeLabel(place: { name: string; region: string }): string {
  return place.region && place.region !== place.name ? `${place.name}, ${place.region}` : place.name;
}

/** "Mon 21 May", "Mon 21–Tue 22 May", "Thu 31 May–Fri 1 Jun": a place's days, short, in `locale`. */
export function formatPlaceDays(place: PlaceDays, locale = "en-GB"): string | null {
  if (!place.firstDay) return null;
  const first = day(place.firstDay).setLocale(locale);
  const last = day(place.lastDay ?? place.firstDay).setLocale(locale);
  if (!first.isValid || !last.isValid) return null;
  if (first.hasSame(last, "day")) return first.toFormat("ccc d LLL");
  if (first.hasSame(last, "month")) return `${first.toFormat("ccc d")}–${last.toFormat("ccc d LLL")}`;
  return `${first.toFormat("ccc d LLL")}–${last.toFormat("ccc d LLL")}`;
}

/** The route as people read it: "Pittsburgh, Pennsylvania · Mon 21–Tue 22 May", each place in order. */
export function routeStops(
  places: RoutePlace[],
  locale = "en-GB",
): Array<{ label: string; days: string | null; dayCount: number }> {
  return places.map((place) => ({
    label: placeLabel(place),
    days: formatPlaceDays(place, locale),
    dayCount: place.firstDay ? daysFromTo(place.firstDay, place.lastDay ?? place.firstDay).length : 0,
  }));
}

export type PlaceDayField = "firstDay" | "lastDay";
export type PlaceDayIssue = { index: number; field: PlaceDayField; message: string };

/** A place row's days as typed: calendar days or blank, checked for shape before this module. */
export type TypedPlaceDays = { name: string; timeZone: string; firstDay: string; lastDay: string };

const long = (text: string) => day(text).setLocale("en-GB").toFormat("d LLLL yyyy");

/**
 * The problems of the places' days, each at its field: a last day without a first, a last day
 * before the first, days outside the convening's dates (as seen at that place), and places out of
 * the route's order or sharing days with the place before. Places without days are left alone;
 * `span` is null when the convening's own dates could not be read (then only the order is checked).
 */
export function placeDayIssues(places: TypedPlaceDays[], span: ConveningSpan | null): PlaceDayIssue[] {
  const issues: PlaceDayIssue[] = [];
  let previous: { name: string; first: string; last: string } | null = null;
  places.forEach((place, index) => {
    const first = place.firstDay;
    const last = place.lastDay || place.firstDay;
    if (!first) {
      if (place.lastDay) issues.push({ index, field: "firstDay", message: "Enter the first day at this place too" });
      return;
    }
    if (last < first) {
      issues.push({
        index,
        field: "lastDay",
        message: `The last day at ${place.name || "this place"} must be on or after its first day (${long(first)})`,
      });
      return;
    }
    const outside = span ? outsideIssue(index, first, last, spanDaysAt(span, place.timeZone || span.timeZone)) : null;
    if (outside) issues.push(outside);
    else if (previous) {
      if (first < previous.first) {
        issues.push({
          index,
          field: "firstDay",
          message: `Places go in the order of the route: this place starts before ${previous.name} (${long(previous.first)}); move it up or change its days`,
        });
      } else if (first <= previous.last) {
        issues.push({
          index,
          field: "firstDay",
          message: `${long(first)} is already a day at ${previous.name} (until ${long(previous.last)}): start the day after`,
        });
      }
    }
    // The next place is checked against this one even when this one's days were refused.
    previous = { name: place.name || `place ${index + 1}`, first, last };
  });
  return issues;
}

function outsideIssue(
  index: number,
  first: string,
  last: string,
  allowed: { first: string; last: string },
): PlaceDayIssue | null {
  const message = (which: string) =>
    `The ${which} day must be within the convening's dates (${long(allowed.first)} to ${long(allowed.last)})`;
  if (first < allowed.first || first > allowed.last) return { index, field: "firstDay", message: message("first") };
  if (last > allowed.last) return { index, field: "lastDay", message: message("last") };
  return null;
}
