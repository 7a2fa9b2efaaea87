// The action form as typed: one schema for creating (fast entry, city plan) and editing an action.
import { z } from "zod";
import { implausibleYearMessage } from "~/domain/local-time";
import { isValidDay } from "~/domain/follow-ups/action-rules";
import { PRINCIPLE_CODES, THEME_CODES } from "~/domain/vocabulary/framework";
import { ACTION_PRIORITIES as PRIORITY_VALUES, ACTION_STATUSES as STATUS_VALUES } from "~/domain/vocabulary/follow-ups";


const optionalId = z.string().trim().optional().default("");

export const actionFormSchema = z.object({
  title: z
    .string()
    .transform((value) => value.trim().replace(/\s+/g, " ")) // one line, whatever a crafted form sends
    .pipe(z.string().min(1, "Enter what needs to be done").max(200, "Keep the title to 200 characters or fewer")),
  description: z.string().trim().max(4000, "Keep the description to 4,000 characters or fewer").optional().default(""),
  ownerCityId: z.string().trim().min(1, "Choose the city that owns this action"),
  ownerPersonId: optionalId,
  sessionId: optionalId,
  dueOn: z
    .string()
    .trim()
    .optional()
    .default("")
    .superRefine((value, context) => {
      if (value === "") return;
      const message = isValidDay(value) ? implausibleYearMessage(value, "a due date") : "Enter a real date, for example 2027-04-30";
      if (message) context.addIssue({ code: z.ZodIssueCode.custom, message });
    }),
  priority: z.enum(PRIORITY_VALUES, { errorMap: () => ({ message: "Choose a priority" }) }).default("medium"),
  resourcesNeeded: z.string().trim().max(2000, "Keep resources to 2,000 characters or fewer").optional().default(""),
  themes: z.array(z.enum(THEME_CODES, { errorMap: () => ({ message: "Choose themes from the framework" }) })).default([]),
  principles: z.array(z.enum(PRINCIPLE_CODES, { errorMap: () => ({ message: "Choose principles from the framework" }) })).default([]),
});
export type ActionForm = z.infer<typeof actionFormSchema>;

export const progressFormSchema = z
  .object({
    text: z.string().trim().max(4000, "Keep the update to 4,000 characters or fewer").default(""),
    evidenceUrl: z
      .string()
      .trim()
      .default("")
      .refine((value) => value === "" || /^https?:\/\/[^\s]+\.[^\s]+/.test(value), "Enter a full link starting with https://"),
    status: z.enum(STATUS_VALUES, { errorMap: () => ({ message: "Choose a status" }) }),
  });
export type ProgressForm = z.infer<typeof progressFormSchema>;

/** Form data as the schema reads it: repeated checkboxes become arrays. */
export function actionFormInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    if (key === "themes" || key === "principles") input[key] = [...((input[key] as string[] | undefined) ?? []), value];
    else input[key] = value;
  }
  return input;
}

/** The values to show again after a refused submission, checkboxes as comma-joined codes. */
export function actionFormValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key === "intent") continue;
    values[key] = key === "themes" || key === "principles" ? [values[key], value].filter(Boolean).join(",") : value;
  }
  return values;
}
