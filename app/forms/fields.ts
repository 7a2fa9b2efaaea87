// Field schemas every form shares: how free text, a title, a calendar day, an email address, a
// link, an id, a count, a choice or a set of checkboxes is read from what was typed, and the
// message when it cannot be. Each reads a blank field ("", or undefined as conform sends it) as
// empty, and reports by refinement without aborting, so a form lists every problem at once and
// its cross-field checks still run (a zod transform after a failed check would abort the form).
import { z } from "zod";
import { implausibleYearMessage, isCalendarDay } from "~/domain/local-time";

export type LengthMessage = string | ((length: number) => string);
type TextOptions = { max?: number; tooLong?: LengthMessage };

/** "Title must be 160 characters or fewer (it has 161)": the limit and the length typed, so it can be shortened. */
export function tooLong(label: string, max: number): (length: number) => string {
  return (length) => `${label} must be ${max} characters or fewer (it has ${length})`;
}

function issue(context: z.RefinementCtx, message: string, path?: Array<string | number>) {
  context.addIssue({ code: z.ZodIssueCode.custom, message, path });
}

function checkLength({ max, tooLong: message }: TextOptions) {
  return (value: string, context: z.RefinementCtx) => {
    if (max === undefined || value.length <= max) return;
    issue(
      context,
      typeof message === "function" ? message(value.length) : (message ?? tooLong("This", max)(value.length)),
    );
  };
}

function checkRequired(message: string) {
  return (value: string, context: z.RefinementCtx) => {
    if (value === "") issue(context, message);
  };
}

const blankable = () => z.string().optional();

/** Free text, trimmed; "" when left blank. */
export function text(options: TextOptions = {}) {
  return blankable()
    .transform((value) => (value ?? "").trim())
    .superRefine(checkLength(options));
}

/** Free text that must be given: `required` when blank. */
export function requiredText(required: string, options: TextOptions = {}) {
  return text(options).superRefine(checkRequired(required));
}

/** A one-line field (a title): line breaks and runs of spaces sent by a crafted form become one space. */
export function title(required: string, options: TextOptions) {
  return blankable()
    .transform((value) => (value ?? "").trim().replace(/\s+/g, " "))
    .superRefine(checkRequired(required))
    .superRefine(checkLength(options));
}

/** The non-empty lines of a textarea, each trimmed (aims, guest names). */
export function textLines() {
  return text().transform((value) =>
    value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  );
}

/** Text kept exactly as typed (a password: spaces count); "" when left blank. */
export function verbatim(options: TextOptions & { required?: string } = {}) {
  return blankable()
    .transform((value) => value ?? "")
    .superRefine((value, context) => {
      if (options.required) checkRequired(options.required)(value, context);
    })
    .superRefine(checkLength(options));
}

/** Whether `value` reads as an email address (name@example.org). */
export const isEmailAddress = (value: string) => z.string().email().safeParse(value).success;

/** An email address: `required` when blank (if given), at most 254 characters, then its form. */
export function email(messages: { required?: string; tooLong: string; invalid: string }) {
  return text().superRefine((value, context) => {
    if (value === "") {
      if (messages.required) issue(context, messages.required);
    } else if (value.length > 254) issue(context, messages.tooLong);
    else if (!isEmailAddress(value)) issue(context, messages.invalid);
  });
}

/**
 * A web address, optional: a full address with a dot in the host. Joining links must be https;
 * evidence links may be http too (older council pages), and keep their looser match.
 */
export function webLink(options: TextOptions & { invalid: string; isHttpAllowed?: boolean }) {
  const pattern = options.isHttpAllowed ? /^https?:\/\/[^\s]+\.[^\s]+/ : /^https:\/\/[^\s]+\.[^\s]+$/;
  return text().superRefine((value, context) => {
    if (value === "") return;
    if (options.max !== undefined && value.length > options.max) checkLength(options)(value, context);
    else if (!pattern.test(value)) issue(context, options.invalid);
  });
}

/** An optional record id (a MongoDB ObjectId, 24 hex digits); "" when none is chosen. */
export function optionalId(invalid: string) {
  return text().refine((value) => value === "" || /^[0-9a-f]{24}$/i.test(value), { message: invalid });
}

/**
 * A calendar day typed as YYYY-MM-DD: a real date and, when `implausibleAs` names it ("a first
 * day"), in a plausible year, so typos such as 0202 or 9999 are refused. Blank is allowed only
 * with `isOptional`.
 */
export function calendarDay(options: { invalid: string; implausibleAs?: string; isOptional?: boolean }) {
  return text().superRefine((day, context) => {
    if (day === "" && options.isOptional) return;
    if (!isCalendarDay(day)) return issue(context, options.invalid);
    const implausible = options.implausibleAs ? implausibleYearMessage(day, options.implausibleAs) : null;
    if (implausible) issue(context, implausible);
  });
}

/** Whether a typed count is a whole number from 0 to `max` ("" is no number at all). */
export function isCount(value: string, max = 1000): boolean {
  return /^\d{1,4}$/.test(value) && Number(value) <= max;
}

export const countMessage = (label: string, max = 1000) => `${label} must be a whole number from 0 to ${max}`;

/** An optional whole number from 0 to 1000 typed in a box (places, capacity); read with `countOrNull`. */
export function optionalCount(label: string) {
  return text().refine((value) => value === "" || isCount(value), { message: countMessage(label) });
}

export function countOrNull(value: string): number | null {
  return value === "" ? null : Number(value);
}

/** One of `values` (a select or radio group); `fallback` when left blank, if given. */
export function choice<const T extends string>(values: readonly T[], message: string, fallback?: T) {
  return blankable()
    .transform((value) => value ?? fallback ?? "")
    .refine((value): value is T => (values as readonly string[]).includes(value), { message });
}

/** One of `values`, or "" for none. */
export function optionalChoice<const T extends string>(values: readonly T[], message: string) {
  return blankable()
    .transform((value) => value ?? "")
    .refine((value): value is T | "" => value === "" || (values as readonly string[]).includes(value), { message });
}

/** Checkboxes sharing a name: the codes ticked, each one of `values`. */
export function checkboxes<const T extends string>(values: readonly T[], message: string) {
  return z
    .array(blankable())
    .optional()
    .transform((ticked) => (ticked ?? []).map((value) => (value ?? "").trim()).filter(Boolean))
    .refine((ticked): ticked is T[] => ticked.every((value) => (values as readonly string[]).includes(value)), {
      message,
    });
}

/** A single checkbox: ticked when the browser sends "on". */
export function checkbox() {
  return blankable().transform((value) => value === "on");
}
