// The /me/email form: change notices as they happen, in a daily digest or not at all (radios
// with a hint each), reminders on or off, and the person's own time zone. Works without
// JavaScript; errors sit next to their fields.
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { TimeZoneOptions } from "~/convenings/components/convening-form";
import { CheckboxField, errorOf, ErrorSummary, SubmitButton, TextField, type Field } from "~/components/form-fields";
import {
  CHANGE_NOTICE_MODE_HINTS,
  CHANGE_NOTICE_MODE_LABELS,
  CHANGE_NOTICE_MODES,
} from "~/domain/vocabulary/email-preferences";
import { nestedValues, useSchemaForm, type FormFields, type FormResult } from "~/forms/schema-form";
import { emailPreferencesSchema } from "../email-preferences-form";

function ChangeNoticeModes({ field }: { field: Field }) {
  const error = errorOf(field);
  return (
    <fieldset
      className={error ? "fieldset field--error" : "fieldset"}
      aria-describedby={error ? "changeNotices-error" : undefined}
    >
      <legend className="form-section">Changes to your convenings</legend>
      <p className="field__hint">
        When a convening you are registered for (or waiting for a place at) changes its dates, place, format or joining
        link, or a session moves or is cancelled.
      </p>
      {error ? (
        <p className="field__error" id="changeNotices-error">
          {error}
        </p>
      ) : null}
      {CHANGE_NOTICE_MODES.map((mode, index) => {
        const { key: _key, ...props } = getInputProps(field, { type: "radio", value: mode, ariaAttributes: false });
        const id = index === 0 ? "changeNotices" : `changeNotices-${mode}`;
        return (
          <div key={mode}>
            <label className="checkbox">
              <input {...props} id={id} aria-describedby={`${id}-hint`} />
              {CHANGE_NOTICE_MODE_LABELS[mode]}
            </label>
            <p className="field__hint" id={`${id}-hint`}>
              {CHANGE_NOTICE_MODE_HINTS[mode]}
            </p>
          </div>
        );
      })}
      <p className="field__hint">
        The unsubscribe link in a change notice or a digest sets this to “{CHANGE_NOTICE_MODE_LABELS.none}”: no more
        emails about changes, immediate or in a digest, until you choose again here.
      </p>
    </fieldset>
  );
}

export function EmailPreferencesForm({
  values,
  lastResult,
  browserZone,
}: {
  values: FormFields;
  lastResult?: FormResult | null;
  /** The zone the person's browser reported, when it did. */
  browserZone: string | null;
}) {
  const [form, fields] = useSchemaForm({
    id: "email-preferences",
    schema: emailPreferencesSchema,
    lastResult,
    defaultValue: nestedValues(values),
  });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <ChangeNoticeModes field={fields.changeNotices} />
      <fieldset className="fieldset">
        <legend className="form-section">Reminders</legend>
        <CheckboxField
          field={fields.isReminderWanted}
          label="Email me reminders of follow-up actions I own, and my city's weekly action plan summary"
        />
      </fieldset>
      <TextField
        field={fields.timeZone}
        label="Your time zone"
        type="text"
        list="time-zones"
        autoComplete="off"
        hint={`Emails give times at the place and, where your clock reads differently, in this zone. Leave it blank for the place's time only.${browserZone ? ` Your browser says ${browserZone}.` : ""}`}
      />
      <TimeZoneOptions />
      <SubmitButton pendingText="Saving…">Save my email preferences</SubmitButton>
    </Form>
  );
}
