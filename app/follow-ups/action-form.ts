// The follow-up action forms: one schema for creating (fast entry, city plan) and editing an
// action, and the progress update (status changes included). The database checks (owner and
// session exist and fit) follow in action-service.server.ts.
import { z } from "zod";
import { PRINCIPLE_CODES, THEME_CODES } from "~/domain/vocabulary/framework";
import { ACTION_PRIORITIES, ACTION_STATUSES } from "~/domain/vocabulary/follow-ups";
import { calendarDay, checkboxes, choice, optionalId, requiredText, text, title, webLink } from "~/forms/fields";
import { isCalendarDay, plausibleYears } from "~/domain/local-time";
import type { Translate } from "~/i18n/translator";

/** The forms of the action page, by the intent their button sends (a post without one is progress). */
export const PROGRESS_INTENT = "progress";
export const EDIT_ACTION_INTENT = "edit";
export const REMOVE_UPDATE_INTENT = "remove-update";

/** The action form, its messages in the reader's language (server and browser alike). */
export const actionFormSchemaFor = (t: Translate) =>
  z.object({
    title: title(t("actions.form.titleRequired"), { max: 200, tooLong: t("actions.form.titleTooLong") }),
    description: text({ max: 4000, tooLong: t("actions.form.descriptionTooLong") }),
    ownerCityId: requiredText(t("actions.form.cityRequired")),
    ownerPersonId: optionalId(t("actions.form.ownerUnknown")),
    sessionId: optionalId(t("actions.form.sessionInvalid")),
    dueOn: calendarDay({ invalid: t("actions.form.dueInvalid"), isOptional: true }).superRefine((day, context) => {
      // A typo such as 0202 or 9999 is refused, as calendarDay's implausibleAs does in English.
      if (day === "" || !isCalendarDay(day)) return;
      const { from, to } = plausibleYears();
      const year = Number(day.slice(0, 4));
      if (year < from || year > to)
        context.addIssue({ code: z.ZodIssueCode.custom, message: t("actions.form.dueImplausible", { from, to }) });
    }),
    priority: choice(ACTION_PRIORITIES, t("actions.form.priorityInvalid"), "medium"),
    resourcesNeeded: text({ max: 2000, tooLong: t("actions.form.resourcesTooLong") }),
    themes: checkboxes(THEME_CODES, t("actions.form.themesInvalid")),
    principles: checkboxes(PRINCIPLE_CODES, t("actions.form.principlesInvalid")),
    // Made for each new-action form: the same form sent twice (a retry) saves one action.
    submissionId: optionalId(t("actions.form.outOfDate")),
  });
export type ActionForm = z.infer<ReturnType<typeof actionFormSchemaFor>>;

/** The fields of the action form, as a form sent back by GET names them. */
const ACTION_FORM_FIELDS = [
  "title",
  "description",
  "ownerCityId",
  "ownerPersonId",
  "dueOn",
  "priority",
  "resourcesNeeded",
  "themes",
  "principles",
  "sessionId",
] as const satisfies ReadonlyArray<keyof ActionForm>;

const LIST_FIELDS = new Set(["themes", "principles"]);

/**
 * What was typed in an action form sent back by "Show people of this city" (a GET without
 * JavaScript), to show the form again as it was; null when the address holds no such form.
 */
export function typedActionValues(searchParams: URLSearchParams): Record<string, string | string[]> | null {
  if (!searchParams.has("ownerCityId")) return null;
  const values: Record<string, string | string[]> = {};
  for (const name of ACTION_FORM_FIELDS) {
    if (LIST_FIELDS.has(name)) values[name] = searchParams.getAll(name);
    else if (searchParams.has(name)) values[name] = searchParams.get(name) ?? "";
  }
  return values;
}

/** The progress update, its messages in the reader's language. */
export const progressFormSchemaFor = (t: Translate) =>
  z.object({
    text: text({ max: 4000, tooLong: t("actions.progress.textTooLong") }),
    evidenceUrl: webLink({ invalid: t("actions.progress.evidenceInvalid"), isHttpAllowed: true }),
    status: choice(ACTION_STATUSES, t("actions.progress.statusInvalid")),
  });
export type ProgressForm = z.infer<ReturnType<typeof progressFormSchemaFor>>;
