// The one form pipeline (conform + zod): the action parses with parseWithZod and answers with
// submission.reply(); the page renders the form with useSchemaForm, which checks each field
// against the same schema when it loses focus. A submit always reaches the server, which stays
// the authority: the same answer, status and focused error summary with or without JavaScript.
import { useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { conformZodMessage, getZodConstraint, parseWithZod } from "@conform-to/zod/v3";
import { z } from "zod";

export type FormResult = SubmissionResult<string[]>;

/** A form's values by the names it posts ("places.0.name"), repeated fields (checkboxes) as lists. */
export type FormFields = Record<string, string | string[]>;

/** Messages per field name found on the server once the schema passed (an unknown person, held places). */
export type FieldErrors = Record<string, string>;

export type Replyable = {
  reply: (options?: {
    formErrors?: string[];
    fieldErrors?: Record<string, string[]>;
    hideFields?: string[];
  }) => FormResult;
};

/** The submission answered with messages found on the server; the input comes back as typed. */
export function replyWithErrors(
  submission: Replyable,
  errors: { fields?: FieldErrors; form?: string },
  options: { hideFields?: string[] } = {},
): FormResult {
  const fieldErrors = Object.fromEntries(
    Object.entries(errors.fields ?? {}).map(([name, message]) => [name, [message]]),
  );
  return submission.reply({
    fieldErrors,
    formErrors: errors.form ? [errors.form] : undefined,
    hideFields: options.hideFields,
  });
}

/** Someone saved the record since the form was opened: their input stays, with the current revision. */
export const STALE_MESSAGE =
  "This was changed by someone else since you opened it. Your changes are below but not saved: check the current version, then save again to keep yours.";

/** The answer with one kept value replaced (the revision a deliberate second save must carry). */
export function withKeptValue(result: FormResult, name: string, value: string): FormResult {
  return { ...result, initialValue: { ...result.initialValue, [name]: value } };
}

/**
 * Form values as the form posts them ({ "places.0.name": … }) turned into the nested shape
 * conform reads defaults from ({ places: { 0: { name } } }).
 */
export function nestedValues(values: FormFields): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const path = name.split(".");
    let target = nested;
    for (const segment of path.slice(0, -1)) {
      const next = target[segment];
      target = (target[segment] =
        typeof next === "object" && next !== null && !Array.isArray(next) ? next : {}) as Record<string, unknown>;
    }
    target[path[path.length - 1]] = value;
  }
  return nested;
}

// conform names the hidden button of its own requests (a field check on blur) "__intent__".
const CONFORM_REQUEST = "__intent__";
// Client-side, a submit is never refused: the server answers it (conform sends on when a check is undefined).
const serverDecides = z
  .any()
  .superRefine((_, context) =>
    context.addIssue({ code: z.ZodIssueCode.custom, message: conformZodMessage.VALIDATION_UNDEFINED }),
  );

/**
 * A form checked against `schema`: errors from the server's last answer (`lastResult`) shown at
 * their fields, each field checked again when it loses focus, the input kept.
 */
export function useSchemaForm<Schema extends z.ZodTypeAny>(options: {
  id: string;
  schema: Schema;
  lastResult?: FormResult | null;
  defaultValue?: Record<string, unknown>;
}) {
  return useForm<z.input<Schema>>({
    id: options.id,
    lastResult: options.lastResult,
    // Defaults are read by field name, whatever their static type (values from a loader are plain records).
    defaultValue: options.defaultValue as DefaultValue<z.input<Schema>> | undefined,
    constraint: getZodConstraint(options.schema),
    shouldValidate: "onBlur",
    onValidate({ formData }) {
      return parseWithZod(formData, { schema: formData.has(CONFORM_REQUEST) ? options.schema : serverDecides });
    },
  });
}
