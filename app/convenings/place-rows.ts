// The convening form's places: numbered rows (places.0.name …) in route order, each with its
// zone chosen from the IANA list and its first and last day there. A row left entirely blank is
// skipped; how many rows the page shows, and the "Add another place" button that adds one
// without JavaScript, are decided here too.
import { chosenTimeZone } from "~/domain/exchanges/time-zone-choices";
import { placeDayIssues, type ConveningSpan } from "~/domain/exchanges/place-days";
import { isCalendarDay } from "~/domain/local-time";
import type { PlaceInput } from "~models/convening.server";
import type { Translate } from "~/i18n/translator";

/** The most places a convening can have: a route, not a list of every venue visited. */
export const MAX_PLACES = 12;

export const PLACE_FIELDS = ["name", "address", "region", "country", "timeZone", "firstDay", "lastDay"] as const;
export type PlaceRow = Partial<Record<(typeof PLACE_FIELDS)[number], string>>;
type TypedPlace = Record<(typeof PLACE_FIELDS)[number], string>;

/** The hidden field holding how many rows the page shows, and the button that adds one. */
export const PLACE_ROW_COUNT = "placeRowCount";
export const ADD_PLACE = "addPlace";

type Issue = { path: string[]; message: string };

// What makes a row used: the zone alone is not (the first row shows Europe/London by default).
const isUsed = (place: TypedPlace) =>
  Boolean(place.name || place.address || place.region || place.country || place.firstDay || place.lastDay);

/** The rows in use, in the order of their numbers, as typed (trimmed). */
export function typedPlaceRows(
  places: Record<string, PlaceRow> | undefined,
): Array<{ key: string; place: TypedPlace }> {
  return Object.keys(places ?? {})
    .filter((key) => /^\d{1,3}$/.test(key))
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => {
      const row = places![key];
      const place = Object.fromEntries(PLACE_FIELDS.map((field) => [field, (row[field] ?? "").trim()])) as TypedPlace;
      return { key, place };
    })
    .filter(({ place }) => isUsed(place));
}

/** The first row's zone as stored, or "" when it is missing or not on the list. */
export function mainZone(places: Record<string, PlaceRow> | undefined): string {
  const [first] = typedPlaceRows(places);
  return first ? (chosenTimeZone(first.place.timeZone) ?? "") : "";
}

/** The problems of the place rows, each at its field; `span` is the convening's dates when they could be read. */
export function placeRowIssues(
  places: Record<string, PlaceRow> | undefined,
  span: ConveningSpan | null,
  t: Translate,
): Issue[] {
  const issues: Issue[] = [];
  const rows = typedPlaceRows(places);
  const at = (key: string, field: string, message: string) => issues.push({ path: ["places", key, field], message });
  if (rows.length === 0) at("0", "name", t("planning.error.noPlace"));
  if (rows.length > MAX_PLACES)
    at(rows[MAX_PLACES].key, "name", t("planning.error.tooManyPlaces", { max: MAX_PLACES }));
  const checked: Array<{ key: string; name: string; timeZone: string; firstDay: string; lastDay: string }> = [];
  for (const { key, place } of rows) {
    if (!place.name) at(key, "name", t("planning.error.placeName"));
    if (!place.timeZone) at(key, "timeZone", t("planning.error.placeZone"));
    else if (!chosenTimeZone(place.timeZone)) at(key, "timeZone", t("planning.error.placeZoneFromList"));
    const isFirstDay = !place.firstDay || isCalendarDay(place.firstDay);
    const isLastDay = !place.lastDay || isCalendarDay(place.lastDay);
    if (!isFirstDay) at(key, "firstDay", t("planning.error.placeFirstDay"));
    if (!isLastDay) at(key, "lastDay", t("planning.error.placeLastDay"));
    if (isFirstDay && isLastDay)
      checked.push({
        key,
        name: place.name,
        timeZone: chosenTimeZone(place.timeZone) ?? span?.timeZone ?? "UTC",
        firstDay: place.firstDay,
        lastDay: place.lastDay,
      });
  }
  for (const issue of placeDayIssues(checked, span)) at(checked[issue.index].key, issue.field, issue.message);
  return issues;
}

/** The places as the model stores them; call once the rows have passed placeRowIssues. */
export function placesFromRows(places: Record<string, PlaceRow> | undefined): PlaceInput[] {
  return typedPlaceRows(places)
    .slice(0, MAX_PLACES)
    .map(({ place }) => ({
      name: place.name,
      address: place.address,
      region: place.region,
      country: place.country,
      timeZone: chosenTimeZone(place.timeZone)!,
      firstDay: place.firstDay || null,
      lastDay: place.firstDay ? place.lastDay || place.firstDay : null,
    }));
}

/**
 * How many place rows the page shows: those in use and at least one blank one to add a place (two
 * at least), or
 * more when the manager asked for another row (the hidden count, one more after "Add another place").
 */
export function shownPlaceRows(options: { lastUsedIndex: number; keptCount: number; isAdding: boolean }): number {
  const wanted = Math.max(options.lastUsedIndex + 2, options.keptCount + (options.isAdding ? 1 : 0), 2);
  return Math.min(wanted, MAX_PLACES);
}

/** The form values of stored places, by field name. */
export function placeFormValues(places: PlaceInput[]): Record<string, string> {
  const values: Record<string, string> = {};
  places.forEach((place, index) => {
    for (const field of PLACE_FIELDS) values[`places.${index}.${field}`] = place[field] ?? "";
  });
  return values;
}
