// The learning report's forms: create one for a phase or a date range, edit its text, pick or
// drop a quote. One intent per form.
import { z } from "zod";
import { calendarDay, requiredText, text, title, tooLong } from "~/forms/fields";

export const CREATE_REPORT_INTENT = "create-report";
export const EDIT_TEXT_INTENT = "edit-text";
export const PICK_QUOTE_INTENT = "pick-quote";
export const DROP_QUOTE_INTENT = "drop-quote";

export const MAX_REPORT_TEXT = 10000;

export const createReportSchema = z
  .object({
    title: title("Give the report a title", { max: 160, tooLong: tooLong("The title", 160) }),
    phase: text(),
    startsOn: calendarDay({ invalid: "Enter the first day as YYYY-MM-DD", isOptional: true }),
    endsOn: calendarDay({ invalid: "Enter the last day as YYYY-MM-DD", isOptional: true }),
    // The new report's id, made when the page was read: sending the form again makes no second report.
    reportId: text(),
  })
  .superRefine((value, context) => {
    if (value.phase !== "") return;
    if (value.startsOn === "" && value.endsOn === "") {
      context.addIssue({ code: "custom", path: ["phase"], message: "Choose a phase, or give a first and last day" });
      return;
    }
    if (value.startsOn === "")
      context.addIssue({ code: "custom", path: ["startsOn"], message: "Enter the first day of the range" });
    if (value.endsOn === "")
      context.addIssue({ code: "custom", path: ["endsOn"], message: "Enter the last day of the range" });
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn)
      context.addIssue({ code: "custom", path: ["endsOn"], message: "The last day must be on or after the first day" });
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
