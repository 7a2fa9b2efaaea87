// The agenda session form: local wall-clock times at the session's place, an optional end zone
// for travel, facilitators and speakers from the system or as guests, themes and track.
import { getFormProps, getSelectProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { SESSION_KIND_OPTIONS, sessionFormSchema } from "~/agenda/session-form";
import { WelshSessionFieldset } from "~/bilingual/components/welsh-fieldsets";
import { useT } from "~/i18n/use-t";
import { placeForDay, type SessionPlaceChoice } from "~/agenda/session-place-default";
import { nestedValues, useSchemaForm, type FormFields, type FormResult } from "~/forms/schema-form";
import { ThemeCheckboxes, TimeZoneOptions } from "~/convenings/components/convening-form";
import {
  errorOf,
  ErrorSummary,
  HiddenField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  shownValue,
  type Field,
} from "~/components/form-fields";

function PeoplePicker({
  field,
  label,
  people,
}: {
  field: Field;
  label: string;
  people: Array<{ id: string; name: string }>;
}) {
  const name = field.name;
  const error = errorOf(field);
  const { key: _key, ...props } = getSelectProps(field, { ariaAttributes: false });
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={name}>{label}</label>
      <p className="field__hint" id={`${name}-hint`}>
        People with a record in the planner. Hold Ctrl (or Cmd) to choose several.
      </p>
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
      {/* One person chosen comes back as a single value; a multiple select wants a list. */}
      <select
        {...props}
        defaultValue={field.defaultOptions ?? []}
        id={name}
        multiple
        size={Math.min(6, Math.max(3, people.length))}
        aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
        aria-invalid={error ? true : undefined}
      >
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Moves the place and zone fields to the new date's place, unless the manager has typed a place
 * that is not one of the convening's (a venue of their own stays).
 */
function followDayToItsPlace(dateInput: HTMLInputElement, places: SessionPlaceChoice[]) {
  const form = dateInput.form;
  const place = placeForDay(places, dateInput.value);
  const placeInput = form?.elements.namedItem("placeName");
  const zoneInput = form?.elements.namedItem("timeZone");
  if (!place || !(placeInput instanceof HTMLInputElement) || !(zoneInput instanceof HTMLInputElement)) return;
  if (placeInput.value !== "" && !places.some((candidate) => candidate.name === placeInput.value)) return;
  placeInput.value = place.name;
  zoneInput.value = place.timeZone;
}

export function SessionForm({
  values,
  lastResult,
  people,
  placeNames,
  placeDays,
  submitLabel,
  pendingLabel,
  beforeSubmit,
}: {
  /** The session's values by field name (the convening's defaults for a new one). */
  values: FormFields;
  lastResult?: FormResult | null;
  people: Array<{ id: string; name: string }>;
  placeNames: string[];
  /** A new session's place and zone follow its date to the place whose days contain it. */
  placeDays?: SessionPlaceChoice[];
  submitLabel: string;
  pendingLabel: string;
  /** More of the same form above the button (the edit page's "Telling attendees"). */
  beforeSubmit?: ReactNode;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "session",
    schema: sessionFormSchema({ people: new Map(people.map((person) => [person.id, person.name])), t }),
    lastResult,
    defaultValue: nestedValues(values),
  });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <HiddenField field={fields.revision} />
      <TextField field={fields.title} label="Title" type="text" />
      <SelectField
        field={fields.kind}
        label="Kind"
        options={[...SESSION_KIND_OPTIONS]}
        defaultValue={shownValue(fields.kind, "plenary")}
      />
      <TextAreaField field={fields.description} label="Description" />
      <WelshSessionFieldset fields={fields} />
      <fieldset className="fieldset">
        <legend className="form-section">When, in local time at the session's place</legend>
        <TextField
          field={fields.timeZone}
          label="Time zone of the place"
          type="text"
          list="time-zones"
          hint="Defaults to the zone of the day's place."
        />
        <div className="field-pair">
          <TextField
            field={fields.startDate}
            label="Date"
            type="date"
            onChange={placeDays ? (event) => followDayToItsPlace(event.currentTarget, placeDays) : undefined}
          />
          <TextField field={fields.startTime} label="Starts at" type="time" />
        </div>
        <div className="field-pair">
          <TextField field={fields.endDate} label="End date" type="date" hint="Only if it ends on another day." />
          <TextField field={fields.endTime} label="Ends at" type="time" />
        </div>
        <TextField
          field={fields.endTimeZone}
          label="Ends in another time zone (travel)"
          type="text"
          list="time-zones"
          hint="For a journey such as London to Pittsburgh: the zone of the arrival. Leave blank otherwise."
        />
        <SelectField
          field={fields.repeatedHour}
          label="If the clocks go back and the time occurs twice"
          options={[
            { value: "earlier", label: "Use the first occurrence (summer time)" },
            { value: "later", label: "Use the second occurrence (winter time)" },
          ]}
          defaultValue={shownValue(fields.repeatedHour, "earlier")}
        />
        <TimeZoneOptions />
      </fieldset>
      <TextField
        field={fields.placeName}
        label="Place"
        type="text"
        list="convening-places"
        hint="Which of the convening's places, or another."
      />
      <datalist id="convening-places">
        {placeNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextField field={fields.room} label="Room" type="text" />
      <TextField
        field={fields.track}
        label="Parallel track"
        type="text"
        hint="Optional label for sessions running side by side, e.g. “Track A”."
      />
      <PeoplePicker field={fields.facilitatorIds} label="Facilitators" people={people} />
      <TextAreaField
        field={fields.guestFacilitators}
        label="Guest facilitators"
        hint="People without a record in the planner: one name per line."
        rows={2}
      />
      <PeoplePicker field={fields.speakerIds} label="Speakers" people={people} />
      <TextAreaField field={fields.guestSpeakers} label="Guest speakers" hint="One name per line." rows={2} />
      <ThemeCheckboxes field={fields.themes} />
      {beforeSubmit}
      <SubmitButton pendingText={pendingLabel}>{submitLabel}</SubmitButton>
    </Form>
  );
}
