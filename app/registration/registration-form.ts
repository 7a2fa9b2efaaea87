// The register form (a city rep or manager registers someone, or a new colleague) and the other
// forms of the register and attendee pages, each named by the intent its submit button sends.
import { z } from "zod";
import { ATTENDANCE_STATUSES } from "~/domain/vocabulary/registrations";
import { PROGRAMME_ROLES } from "~/domain/vocabulary/people";
import { calendarDay, choice, isEmailAddress, optionalChoice, requiredText, text } from "~/forms/fields";
import type { Translate } from "~/i18n/translator";

export const REGISTER_INTENT = "register";
export const CANCEL_REGISTRATION_INTENT = "cancel";
export const APPROVE_INTENT = "approve";
export const DECLINE_INTENT = "decline";
export const FILL_PLACES_INTENT = "fill";
export const PURGE_NEEDS_INTENT = "purge-needs";
export const APPROVE_SELECTED_INTENT = "approve-selected";
export const DECLINE_SELECTED_INTENT = "decline-selected";
/** Puts back a registration just cancelled or declined (undo.server.ts). */
export const UNDO_ENDING_INTENT = "undo";
/** After an undo found the place taken: the cancelled registration joins the waitlist. */
export const JOIN_WAITLIST_INTENT = "join-waitlist";

/** The register form, its messages in the reader's language (server and browser alike). */
export const registrationFormSchemaFor = (t: Translate) => {
  const stayDay = calendarDay({ invalid: t("registration.form.enterDate"), isOptional: true });
  return z
    .object({
      personId: text(),
      newName: text({ max: 120, tooLong: t("registration.form.nameTooLong") }),
      newEmail: text({ max: 254, tooLong: t("registration.form.emailTooLong") }),
      // A manager's "someone new": the city they belong to and their role in the programme.
      newCityId: text(),
      newProgrammeRole: optionalChoice(PROGRAMME_ROLES, t("registration.form.chooseProgrammeRole")),
      roleAtEvent: text({ max: 120, tooLong: t("registration.form.roleTooLong") }),
      dietaryNeeds: text({ max: 1000, tooLong: t("registration.form.dietaryTooLong") }),
      accessNeeds: text({ max: 1000, tooLong: t("registration.form.accessTooLong") }),
      arrivalDate: stayDay,
      departureDate: stayDay,
      isContactShared: z
        .string()
        .optional()
        .transform((value) => value === "on" || value === "true"),
    })
    .superRefine((value, context) => {
      const issue = (path: string, message: string) =>
        context.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
      if (value.personId === "") issue("personId", t("registration.form.chooseWho"));
      if (value.personId === "new") {
        if (!value.newName) issue("newName", t("registration.form.enterColleagueName"));
        if (!value.newEmail) issue("newEmail", t("registration.form.enterColleagueEmail"));
        else if (!isEmailAddress(value.newEmail)) issue("newEmail", t("registration.form.emailInvalid"));
      }
      if (value.arrivalDate && value.departureDate && value.departureDate < value.arrivalDate)
        issue("departureDate", t("registration.form.departureBeforeArrival"));
    });
};

export type RegistrationForm = z.infer<ReturnType<typeof registrationFormSchemaFor>>;

export const declineSchema = z.object({
  reason: requiredText("Give a reason: it is sent to the person", {
    max: 500,
    tooLong: "Keep the reason to 500 characters or fewer",
  }),
});

/** A mark on the attendance list: the registration and what the manager pressed. */
export const attendanceSchema = z.object({
  registrationId: text(),
  status: choice(ATTENDANCE_STATUSES, "Choose attended, no-show or registered."),
});

/** "Cancel my place" on a person's own convenings page. */
export const cancelMyPlaceSchema = z.object({ conveningId: text(), registrationId: text() });
