// The travel documents form: every field may be left for later (the summary says what is still
// missing), but a date that is given must be a real day, and a passport, an ESTA or visa, or an
// insurance that ends before the delegate comes home is refused at its field.
import { z } from "zod";
import {
  endsBeforeReturn,
  formatLongDay,
  isPermissionNeeded,
  type TravelDocumentValues,
} from "~/domain/exchanges/travel-documents";
import { isCalendarDay } from "~/domain/local-time";
import { COUNTRY_CODES } from "~/domain/vocabulary/countries";
import {
  ENTRY_PERMISSION_KIND_LABELS,
  ENTRY_PERMISSION_KINDS,
  ENTRY_PERMISSION_STATUSES,
} from "~/domain/vocabulary/travel-documents";
import { calendarDay, optionalChoice, text, tooLong } from "~/forms/fields";

export const SAVE_TRAVEL_DOCUMENTS_INTENT = "save-travel-documents";

const day = (what: string) =>
  calendarDay({ invalid: `Enter ${what} as a date, like 2027-01-31`, implausibleAs: what, isOptional: true });

const PHONE = /^\+?[0-9][0-9 ()\-.]{5,28}$/;

/** The form for a trip that ends on `returnDay` (YYYY-MM-DD); the page builds the same one for checks on blur. */
export function travelDocumentSchema({ returnDay }: { returnDay: string }) {
  const returnText = formatLongDay(returnDay);
  return z
    .object({
      revision: text().refine((value) => /^\d{1,9}$/.test(value), { message: "Reload the page and enter this again" }),
      passportName: text({ max: 120, tooLong: tooLong("The name as on the passport", 120) }),
      nationality: optionalChoice(COUNTRY_CODES, "Choose the nationality from the list"),
      passportExpiry: day("the passport's expiry date"),
      entryKind: optionalChoice(ENTRY_PERMISSION_KINDS, "Choose ESTA, visa or not needed"),
      entryStatus: optionalChoice(ENTRY_PERMISSION_STATUSES, "Choose where the application stands"),
      entryExpiry: day("the expiry date"),
      insuranceProvider: text({ max: 120, tooLong: tooLong("The insurer", 120) }),
      insurancePolicyNumber: text({ max: 60, tooLong: tooLong("The policy number", 60) }),
      insuranceValidUntil: day("the last day of cover"),
      emergencyName: text({ max: 120, tooLong: tooLong("The contact's name", 120) }),
      emergencyRelation: text({ max: 60, tooLong: tooLong("The relation", 60) }),
      emergencyPhone: text().refine((value) => value === "" || PHONE.test(value), {
        message: "Enter the phone number in figures with its country code, like +44 117 496 0000",
      }),
    })
    .superRefine((form, context) => {
      const issue = (path: keyof typeof form, message: string) =>
        context.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
      const before = (value: string) => isCalendarDay(value) && endsBeforeReturn(value, returnDay);
      if (before(form.passportExpiry))
        issue(
          "passportExpiry",
          `The passport expires on ${formatLongDay(form.passportExpiry)}, before the return on ${returnText}: it must be valid until the return`,
        );
      if (isPermissionNeeded(form.entryKind)) {
        const label = ENTRY_PERMISSION_KIND_LABELS[form.entryKind];
        if (before(form.entryExpiry))
          issue(
            "entryExpiry",
            `The ${label} expires on ${formatLongDay(form.entryExpiry)}, before the return on ${returnText}: it must be valid until the return`,
          );
        else if (form.entryStatus === "approved" && form.entryExpiry === "")
          issue("entryExpiry", `Enter the date the approved ${label} expires`);
      }
      if (before(form.insuranceValidUntil))
        issue(
          "insuranceValidUntil",
          `The insurance ends on ${formatLongDay(form.insuranceValidUntil)}, before the return on ${returnText}: it must cover the whole trip`,
        );
    })
    .transform(({ revision, ...fields }) => {
      const isNeeded = isPermissionNeeded(fields.entryKind);
      // Without an ESTA or visa to apply for, there is no application to record.
      const details: TravelDocumentValues = {
        ...fields,
        entryStatus: isNeeded ? fields.entryStatus || "not-started" : "",
        entryExpiry: isNeeded ? fields.entryExpiry : "",
      };
      return { revision: Number(revision), details };
    });
}
