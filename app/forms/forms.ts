// Turning form data and validation failures into values to re-show and messages per field.
import type { ZodError } from "zod";

export type FieldErrors = Record<string, string>;

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("password")) values[key] = value;
  }
  return values;
}

/** The first message per field, keyed by the field's name. */
export function fieldErrors(error: ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
