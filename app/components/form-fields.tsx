// Form controls with their label, hint and error, bound to a conform field (name, kept value,
// required, the error at the field with aria-invalid and aria-describedby), the error summary
// that lists a form's problems on top, and the submit button that says it is working.
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useNavigation } from "@remix-run/react";
import {
  useEffect,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { useT } from "~/i18n/use-t";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's field: the form's own shape does not matter here
export type Field = FieldMetadata<any, any, string[]>;

type FieldShellProps = { id: string; label: string; hint?: string; error?: string; children: ReactNode };

function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  const t = useT();
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t("forms.errorPrefix")}</span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The message shown at a field: the first of its errors. */
/** The text of a field as it will show: what was typed, else the form's usual default. */
export const shownValue = (field: Field, fallback: string) =>
  typeof field.initialValue === "string" && field.initialValue !== "" ? field.initialValue : fallback;

export function errorOf(field: Field): string | undefined {
  return field.errors?.[0];
}

/** The attributes tying a control to its hint and error; ids stay the field's name unless given. */
function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function ariaFor(id: string, hint?: string, error?: string) {
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) };
}

type CommonProps = { field: Field; label: string; hint?: string; id?: string };
type InputType = "text" | "email" | "password" | "url" | "date" | "time" | "number" | "search" | "tel" | "hidden";

// No maxLength on free text: browsers cut pasted text silently; the server names the limit and
// the length typed, and keeps the text so it can be shortened.
function withoutLengthLimits<T extends { maxLength?: number; minLength?: number; key?: unknown }>(props: T) {
  const { maxLength: _maxLength, minLength: _minLength, key: _key, ...rest } = props;
  return rest;
}

export function TextField({
  field,
  label,
  hint,
  id = field.name,
  type = "text",
  ...rest
}: CommonProps & { type?: InputType } & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id" | "name">) {
  const error = errorOf(field);
  // A password never comes back from the server, so there is no value to show again.
  const props = withoutLengthLimits(getInputProps(field, { type, ariaAttributes: false, value: type !== "password" }));
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input {...props} {...ariaFor(id, hint, error)} {...rest} />
    </FieldShell>
  );
}

export function TextAreaField({
  field,
  label,
  hint,
  id = field.name,
  ...rest
}: CommonProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">) {
  const error = errorOf(field);
  const props = withoutLengthLimits(getTextareaProps(field, { ariaAttributes: false }));
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea {...props} {...ariaFor(id, hint, error)} {...rest} />
    </FieldShell>
  );
}

export type SelectOption = { value: string; label: string };
export function SelectField({
  field,
  label,
  hint,
  id = field.name,
  options,
  ...rest
}: CommonProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & { options: SelectOption[] }) {
  const error = errorOf(field);
  const { key: _key, ...props } = getSelectProps(field, { ariaAttributes: false });
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select {...props} {...ariaFor(id, hint, error)} {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A single checkbox with its label beside it (sent as "on" when ticked). */
export function CheckboxField({ field, label, className }: { field: Field; label: ReactNode; className?: string }) {
  const { key: _key, ...props } = getInputProps(field, { type: "checkbox", ariaAttributes: false });
  return (
    <label className={className ?? "checkbox"}>
      <input {...props} id={field.name} />
      {label}
    </label>
  );
}

/** A hidden input carrying a field's kept value (a revision, a fixed city). */
export function HiddenField({ field, value }: { field: Field; value?: string }) {
  return <input type="hidden" name={field.name} value={value ?? field.defaultValue ?? ""} />;
}

/** A submit button that says it is working while its form is being sent. */
export function SubmitButton({
  children,
  pendingText,
  name,
  value,
}: {
  children: ReactNode;
  pendingText: string;
  name?: string;
  value?: string;
}) {
  const navigation = useNavigation();
  const isPending =
    navigation.state === "submitting" && (name === undefined || navigation.formData?.get(name) === value);
  return (
    <button type="submit" className="button" name={name} value={value} disabled={isPending} aria-disabled={isPending}>
      {isPending ? pendingText : children}
    </button>
  );
}

/**
 * Lists the problems the server found with a form at its top and moves focus there, so keyboard
 * and screen-reader users find them. `errors` is the form's last answer (conform's result.error:
 * "" holds the form's own message); each field's message links to its control. Give it the form's
 * errorId as `id`: conform describes the form by it while the form has a message of its own.
 */
export function ErrorSummary({
  errors,
  id,
  fieldId = (name) => name,
}: {
  errors?: Record<string, string[] | null | undefined> | null;
  id?: string;
  fieldId?: (name: string) => string;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).flatMap(([name, messages]) =>
    messages?.[0] ? [[name, messages[0]] as const] : [],
  );
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [entries.length, errors]);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" id={id} role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("forms.errorSummaryTitle")}</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li key={name}>{name === "" ? message : <a href={`#${fieldId(name)}`}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  );
}
