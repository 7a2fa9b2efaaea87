// A new session's place: the place whose days contain the session's day, and its zone, so a
// session on the third day of the US exchange starts out at Montgomery County.
import { placeIndexForDay, type PlaceDays } from "~/domain/exchanges/place-days";
import { instantToWallClock, isCalendarDay } from "~/domain/local-time";
import type { FormFields } from "~/forms/schema-form";

type Place = PlaceDays & { name: string; timeZone: string };

/** The places the form's script picks from when the date changes. */
export type SessionPlaceChoice = { name: string; timeZone: string; firstDay: string | null; lastDay: string | null };

export function sessionPlaceChoices(places: Place[]): SessionPlaceChoice[] {
  return places.map(({ name, timeZone, firstDay, lastDay }) => ({ name, timeZone, firstDay, lastDay }));
}

/** The place of a calendar day, or null when none of the places' days contains it. */
export function placeForDay(places: SessionPlaceChoice[], day: string): SessionPlaceChoice | null {
  const index = placeIndexForDay(places, day);
  return index === null ? null : places[index];
}

/**
 * The new-session form's values: the day asked for (`?day=`, when it is a day of the convening at
 * one of its places) or the convening's first day, with that day's place and zone.
 */
export function newSessionDefaults(
  convening: { startsAt: Date; endsAt: Date; timeZone: string; places: Place[] },
  askedDay: string | null,
): FormFields {
  const first = instantToWallClock(convening.startsAt, convening.timeZone).date;
  const last = instantToWallClock(convening.endsAt, convening.timeZone).date;
  const isDayOfConvening = (day: string) =>
    convening.places.some((place) => place.firstDay && place.firstDay <= day && day <= (place.lastDay ?? day)) ||
    (first <= day && day <= last);
  const day = askedDay && isCalendarDay(askedDay) && isDayOfConvening(askedDay) ? askedDay : first;
  const place = placeForDay(sessionPlaceChoices(convening.places), day) ?? convening.places[0] ?? null;
  return { startDate: day, timeZone: place?.timeZone ?? convening.timeZone, placeName: place?.name ?? "" };
}
