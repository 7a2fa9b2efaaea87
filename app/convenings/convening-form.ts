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
  countOrNull,
  isCount,
  requiredText,
  text,
  textLines,
  title,
} from "~/forms/fields";
import { parseWithZod } from "@conform-to/zod/v3";
import type { FormFields, FormResult } from "~/forms/schema-form";
import type { ConveningInput } from "~models/convening.server";
import { welshConveningFields, welshText } from "~/bilingual/welsh-fields";
import type { Translate } from "~/i18n/translator";
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
function conveningTimes(value: Fields, timeZone: string, t: Translate) {
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
      message: start.reason === "invalid-format" ? t("planning.error.startDate") : start.message,
    });
  else {
    times.startsAt = start.instant;
    if (start.offsetNote) notes.push(start.offsetNote);
  }
  const end = wallClockToInstant(value.endDate, value.endTime || "17:00", timeZone);
  if (!end.ok)
    issues.push({
      path: ["endDate"],
      message: end.reason === "invalid-format" ? t("planning.error.endDate") : end.message,
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
      issues.push({ path: ["endDate"], message: t("planning.error.endBeforeStart") });
    else if (endsAt.getTime() - startsAt.getTime() > MAX_CONVENING_DAYS * 86_400_000)
      issues.push({ path: ["endDate"], message: t("planning.error.tooManyDays", { max: MAX_CONVENING_DAYS }) });
    else if (endsAt.getTime() < Date.now()) notes.push(t("planning.note.past"));
  }
  if (value.registrationOpens) {
    const opens = wallClockToInstant(value.registrationOpens, "00:00", timeZone);
    if (opens.ok) times.opensAt = opens.instant;
    else
      issues.push({
        path: ["registrationOpens"],
        message: opens.reason === "invalid-format" ? t("planning.error.opens") : opens.message,
      });
  }
  if (value.registrationCloses) {
    const closes = wallClockToInstant(value.registrationCloses, "23:59", timeZone);
    if (closes.ok) times.closesAt = closes.instant;
    else
      issues.push({
        path: ["registrationCloses"],
        message: closes.reason === "invalid-format" ? t("planning.error.closes") : closes.message,
      });
  }
  if (times.opensAt && times.closesAt && times.closesAt <= times.opensAt)
    issues.push({ path: ["registrationCloses"], message: t("planning.error.closesBeforeOpens") });
  return { ...times, issues, notes };
}

/** "Title must be 160 characters or fewer (it has 175)", in the reader's language. */
const tooLongFor = (t: Translate, label: string, max: number) => (length: number) =>
  t("planning.tooLong", { label, max, length });

/** A number of places: blank, or a whole number from 0 to 1000. */
const countFor = (t: Translate, label: string) =>
  text().refine((value) => value === "" || isCount(value), { message: t("planning.count", { label, max: 1000 }) });

/**
 * The convening form. `cityIds` are the programme's cities (host city, per-city places). Its
 * output is the convening as the model stores it, the notes to tell the manager (a repeated hour
 * resolved, dates in the past) and the revision the form was opened at. Its messages are in the
 * language of `t`, on the server and in the browser alike.
 */
export function conveningFormSchemaFor(t: Translate, { cityIds }: { cityIds: ReadonlySet<string> }) {
  const placeText = (max: number, label: string) => text({ max, tooLong: tooLongFor(t, label, max) });
  return z
    .object({
      kind: choice(CONVENING_KINDS, t("planning.error.kind")),
      title: title(t("planning.error.titleRequired"), {
        max: LIMITS.title,
        tooLong: tooLongFor(t, t("planning.form.title"), LIMITS.title),
      }),
      summary: text({ max: LIMITS.summary, tooLong: tooLongFor(t, t("planning.form.summary"), LIMITS.summary) }),
      phase: choice(["1", "2"], t("planning.error.phase")),
      hostCityId: text().refine((id) => id === "" || cityIds.has(id), {
        message: t("planning.error.hostCity"),
      }),
      format: choice(CONVENING_FORMATS, t("planning.error.format")),
      onlineUrl: text().superRefine((url, context) => {
        if (url === "") return;
        if (url.length > LIMITS.url)
          context.addIssue({
            code: z.ZodIssueCode.custom,
            message: tooLongFor(t, t("planning.error.joiningLink"), LIMITS.url)(url.length),
          });
        else if (!/^https:\/\/[^\s]+\.[^\s]+$/.test(url))
          context.addIssue({
            code: z.ZodIssueCode.custom,
            message: t("planning.error.onlineUrl"),
          });
      }),
      places: z
        .record(
          z.string(),
          z.object({
            name: placeText(LIMITS.placeName, t("planning.error.placeNameLabel")),
            address: placeText(LIMITS.address, t("planning.places.address")),
            region: placeText(LIMITS.region, t("planning.places.region")),
            country: placeText(LIMITS.country, t("planning.places.country")),
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
          context.addIssue({
            code: z.ZodIssueCode.custom,
            message: t("planning.error.aimsCount", { max: LIMITS.aims }),
          });
        else if (aims.some((aim) => aim.length > LIMITS.aim))
          context.addIssue({
            code: z.ZodIssueCode.custom,
            message: t("planning.error.aimTooLong", { max: LIMITS.aim }),
          });
      }),
      ...welshConveningFields(t),
      themes: checkboxes(THEME_CODES, t("planning.error.themes")),
      placesPerCity: countFor(t, t("planning.form.placesPerCity")),
      capacity: countFor(t, t("planning.form.capacity")).refine((capacity) => countOrNull(capacity) !== 0, {
        message: t("planning.error.capacityZero"),
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
        issue({ path: ["onlineUrl"], message: t("planning.error.onlineUrlMissing") });
      }
      const times = conveningTimes(value, mainZone(value.places), t);
      times.issues.forEach(issue);
      const span =
        times.startsAt && times.endsAt && times.endsAt > times.startsAt
          ? { startsAt: times.startsAt, endsAt: times.endsAt, timeZone: mainZone(value.places) }
          : null;
      placeRowIssues(value.places, span, t).forEach(issue);
      for (const cityId of cityIds) {
        const places = value.cityPlaces?.[cityId]?.trim() ?? "";
        if (places !== "" && !isCount(places))
          issue({
            path: ["cityPlaces", cityId],
            message: t("planning.count", { label: t("planning.error.cityPlaces"), max: 1000 }),
          });
      }
    })
    .transform((value) => {
      const places = placesFromRows(value.places);
      const timeZone = places[0].timeZone;
      const times = conveningTimes(value, timeZone, t);
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
        titleCy: value.titleCy,
        summaryCy: value.summaryCy,
        aimsCy: value.aimsCy,
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
    titleCy: convening.titleCy ?? "",
    summaryCy: convening.summaryCy ?? "",
    aimsCy: (convening.aimsCy ?? []).join("\n"),
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
export const duplicateConveningSchemaFor = (t: Translate) =>
  z.object({
    title: title(t("planning.duplicate.titleRequired"), {
      max: LIMITS.title,
      tooLong: t("planning.duplicate.titleTooLong"),
    }),
    firstDay: calendarDay({ invalid: t("planning.duplicate.firstDayInvalid"), implausibleAs: "a first day" }),
  });

/** Cancelling a published convening: the reason everyone who opens it sees. */
export const cancelConveningSchemaFor = (t: Translate) =>
  z.object({
    reason: requiredText(t("planning.cancel.reasonRequired"), {
      max: LIMITS.reason,
      tooLong: t("planning.cancel.reasonTooLong"),
    }),
    reasonCy: welshText(t, LIMITS.reason),
  });
