// The follow-up action forms: one schema for creating (fast entry, city plan) and editing an
// action, and the progress update (status changes included). The database checks (owner and
// session exist and fit) follow in action-service.server.ts.
import { z } from "zod";
import { PRINCIPLE_CODES, THEME_CODES } from "~/domain/vocabulary/framework";
import { ACTION_PRIORITIES, ACTION_STATUSES } from "~/domain/vocabulary/follow-ups";
import { calendarDay, checkboxes, choice, optionalId, requiredText, text, title, webLink } from "~/forms/fields";

/** The forms of the action page, by the intent their button sends (a post without one is progress). */
export const PROGRESS_INTENT = "progress";
export const EDIT_ACTION_INTENT = "edit";
export const REMOVE_UPDATE_INTENT = "remove-update";

export const actionFormSchema = z.object({
  title: title("Enter what needs to be done", { max: 200, tooLong: "Keep the title to 200 characters or fewer" }),
  description: text({ max: 4000, tooLong: "Keep the description to 4,000 characters or fewer" }),
  ownerCityId: requiredText("Choose the city that owns this action"),
  ownerPersonId: optionalId("That person is not in the programme: choose an owner from the list"),
  sessionId: optionalId("Choose a session of this convening"),
  dueOn: calendarDay({
    invalid: "Enter a real date, for example 2027-04-30",
    implausibleAs: "a due date",
    isOptional: true,
  }),
  priority: choice(ACTION_PRIORITIES, "Choose a priority", "medium"),
  resourcesNeeded: text({ max: 2000, tooLong: "Keep resources to 2,000 characters or fewer" }),
  themes: checkboxes(THEME_CODES, "Choose themes from the framework"),
  principles: checkboxes(PRINCIPLE_CODES, "Choose principles from the framework"),
  // Made for each new-action form: the same form sent twice (a retry) saves one action.
  submissionId: optionalId("This form is out of date: reload the page and enter the action again"),
});
export type ActionForm = z.infer<typeof actionFormSchema>;

const LIST_FIELDS = new Set(["themes", "principles"]);

/**
 * What was typed in an action form sent back by "Show people of this city" (a GET without
 * JavaScript), to show the form again as it was; null when the address holds no such form.
 */
export function typedActionValues(searchParams: URLSearchParams): Record<string, string | string[]> | null {
  if (!searchParams.has("ownerCityId")) return null;
  const values: Record<string, string | string[]> = {};
  for (const name of Object.keys(actionFormSchema.shape)) {
    if (name === "submissionId") continue;
    if (LIST_FIELDS.has(name)) values[name] = searchParams.getAll(name);
    else if (searchParams.has(name)) values[name] = searchParams.get(name) ?? "";
  }
  return values;
}

export const progressFormSchema = z.object({
  text: text({ max: 4000, tooLong: "Keep the update to 4,000 characters or fewer" }),
  evidenceUrl: webLink({ invalid: "Enter a full link starting with https://", isHttpAllowed: true }),
  status: choice(ACTION_STATUSES, "Choose a status"),
});
export type ProgressForm = z.infer<typeof progressFormSchema>;
