// The /me/email form: how the person hears of changes to their convenings, whether they get
// follow-up reminders, and their own time zone for times in emails (blank: the place's only).
import { z } from "zod";
import { isValidTimeZone } from "~/domain/local-time";
import { CHANGE_NOTICE_MODES } from "~/domain/vocabulary/email-preferences";
import { checkbox, choice, text } from "~/forms/fields";
import type { FormFields } from "~/forms/schema-form";
import type { EmailPreferences } from "~models/person.server";

export const emailPreferencesSchema = z
  .object({
    changeNotices: choice(CHANGE_NOTICE_MODES, "Choose how you hear of changes to your convenings"),
    isReminderWanted: checkbox(),
    timeZone: text().refine((zone) => zone === "" || isValidTimeZone(zone), {
      message: "Enter a time zone such as Europe/London or America/New_York, or leave it blank",
    }),
  })
  .transform((value): EmailPreferences => ({
    changeNotices: value.changeNotices,
    isReminderWanted: value.isReminderWanted,
    timeZone: value.timeZone === "" ? null : value.timeZone,
  }));

/** The form's values for the stored preferences; a zone the browser reported fills an empty zone. */
export function emailPreferencesValues(preferences: EmailPreferences, browserZone: string | null): FormFields {
  return {
    changeNotices: preferences.changeNotices,
    isReminderWanted: preferences.isReminderWanted ? "on" : "",
    timeZone: preferences.timeZone ?? browserZone ?? "",
  };
}
