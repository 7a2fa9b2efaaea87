// Registration rules without a database: who may register whom, when a convening takes
// registrations, how many places a city has, and the attendee CSV (the form is in registration-form.ts).
import { DateTime } from "luxon";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import type { MessageKey, MessageValues } from "~/i18n/messages";
import type { Translate } from "~/i18n/translator";
import { canRegisterFor } from "./policy";

export { PLACE_HOLDING_STATUSES };
export const ACTIVE_STATUSES = [...PLACE_HOLDING_STATUSES, "waitlisted"] as const;

export type RegistrationSettings = {
  placesPerCity: number | null;
  cityPlaces: Array<{ cityId: string; places: number | null | undefined }>;
  capacity: number | null;
  opensAt: Date | string | null;
  closesAt: Date | string | null;
  isApprovalRequired: boolean;
};

export type ConveningForRegistration = {
  status: "draft" | "published" | "cancelled" | "completed";
  startsAt: Date | string;
  endsAt: Date | string;
  timeZone: string;
  registration: RegistrationSettings;
};

/** A city's own override wins over the per-city default; null means no per-city limit. */
export function placesForCity(settings: RegistrationSettings, cityId: string | null): number | null {
  if (cityId) {
    const override = settings.cityPlaces.find((entry) => String(entry.cityId) === cityId);
    if (override && typeof override.places === "number") return override.places;
  }
  return settings.placesPerCity ?? null;
}

export type Refusal = { status: 403 | 409; message: string };

function formatLocal(instant: Date | string, zone: string, locale = "en-GB") {
  return DateTime.fromJSDate(new Date(instant), { zone }).setLocale(locale).toFormat("d LLLL yyyy, HH:mm");
}

/** The reader's words for a refusal: a translator and the locale of its dates. */
export type RefusalWords = { t: Translate; locale: string };

/** Why this convening cannot take registrations now, or null when it can; in `words`' language when given. */
export function registrationWindowRefusal(
  convening: ConveningForRegistration,
  now: Date,
  words?: RefusalWords,
): Refusal | null {
  const say = (key: MessageKey, english: string, values?: MessageValues) => (words ? words.t(key, values) : english);
  if (convening.status === "draft")
    return {
      status: 409,
      message: say(
        "registration.window.draft",
        "This convening is still a draft: registration opens once it is published.",
      ),
    };
  if (convening.status === "cancelled")
    return {
      status: 409,
      message: say(
        "registration.window.cancelled",
        "This convening has been cancelled, so it no longer takes registrations.",
      ),
    };
  const over = {
    status: 409 as const,
    message: say("registration.window.over", "This convening has already taken place."),
  };
  if (convening.status === "completed") return over;
  const { opensAt, closesAt } = convening.registration;
  if (opensAt && now < new Date(opensAt)) {
    const when = formatLocal(opensAt, convening.timeZone, words?.locale);
    return {
      status: 409,
      message: say("registration.window.opens", `Registration opens on ${when} (local time at the convening).`, {
        when,
      }),
    };
  }
  if (closesAt && now > new Date(closesAt)) {
    const when = formatLocal(closesAt, convening.timeZone, words?.locale);
    return {
      status: 409,
      message: say("registration.window.closed", `Registration closed on ${when} (local time at the convening).`, {
        when,
      }),
    };
  }
  if (now > new Date(convening.endsAt)) return over;
  return null;
}

/**
 * Why attendance cannot be marked yet, or null: from the first day at the convening's place
 * (marking someone "here" months ahead took away their cancel button and their cancellation email).
 */
export function attendanceNotYetOpen(
  convening: Pick<ConveningForRegistration, "startsAt" | "timeZone">,
  now: Date,
): string | null {
  const firstDay = DateTime.fromJSDate(new Date(convening.startsAt), { zone: convening.timeZone }).startOf("day");
  if (now.getTime() >= firstDay.toMillis()) return null;
  return `Attendance can be marked from the first day, ${firstDay.toFormat("cccc d LLLL yyyy")}.`;
}

export type Actor = { id: string; role: "manager" | "city-rep" | "participant"; cityId: string | null };

/** The registration policy's answer (who may register whom) as a refusal the register flow returns. */
export function registrationActorRefusal(actor: Actor, personCityId: string | null): Refusal | null {
  const decision = canRegisterFor(actor, personCityId);
  return decision.ok ? null : { status: 403, message: decision.reason };
}

// Spreadsheet apps run cells starting with these characters as formulas.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type AttendeeRow = {
  city: string;
  name: string;
  email: string;
  organisation: string;
  status: string;
  roleAtEvent: string;
  arrivalDate: string | null;
  departureDate: string | null;
  isContactShared: boolean;
  dietaryNeeds?: string;
  accessNeeds?: string;
  /** "4 of 5 days", for a convening of several days. */
  daysAttended?: string;
};

/**
 * The attendee list as CSV; needs columns only when the reader may see them (managers), days
 * attended only for a convening of several days.
 */
export function attendeesCsv(
  rows: AttendeeRow[],
  options: { includeNeeds: boolean; includeDaysAttended?: boolean },
): string {
  const header = [
    "City",
    "Name",
    "Email",
    "Organisation",
    "Status",
    ...(options.includeDaysAttended ? ["Days attended"] : []),
    "Role at event",
    "Arrival",
    "Departure",
    "Shares contact details",
  ];
  if (options.includeNeeds) header.push("Dietary needs", "Access needs");
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) {
    // Contact details go only to readers entitled to them: managers, or when the person consented.
    const email = options.includeNeeds || row.isContactShared ? row.email : "";
    const cells: Array<string | boolean | null> = [
      row.city,
      row.name,
      email,
      row.organisation,
      row.status,
      ...(options.includeDaysAttended ? [row.daysAttended ?? ""] : []),
      row.roleAtEvent,
      row.arrivalDate,
      row.departureDate,
      row.isContactShared ? "yes" : "no",
    ];
    if (options.includeNeeds) cells.push(row.dietaryNeeds ?? "", row.accessNeeds ?? "");
    lines.push(cells.map(csvCell).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Catering and access: how many people stated a need, and the distinct needs with counts. */
export function needsSummary(rows: Array<{ dietaryNeeds: string; accessNeeds: string }>) {
  const tally = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) {
      const key = value.trim();
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts.entries()]
      .map(([need, count]) => ({ need, count }))
      .sort((a, b) => b.count - a.count || a.need.localeCompare(b.need));
  };
  return { dietary: tally(rows.map((row) => row.dietaryNeeds)), access: tally(rows.map((row) => row.accessNeeds)) };
}

/** Places and registrations of one city at a convening, as the attendee and register pages count them. */
export type CityCount = {
  cityId: string | null;
  cityName: string;
  places: number | null;
  registered: number;
  pending: number;
  waitlisted: number;
  attended: number;
  noShow: number;
};
