// The agenda session form: local wall-clock times at the session's place, an optional end zone
// for travel, facilitators and speakers from the system or as guests, themes and track.
import { Form } from "@remix-run/react";
import { SESSION_KIND_OPTIONS } from "~/agenda/session-form";
import type { FieldErrors, FormValues } from "~/forms/form-values";
import { ThemeCheckboxes, TimeZoneOptions } from "~/convenings/components/convening-form";
import { ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/form-fields";

function value(values: FormValues, key: string): string {
  const item = values[key];
  return Array.isArray(item) ? (item[0] ?? "") : (item ?? "");
}

function many(values: FormValues, key: string): string[] {
  const item = values[key];
  return Array.isArray(item) ? item : item ? [item] : [];
}

function PeoplePicker({ name, label, people, chosen, error }: { name: string; label: string; people: Array<{ id: string; name: string }>; chosen: string[]; error?: string }) {
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
      <select id={name} name={name} multiple size={Math.min(6, Math.max(3, people.length))} defaultValue={chosen} aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`} aria-invalid={error ? true : undefined}>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SessionForm({
  values,
  errors,
  people,
  placeNames,
  submitLabel,
  pendingLabel,
}: {
  values: FormValues;
  errors?: FieldErrors | null;
  people: Array<{ id: string; name: string }>;
  placeNames: string[];
  submitLabel: string;
  pendingLabel: string;
}) {
  const v = (key: string) => value(values, key);
  return (
    <Form method="post" className="form" noValidate>
      <ErrorSummary errors={errors} />
      <input type="hidden" name="revision" value={v("revision")} />
      <TextField name="title" label="Title" type="text" defaultValue={v("title")} error={errors?.title} />
      <SelectField name="kind" label="Kind" options={[...SESSION_KIND_OPTIONS]} defaultValue={v("kind") || "plenary"} error={errors?.kind} />
      <TextAreaField name="description" label="Description" defaultValue={v("description")} error={errors?.description} />
      <fieldset className="fieldset">
        <legend className="form-section">When, in local time at the session's place</legend>
        <TextField name="timeZone" label="Time zone of the place" type="text" list="time-zones" hint="Defaults to the convening's place." defaultValue={v("timeZone")} error={errors?.timeZone} />
        <div className="field-pair">
          <TextField name="startDate" label="Date" type="date" defaultValue={v("startDate")} />
          <TextField name="startTime" label="Starts at" type="time" defaultValue={v("startTime")} error={errors?.startTime} />
        </div>
        <div className="field-pair">
          <TextField name="endDate" label="End date" type="date" hint="Only if it ends on another day." defaultValue={v("endDate")} />
          <TextField name="endTime" label="Ends at" type="time" defaultValue={v("endTime")} error={errors?.endTime} />
        </div>
        <TextField
          name="endTimeZone"
          label="Ends in another time zone (travel)"
          type="text"
          list="time-zones"
          hint="For a journey such as London to Pittsburgh: the zone of the arrival. Leave blank otherwise."
          defaultValue={v("endTimeZone")}
          error={errors?.endTimeZone}
        />
        <SelectField
          name="repeatedHour"
          label="If the clocks go back and the time occurs twice"
          options={[
            { value: "earlier", label: "Use the first occurrence (summer time)" },
            { value: "later", label: "Use the second occurrence (winter time)" },
          ]}
          defaultValue={v("repeatedHour") || "earlier"}
        />
        <TimeZoneOptions />
      </fieldset>
      <TextField name="placeName" label="Place" type="text" list="convening-places" hint="Which of the convening's places, or another." defaultValue={v("placeName")} error={errors?.placeName} />
      <datalist id="convening-places">
        {placeNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextField name="room" label="Room" type="text" defaultValue={v("room")} error={errors?.room} />
      <TextField name="track" label="Parallel track" type="text" hint="Optional label for sessions running side by side, e.g. “Track A”." defaultValue={v("track")} error={errors?.track} />
      <PeoplePicker name="facilitatorIds" label="Facilitators" people={people} chosen={many(values, "facilitatorIds")} error={errors?.facilitatorIds} />
      <TextAreaField name="guestFacilitators" label="Guest facilitators" hint="People without a record in the planner: one name per line." defaultValue={v("guestFacilitators")} error={errors?.guestFacilitators} rows={2} />
      <PeoplePicker name="speakerIds" label="Speakers" people={people} chosen={many(values, "speakerIds")} error={errors?.speakerIds} />
      <TextAreaField name="guestSpeakers" label="Guest speakers" hint="One name per line." defaultValue={v("guestSpeakers")} error={errors?.guestSpeakers} rows={2} />
      <ThemeCheckboxes values={values} error={errors?.themes} />
      <SubmitButton pendingText={pendingLabel}>{submitLabel}</SubmitButton>
    </Form>
  );
}
