// The convening form: field checks with messages per field, and wall-clock dates at the main place.
import { implausibleYearMessage, instantToWallClock, isValidTimeZone, wallClockToInstant } from "~/domain/local-time";
import { CONVENING_FORMAT_LABELS, CONVENING_FORMATS, CONVENING_KIND_LABELS, CONVENING_KINDS } from "~/domain/vocabulary/convenings";
import { THEME_CODES } from "~/domain/vocabulary/framework";
import type { ConveningInput, PlaceInput } from "~models/convening.server";
import { line, list, lines, text, type FieldErrors, type FormValues } from "~/forms/form-values";
import { z } from "zod";
import { calendarDay, requiredText, title } from "~/forms/fields";

export const CONVENING_KIND_OPTIONS = CONVENING_KINDS.map((value) => ({ value, label: CONVENING_KIND_LABELS[value] }));
export const CONVENING_FORMAT_OPTIONS = CONVENING_FORMATS.map((value) => ({ value, label: CONVENING_FORMAT_LABELS[value] }));

export const LIMITS = { title: 160, summary: 4000, aim: 300, aims: 12, placeName: 160, address: 300, region: 120, country: 120, url: 500, reason: 1000 };
const MAX_CONVENING_DAYS = 31;
export const MAX_PLACES = 6;

export type ParseResult<T> = { ok: true; data: T; notes: string[] } | { ok: false; errors: FieldErrors };

function tooLong(errors: FieldErrors, key: string, value: string, max: number, label: string) {
  if (value.length > max) errors[key] ??= `${label} must be ${max} characters or fewer (it has ${value.length})`;
}

function optionalCount(errors: FieldErrors, key: string, raw: string, label: string): number | null {
  if (raw === "") return null;
  if (!/^\d{1,4}$/.test(raw) || Number(raw) > 1000) {
    errors[key] = `${label} must be a whole number from 0 to 1000`;
    return null;
  }
  return Number(raw);
}

/** Place rows are numbered fields (places.0.name …); a row left entirely blank is ignored. */
export function placeRowCount(values: FormValues): number {
  let count = 0;
  for (const key of Object.keys(values)) {
    const match = /^places\.(\d+)\./.exec(key);
    if (match) count = Math.max(count, Number(match[1]) + 1);
  }
  return Math.min(count, MAX_PLACES);
}

export function parseConveningForm(values: FormValues, options: { cityIds: ReadonlySet<string> }): ParseResult<ConveningInput> {
  const errors: FieldErrors = {};
  const notes: string[] = [];
  const kind = text(values, "kind");
  if (!CONVENING_KIND_OPTIONS.some((option) => option.value === kind)) errors.kind = "Choose what kind of convening this is";
  const title = line(values, "title");
  if (!title) errors.title = "Enter a title";
  tooLong(errors, "title", title, LIMITS.title, "Title");
  const summary = text(values, "summary");
  tooLong(errors, "summary", summary, LIMITS.summary, "Summary");
  const phase = text(values, "phase");
  if (phase !== "1" && phase !== "2") errors.phase = "Choose the programme phase";
  const hostCityId = text(values, "hostCityId") || null;
  if (hostCityId && !options.cityIds.has(hostCityId)) errors.hostCityId = "Choose a host city from the list, or none";
  const format = text(values, "format");
  if (!CONVENING_FORMAT_OPTIONS.some((option) => option.value === format)) errors.format = "Choose in person, online or hybrid";
  const onlineUrl = text(values, "onlineUrl");
  if (onlineUrl) {
    tooLong(errors, "onlineUrl", onlineUrl, LIMITS.url, "Joining link");
    if (!/^https:\/\/[^\s]+\.[^\s]+$/.test(onlineUrl)) errors.onlineUrl ??= "Enter the joining link as a full address starting with https://";
  } else if (format === "online" || format === "hybrid") {
    errors.onlineUrl = "Enter the online joining link for an online or hybrid convening";
  }

  const places: PlaceInput[] = [];
  for (let index = 0; index < placeRowCount(values); index += 1) {
    const field = (name: string) => text(values, `places.${index}.${name}`);
    const place = { name: field("name"), address: field("address"), region: field("region"), country: field("country"), timeZone: field("timeZone") };
    if (!place.name && !place.address && !place.region && !place.country) continue;
    const key = (name: string) => `places.${index}.${name}`;
    if (!place.name) errors[key("name")] = "Enter the place's name";
    tooLong(errors, key("name"), place.name, LIMITS.placeName, "Place name");
    tooLong(errors, key("address"), place.address, LIMITS.address, "Address");
    tooLong(errors, key("region"), place.region, LIMITS.region, "City or region");
    tooLong(errors, key("country"), place.country, LIMITS.country, "Country");
    if (!place.timeZone) errors[key("timeZone")] = "Enter the place's time zone, such as Europe/London";
    else if (!isValidTimeZone(place.timeZone)) errors[key("timeZone")] = `"${place.timeZone}" is not a recognised IANA time zone (for example "Europe/London" or "America/New_York").`;
    places.push(place);
  }
  if (places.length === 0 && !errors["places.0.name"]) errors["places.0.name"] = "Enter at least one place (for an online meeting, “Online” and the organiser's time zone)";
  const timeZone = places[0]?.timeZone ?? "";

  const aims = lines(values, "aims");
  if (aims.length > LIMITS.aims) errors.aims = `List at most ${LIMITS.aims} aims`;
  const longAim = aims.find((aim) => aim.length > LIMITS.aim);
  if (longAim) errors.aims ??= `Each aim must be ${LIMITS.aim} characters or fewer`;
  const themes = list(values, "themes");
  if (themes.some((theme) => !(THEME_CODES as readonly string[]).includes(theme))) errors.themes = "Choose themes from the framework";

  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  if (timeZone && isValidTimeZone(timeZone)) {
    const start = wallClockToInstant(text(values, "startDate"), text(values, "startTime") || "09:00", timeZone);
    if (!start.ok) errors.startDate = start.reason === "invalid-format" ? "Enter the first day as a date, and a start time" : start.message;
    else {
      startsAt = start.instant;
      if (start.offsetNote) notes.push(start.offsetNote);
    }
    const end = wallClockToInstant(text(values, "endDate"), text(values, "endTime") || "17:00", timeZone);
    if (!end.ok) errors.endDate = end.reason === "invalid-format" ? "Enter the last day as a date, and an end time" : end.message;
    else {
      endsAt = end.instant;
      if (end.offsetNote) notes.push(end.offsetNote);
    }
    const implausibleStart = startsAt ? implausibleYearMessage(text(values, "startDate"), "a first day") : null;
    if (implausibleStart) errors.startDate = implausibleStart;
    else if (startsAt && endsAt) {
      if (endsAt.getTime() <= startsAt.getTime()) errors.endDate = "The end must be after the start";
      else if (endsAt.getTime() - startsAt.getTime() > MAX_CONVENING_DAYS * 86_400_000) errors.endDate = `A convening can last at most ${MAX_CONVENING_DAYS} days`;
      else if (endsAt.getTime() < Date.now()) notes.push("Its dates are in the past, so it is listed with past convenings.");
    }
  }

  const placesPerCity = optionalCount(errors, "placesPerCity", text(values, "placesPerCity"), "Places per city");
  const capacity = optionalCount(errors, "capacity", text(values, "capacity"), "Total capacity");
  if (capacity === 0) errors.capacity = "Total capacity must be at least 1; leave it blank for no limit";
  const cityPlaces: Array<{ cityId: string; places: number }> = [];
  for (const cityId of options.cityIds) {
    const places = optionalCount(errors, `cityPlaces.${cityId}`, text(values, `cityPlaces.${cityId}`), "Places for this city");
    if (places !== null) cityPlaces.push({ cityId, places });
  }
  let opensAt: Date | null = null;
  let closesAt: Date | null = null;
  if (timeZone && isValidTimeZone(timeZone)) {
    const opens = text(values, "registrationOpens");
    if (opens) {
      const result = wallClockToInstant(opens, "00:00", timeZone);
      if (result.ok) opensAt = result.instant;
      else errors.registrationOpens = result.reason === "invalid-format" ? "Enter the day registration opens as a date" : result.message;
    }
    const closes = text(values, "registrationCloses");
    if (closes) {
      const result = wallClockToInstant(closes, "23:59", timeZone);
      if (result.ok) closesAt = result.instant;
      else errors.registrationCloses = result.reason === "invalid-format" ? "Enter the day registration closes as a date" : result.message;
    }
    if (opensAt && closesAt && closesAt <= opensAt) errors.registrationCloses = "Registration must close after it opens";
  }

  if (Object.keys(errors).length > 0 || !startsAt || !endsAt) return { ok: false, errors };
  return {
    ok: true,
    notes,
    data: {
      kind: kind as ConveningInput["kind"],
      title,
      summary,
      phase: Number(phase) as 1 | 2,
      hostCityId,
      places,
      format: format as ConveningInput["format"],
      onlineUrl,
      timeZone,
      startsAt,
      endsAt,
      aims,
      themes: THEME_CODES.filter((code) => themes.includes(code)),
      registration: { placesPerCity, cityPlaces, capacity, opensAt, closesAt, isApprovalRequired: text(values, "isApprovalRequired") === "on" },
    },
  };
}

/** The form's values for an existing convening, times as wall-clock at its main place. */
export function conveningFormValues(convening: ConveningInput & { revision: number }): FormValues {
  const start = instantToWallClock(convening.startsAt, convening.timeZone);
  const end = instantToWallClock(convening.endsAt, convening.timeZone);
  const values: FormValues = {
    kind: convening.kind,
    title: convening.title,
    summary: convening.summary,
    phase: String(convening.phase),
    hostCityId: convening.hostCityId ?? "",
    format: convening.format,
    onlineUrl: convening.onlineUrl,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    aims: convening.aims.join("\n"),
    themes: convening.themes,
    placesPerCity: convening.registration.placesPerCity === null ? "" : String(convening.registration.placesPerCity),
    capacity: convening.registration.capacity === null ? "" : String(convening.registration.capacity),
    registrationOpens: convening.registration.opensAt ? instantToWallClock(convening.registration.opensAt, convening.timeZone).date : "",
    registrationCloses: convening.registration.closesAt ? instantToWallClock(convening.registration.closesAt, convening.timeZone).date : "",
    isApprovalRequired: convening.registration.isApprovalRequired ? "on" : "",
    revision: String(convening.revision),
  };
  for (const { cityId, places } of convening.registration.cityPlaces) values[`cityPlaces.${cityId}`] = String(places);
  convening.places.forEach((place, index) => {
    values[`places.${index}.name`] = place.name;
    values[`places.${index}.address`] = place.address;
    values[`places.${index}.region`] = place.region;
    values[`places.${index}.country`] = place.country;
    values[`places.${index}.timeZone`] = place.timeZone;
  });
  return values;
}

/** Duplicating a convening: the new title and first day (the agenda moves with it). */
export const duplicateConveningSchema = z.object({
  title: title("Enter a title for the new convening", { max: LIMITS.title, tooLong: "Title must be 160 characters or fewer" }),
  firstDay: calendarDay({ invalid: "Enter the new first day as a date", implausibleAs: "a first day" }),
});

/** Cancelling a published convening: the reason everyone who opens it sees. */
export const cancelConveningSchema = z.object({
  reason: requiredText("Give a reason: everyone who opens the convening will see it", { max: LIMITS.reason, tooLong: "Keep the reason to 1000 characters or fewer" }),
});
