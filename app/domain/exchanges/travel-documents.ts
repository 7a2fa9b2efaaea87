// Rules for a delegate's travel documents: the day they come home, which parts are complete for
// that day, the summary a city representative sees instead of the values, and when the values
// are deleted after the exchange.
import { DateTime } from "luxon";
import {
  ENTRY_PERMISSION_KIND_LABELS,
  type EntryPermissionKind,
  type EntryPermissionStatus,
} from "~/domain/vocabulary/travel-documents";

export type TravelDocumentValues = {
  passportName: string;
  /** ISO 3166-1 alpha-2 code, or "" when not given. */
  nationality: string;
  /** Calendar days are YYYY-MM-DD, "" when not given. */
  passportExpiry: string;
  entryKind: EntryPermissionKind | "";
  entryStatus: EntryPermissionStatus | "";
  entryExpiry: string;
  insuranceProvider: string;
  insurancePolicyNumber: string;
  insuranceValidUntil: string;
  emergencyName: string;
  emergencyRelation: string;
  emergencyPhone: string;
};

export const TRAVEL_DOCUMENT_FIELDS = [
  "passportName",
  "nationality",
  "passportExpiry",
  "entryKind",
  "entryStatus",
  "entryExpiry",
  "insuranceProvider",
  "insurancePolicyNumber",
  "insuranceValidUntil",
  "emergencyName",
  "emergencyRelation",
  "emergencyPhone",
] as const satisfies ReadonlyArray<keyof TravelDocumentValues>;

export const EMPTY_TRAVEL_DOCUMENTS: TravelDocumentValues = {
  passportName: "",
  nationality: "",
  passportExpiry: "",
  entryKind: "",
  entryStatus: "",
  entryExpiry: "",
  insuranceProvider: "",
  insurancePolicyNumber: "",
  insuranceValidUntil: "",
  emergencyName: "",
  emergencyRelation: "",
  emergencyPhone: "",
};

/** "26 May 2018" for a YYYY-MM-DD calendar day. */
export function formatLongDay(day: string): string {
  return DateTime.fromISO(day, { zone: "UTC" }).setLocale("en-GB").toFormat("d LLLL yyyy");
}

/**
 * The day the delegate comes home, which documents must cover: the exchange's last day at its
 * place, or their own departure date when it is later (both YYYY-MM-DD, so they compare as text).
 */
export function returnDayOf(lastDay: string, departureDate: string | null): string {
  return departureDate && departureDate > lastDay ? departureDate : lastDay;
}

/** A validity that ends before the return: the document does not cover the whole trip. */
export function endsBeforeReturn(day: string, returnDay: string): boolean {
  return day !== "" && day < returnDay;
}

/** Whether the permission must be applied for (an ESTA or a visa), rather than not needed or not chosen. */
export function isPermissionNeeded(kind: string): kind is "esta" | "visa" {
  return kind === "esta" || kind === "visa";
}

/** The parts of the documents still missing for a trip that ends on `returnDay`, in words. */
export function missingParts(values: TravelDocumentValues | null, returnDay: string): string[] {
  const v = values ?? EMPTY_TRAVEL_DOCUMENTS;
  const covers = (day: string) => day !== "" && !endsBeforeReturn(day, returnDay);
  const missing: string[] = [];
  if (!v.passportName || !v.nationality || !covers(v.passportExpiry)) missing.push("passport");
  if (v.entryKind === "") missing.push("ESTA or visa");
  else if (isPermissionNeeded(v.entryKind) && !(v.entryStatus === "approved" && covers(v.entryExpiry)))
    missing.push(ENTRY_PERMISSION_KIND_LABELS[v.entryKind]);
  if (!v.insuranceProvider || !v.insurancePolicyNumber || !covers(v.insuranceValidUntil))
    missing.push("travel insurance");
  if (!v.emergencyName || !v.emergencyPhone) missing.push("emergency contact");
  return missing;
}

/** "Complete", or "Missing: ESTA, travel insurance": all a city representative learns. */
export function completenessSummary(missing: string[]): string {
  return missing.length === 0 ? "Complete" : `Missing: ${missing.join(", ")}`;
}

const DAY_MS = 24 * 3600 * 1000;

/** When the values are deleted: `retentionDays` whole days after the exchange ends. */
export function purgeDueAt(endsAt: Date, retentionDays: number): Date {
  return new Date(endsAt.getTime() + retentionDays * DAY_MS);
}

/** The record kept once the values are gone, counted in calendar days at the exchange's place. */
export function purgeRecord(purgedAt: Date, endsAt: Date, timeZone: string): string {
  const purgedDay = DateTime.fromJSDate(purgedAt, { zone: timeZone }).startOf("day");
  const lastDay = DateTime.fromJSDate(endsAt, { zone: timeZone }).startOf("day");
  const days = Math.max(0, Math.round(purgedDay.diff(lastDay, "days").days));
  const on = purgedDay.setLocale("en-GB").toFormat("d LLLL yyyy");
  return `Travel documents deleted on ${on}, ${days} day${days === 1 ? "" : "s"} after the exchange.`;
}
