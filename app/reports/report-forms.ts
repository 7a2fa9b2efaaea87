// The learning report's forms: create one for a phase or a date range, edit its text, pick or
// drop a quote. One intent per form.
import { z } from "zod";
import { calendarDay, requiredText, text, title, tooLong } from "~/forms/fields";
import type { Translate } from "~/i18n/translator";

export const CREATE_REPORT_INTENT = "create-report";
export const EDIT_TEXT_INTENT = "edit-text";
export const PICK_QUOTE_INTENT = "pick-quote";
export const DROP_QUOTE_INTENT = "drop-quote";

export const MAX_REPORT_TEXT = 10000;

/** The new-report form, its messages in the reader's language (server and browser alike). */
export const createReportSchemaFor = (t: Translate) =>
  z
    .object({
      title: title(t("reports.form.titleRequired"), {
        max: 160,
        tooLong: (length) => t("reports.form.titleTooLong", { length }),
      }),
      phase: text(),
      startsOn: calendarDay({ invalid: t("reports.form.startsOnInvalid"), isOptional: true }),
      endsOn: calendarDay({ invalid: t("reports.form.endsOnInvalid"), isOptional: true }),
      // The new report's id, made when the page was read: sending the form again makes no second report.
      reportId: text(),
    })
    .superRefine((value, context) => {
      if (value.phase !== "") return;
      if (value.startsOn === "" && value.endsOn === "") {
        context.addIssue({ code: "custom", path: ["phase"], message: t("reports.form.phaseOrRange") });
        return;
      }
      if (value.startsOn === "")
        context.addIssue({ code: "custom", path: ["startsOn"], message: t("reports.form.startsOnRequired") });
      if (value.endsOn === "")
        context.addIssue({ code: "custom", path: ["endsOn"], message: t("reports.form.endsOnRequired") });
      if (value.startsOn && value.endsOn && value.endsOn < value.startsOn)
        context.addIssue({ code: "custom", path: ["endsOn"], message: t("reports.form.endsBeforeStarts") });
    });

export const editTextSchema = z.object({
  introduction: text({ max: MAX_REPORT_TEXT, tooLong: tooLong("The introduction", MAX_REPORT_TEXT) }),
  conclusions: text({ max: MAX_REPORT_TEXT, tooLong: tooLong("The conclusions", MAX_REPORT_TEXT) }),
});

export const pickQuoteSchema = z.object({
  conveningId: requiredText("Choose the convening the quote comes from"),
  quote: requiredText("Choose a quote"),
});

export const dropQuoteSchema = z.object({ quoteId: requiredText("Choose a quote to remove") });
