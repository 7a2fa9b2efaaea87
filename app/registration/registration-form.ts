// The register form (a city rep or manager registers someone, or a new colleague) and the other
// forms of the register and attendee pages, each named by the intent its submit button sends.
import { z } from "zod";
import { ATTENDANCE_STATUSES } from "~/domain/vocabulary/registrations";
import { PROGRAMME_ROLES } from "~/domain/vocabulary/people";
import { calendarDay, choice, isEmailAddress, optionalChoice, requiredText, text } from "~/forms/fields";

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

const stayDay = calendarDay({ invalid: "Enter a date like 2027-03-25", isOptional: true });

export const registrationFormSchema = z
  .object({
    personId: text(),
    newName: text({ max: 120, tooLong: "Name must be 120 characters or fewer" }),
    newEmail: text({ max: 254, tooLong: "Email address must be 254 characters or fewer" }),
    // A manager's "someone new": the city they belong to and their role in the programme.
    newCityId: text(),
    newProgrammeRole: optionalChoice(PROGRAMME_ROLES, "Choose a role in the programme"),
    roleAtEvent: text({ max: 120, tooLong: "Role at the event must be 120 characters or fewer" }),
    dietaryNeeds: text({ max: 1000, tooLong: "Dietary needs must be 1000 characters or fewer" }),
    accessNeeds: text({ max: 1000, tooLong: "Access needs must be 1000 characters or fewer" }),
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
    if (value.personId === "") issue("personId", "Choose who you are registering");
    if (value.personId === "new") {
      if (!value.newName) issue("newName", "Enter your colleague's name");
      if (!value.newEmail) issue("newEmail", "Enter your colleague's email address");
      else if (!isEmailAddress(value.newEmail)) issue("newEmail", "Enter an email address like name@example.org");
    }
    if (value.arrivalDate && value.departureDate && value.departureDate < value.arrivalDate)
      issue("departureDate", "Departure must be on or after arrival");
  });

export type RegistrationForm = z.infer<typeof registrationFormSchema>;

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
