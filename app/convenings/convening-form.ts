// The convening forms: the convening itself (new, edit), duplicating it and cancelling it. The
// convening's dates are wall-clock times at its main place, read by the local-time rules: a time
// the clocks skip is refused, a repeated hour resolved and named, an implausible year refused.
import { z } from "zod";
import { implausibleYearMessage, instantToWallClock, isValidTimeZone, wallClockToInstant } from "~/domain/local-time";
import {
  CONVENING_FORMAT_LABELS,
  CONVENING_FORMATS,
  CONVENING_KIND_LABELS,
  CONVENING_KINDS,
} from "~/domain/vocabulary/convenings";
import { THEME_CODES } from "~/domain/vocabulary/framework";
import {
  calendarDay,
  checkbox,
  checkboxes,
  choice,
  countMessage,
  countOrNull,
  isCount,
  optionalCount,
  requiredText,
  text,
  textLines,
  title,
  tooLong,
} from "~/forms/fields";
import { parseWithZod } from "@conform-to/zod/v3";
import type { FormFields, FormResult } from "~/forms/schema-form";
import type { ConveningInput } from "~models/convening.server";
import { ADD_PLACE, mainZone, PLACE_ROW_COUNT, placeFormValues, placeRowIssues, placesFromRows } from "./place-rows";

export const CONVENING_KIND_OPTIONS = CONVENING_KINDS.map((value) => ({ value, label: CONVENING_KIND_LABELS[value] }));
export const CONVENING_FORMAT_OPTIONS = CONVENING_FORMATS.map((value) => ({
  value,
  label: CONVENING_FORMAT_LABELS[value],
}));

export const LIMITS = {
  title: 160,
  summary: 4000,
  aim: 300,
  aims: 12,
  placeName: 160,
  address: 300,
  region: 120,
  country: 120,
  url: 500,
  reason: 1000,
};
const MAX_CONVENING_DAYS = 31;
export { MAX_PLACES } from "./place-rows";

export function unknownZoneMessage(zone: string) {
  return `"${zone}" is not a recognised IANA time zone (for example "Europe/London" or "America/New_York").`;
}

type Issue = { path: Array<string>; message: string };

type Fields = {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  registrationOpens: string;
  registrationCloses: string;
};

/** The convening's instants at its main place's zone, with the problems and notes on the way. */
function conveningTimes(value: Fields, timeZone: string) {
  const issues: Issue[] = [];
  const notes: string[] = [];
  const times = {
    startsAt: null as Date | null,
    endsAt: null as Date | null,
    opensAt: null as Date | null,
    closesAt: null as Date | null,
  };
  if (!timeZone || !isValidTimeZone(timeZone)) return { ...times, issues, notes };
  const start = wallClockToInstant(value.startDate, value.startTime || "09:00", timeZone);
  if (!start.ok)
    issues.push({
      path: ["startDate"],
      message: start.reason === "invalid-format" ? "Enter the first day as a date, and a start time" : start.message,
    });
  else {
    times.startsAt = start.instant;
    if (start.offsetNote) notes.push(start.offsetNote);
  }
  const end = wallClockToInstant(value.endDate, value.endTime || "17:00", timeZone);
  if (!end.ok)
    issues.push({
      path: ["endDate"],
      message: end.reason === "invalid-format" ? "Enter the last day as a date, and an end time" : end.message,
    });
  else {
    times.endsAt = end.instant;
    if (end.offsetNote) notes.push(end.offsetNote);
  }
  const { startsAt, endsAt } = times;
  const implausibleStart = startsAt ? implausibleYearMessage(value.startDate, "a first day") : null;
  if (implausibleStart) issues.push({ path: ["startDate"], message: implausibleStart });
  else if (startsAt && endsAt) {
    if (endsAt.getTime() <= startsAt.getTime())
      issues.push({ path: ["endDate"], message: "The end must be after the start" });
    else if (endsAt.getTime() - startsAt.getTime() > MAX_CONVENING_DAYS * 86_400_000)
      issues.push({ path: ["endDate"], message: `A convening can last at most ${MAX_CONVENING_DAYS} days` });
    else if (endsAt.getTime() < Date.now())
      notes.push("Its dates are in the past, so it is listed with past convenings.");
  }
  if (value.registrationOpens) {
    const opens = wallClockToInstant(value.registrationOpens, "00:00", timeZone);
    if (opens.ok) times.opensAt = opens.instant;
    else
      issues.push({
        path: ["registrationOpens"],
        message: opens.reason === "invalid-format" ? "Enter the day registration opens as a date" : opens.message,
      });
  }
  if (value.registrationCloses) {
    const closes = wallClockToInstant(value.registrationCloses, "23:59", timeZone);
    if (closes.ok) times.closesAt = closes.instant;
    else
      issues.push({
        path: ["registrationCloses"],
        message: closes.reason === "invalid-format" ? "Enter the day registration closes as a date" : closes.message,
      });
  }
  if (times.opensAt && times.closesAt && times.closesAt <= times.opensAt)
    issues.push({ path: ["registrationCloses"], message: "Registration must close after it opens" });
  return { ...times, issues, notes };
}

const placeText = (max: number, label: string) => text({ max, tooLong: tooLong(label, max) });

/**
 * The convening form. `cityIds` are the programme's cities (host city, per-city places). Its
 * output is the convening as the model stores it, the notes to tell the manager (a repeated hour
 * resolved, dates in the past) and the revision the form was opened at.
 */
export function conveningFormSchema({ cityIds }: { cityIds: ReadonlySet<string> }) {
  return z
    .object({
      kind: choice(CONVENING_KINDS, "Choose what kind of convening this is"),
      title: title("Enter a title", { max: LIMITS.title, tooLong: tooLong("Title", LIMITS.title) }),
      summary: text({ max: LIMITS.summary, tooLong: tooLong("Summary", LIMITS.summary) }),
      phase: choice(["1", "2"], "Choose the programme phase"),
      hostCityId: text().refine((id) => id === "" || cityIds.has(id), {
        message: "Choose a host city from the list, or none",
      }),
      format: choice(CONVENING_FORMATS, "Choose in person, online or hybrid"),
      onlineUrl: text().superRefine((url, context) => {
        if (url === "") return;
        if (url.length > LIMITS.url)
          context.addIssue({ code: z.ZodIssueCode.custom, message: tooLong("Joining link", LIMITS.url)(url.length) });
        else if (!/^https:\/\/[^\s]+\.[^\s]+$/.test(url))
          context.addIssue({
            code: z.ZodIssueCode.custom,
            message: "Enter the joining link as a full address starting with https://",
          });
      }),
      places: z
        .record(
          z.string(),
          z.object({
            name: placeText(LIMITS.placeName, "Place name"),
            address: placeText(LIMITS.address, "Address"),
            region: placeText(LIMITS.region, "City or region"),
            country: placeText(LIMITS.country, "Country"),
            timeZone: text(),
            firstDay: text(),
            lastDay: text(),
          }),
        )
        .optional(),
      [PLACE_ROW_COUNT]: text(),
      [ADD_PLACE]: text(),
      startDate: text(),
      startTime: text(),
      endDate: text(),
      endTime: text(),
      aims: textLines().superRefine((aims, context) => {
        if (aims.length > LIMITS.aims)
          context.addIssue({ code: z.ZodIssueCode.custom, message: `List at most ${LIMITS.aims} aims` });
        else if (aims.some((aim) => aim.length > LIMITS.aim))
          context.addIssue({
            code: z.ZodIssueCode.custom,
            message: `Each aim must be ${LIMITS.aim} characters or fewer`,
          });
      }),
      themes: checkboxes(THEME_CODES, "Choose themes from the framework"),
      placesPerCity: optionalCount("Places per city"),
      capacity: optionalCount("Total capacity").refine((capacity) => countOrNull(capacity) !== 0, {
        message: "Total capacity must be at least 1; leave it blank for no limit",
      }),
      cityPlaces: z.record(z.string(), text()).optional(),
      registrationOpens: text(),
      registrationCloses: text(),
      isApprovalRequired: checkbox(),
      revision: text(),
    })
    .superRefine((value, context) => {
      const issue = ({ path, message }: Issue) => context.addIssue({ code: z.ZodIssueCode.custom, path, message });
      if (value.onlineUrl === "" && (value.format === "online" || value.format === "hybrid")) {
        issue({ path: ["onlineUrl"], message: "Enter the online joining link for an online or hybrid convening" });
      }
      const times = conveningTimes(value, mainZone(value.places));
      times.issues.forEach(issue);
      const span =
        times.startsAt && times.endsAt && times.endsAt > times.startsAt
          ? { startsAt: times.startsAt, endsAt: times.endsAt, timeZone: mainZone(value.places) }
          : null;
      placeRowIssues(value.places, span).forEach(issue);
      for (const cityId of cityIds) {
        const places = value.cityPlaces?.[cityId]?.trim() ?? "";
        if (places !== "" && !isCount(places))
          issue({ path: ["cityPlaces", cityId], message: countMessage("Places for this city") });
      }
    })
    .transform((value) => {
      const places = placesFromRows(value.places);
      const timeZone = places[0].timeZone;
      const times = conveningTimes(value, timeZone);
      const convening: ConveningInput = {
        kind: value.kind,
        title: value.title,
        summary: value.summary,
        phase: value.phase === "1" ? 1 : 2,
        hostCityId: value.hostCityId || null,
        places,
        format: value.format,
        onlineUrl: value.onlineUrl,
        timeZone,
        startsAt: times.startsAt!,
        endsAt: times.endsAt!,
        aims: value.aims,
        themes: THEME_CODES.filter((code) => value.themes.includes(code)),
        registration: {
          placesPerCity: countOrNull(value.placesPerCity),
          cityPlaces: [...cityIds].flatMap((cityId) => {
            const places = value.cityPlaces?.[cityId]?.trim() ?? "";
            return places === "" ? [] : [{ cityId, places: Number(places) }];
          }),
          capacity: countOrNull(value.capacity),
          opensAt: times.opensAt,
          closesAt: times.closesAt,
          isApprovalRequired: value.isApprovalRequired,
        },
      };
      return { convening, notes: times.notes, revision: Number(value.revision) };
    });
}

/** The form's values for an existing convening, times as wall-clock at its main place, by field name. */
export function conveningFormValues(convening: ConveningInput & { revision: number }): FormFields {
  const start = instantToWallClock(convening.startsAt, convening.timeZone);
  const end = instantToWallClock(convening.endsAt, convening.timeZone);
  const values: FormFields = {
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
    registrationOpens: convening.registration.opensAt
      ? instantToWallClock(convening.registration.opensAt, convening.timeZone).date
      : "",
    registrationCloses: convening.registration.closesAt
      ? instantToWallClock(convening.registration.closesAt, convening.timeZone).date
      : "",
    isApprovalRequired: convening.registration.isApprovalRequired ? "on" : "",
    revision: String(convening.revision),
  };
  for (const { cityId, places } of convening.registration.cityPlaces) values[`cityPlaces.${cityId}`] = String(places);
  return { ...values, ...placeFormValues(convening.places) };
}

/**
 * "Add another place" sent without JavaScript: the form comes back as typed, with no messages and
 * one more place row (place-rows.ts). Null for any other submit.
 */
export function addPlaceReply(formData: FormData): FormResult | null {
  if (!formData.get(ADD_PLACE)) return null;
  const submission = parseWithZod(formData, { schema: z.object({}).passthrough() });
  return submission.reply();
}

/** Duplicating a convening: the new title and first day (the agenda moves with it). */
export const duplicateConveningSchema = z.object({
  title: title("Enter a title for the new convening", {
    max: LIMITS.title,
    tooLong: "Title must be 160 characters or fewer",
  }),
  firstDay: calendarDay({ invalid: "Enter the new first day as a date", implausibleAs: "a first day" }),
});

/** Cancelling a published convening: the reason everyone who opens it sees. */
export const cancelConveningSchema = z.object({
  reason: requiredText("Give a reason: everyone who opens the convening will see it", {
    max: LIMITS.reason,
    tooLong: "Keep the reason to 1000 characters or fewer",
  }),
});
