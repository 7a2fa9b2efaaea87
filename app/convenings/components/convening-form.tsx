// The convening form (new, edit): details, places with their days, dates at the main place, aims, themes and
// the registration settings. Works without JavaScript; errors sit next to their fields.
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { CONVENING_FORMAT_OPTIONS, CONVENING_KIND_OPTIONS, conveningFormSchema } from "~/convenings/convening-form";
import { ADD_PLACE, PLACE_ROW_COUNT } from "~/convenings/place-rows";
import { PlaceRowsFieldset } from "./place-rows-fieldset";
import { THEME_CODES, THEME_TITLES } from "~/domain/vocabulary/framework";
import { nestedValues, useSchemaForm, type FormFields, type FormResult } from "~/forms/schema-form";
import {
  CheckboxField,
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

export const COMMON_TIME_ZONES = [
  "Europe/London",
  "Europe/Dublin",
  "Europe/Amsterdam",
  "Europe/Berlin",
  "Europe/Brussels",
  "Europe/Paris",
  "Europe/Madrid",
  "Europe/Athens",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Toronto",
  "Asia/Kolkata",
  "Australia/Sydney",
  "UTC",
];

export function TimeZoneOptions() {
  return (
    <datalist id="time-zones">
      {COMMON_TIME_ZONES.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}

/** The framework themes as checkboxes; the first carries the field's id, where the error summary links. */
export function ThemeCheckboxes({ field }: { field: Field }) {
  const error = errorOf(field);
  return (
    <fieldset
      className={error ? "fieldset field--error" : "fieldset"}
      aria-describedby={error ? "themes-error" : undefined}
    >
      <legend>Framework themes</legend>
      {error ? (
        <p className="field__error" id="themes-error">
          {error}
        </p>
      ) : null}
      {THEME_CODES.map((code) => {
        // One checkbox of a group: `multiple` (from the list schema) means nothing on a checkbox.
        const {
          key: _key,
          multiple: _multiple,
          ...props
        } = getInputProps(field, { type: "checkbox", value: code, ariaAttributes: false });
        return (
          <label key={code} className="checkbox">
            <input {...props} id={code === "T1" ? "themes" : undefined} />
            {code}: {THEME_TITLES[code]}
          </label>
        );
      })}
    </fieldset>
  );
}

export function ConveningForm({
  values,
  lastResult,
  cities,
  timeZones,
  submitLabel,
  pendingLabel,
  beforeSubmit,
}: {
  /** The convening's values by field name (empty for a new one). */
  values: FormFields;
  lastResult?: FormResult | null;
  cities: Array<{ id: string; name: string }>;
  /** The IANA zones a place's zone is chosen from. */
  timeZones: string[];
  submitLabel: string;
  pendingLabel: string;
  /** More of the same form above the button (the edit page's "Telling attendees"). */
  beforeSubmit?: ReactNode;
}) {
  const [form, fields] = useSchemaForm({
    id: "convening",
    schema: conveningFormSchema({ cityIds: new Set(cities.map((city) => city.id)) }),
    lastResult,
    defaultValue: nestedValues(values),
  });
  const places = fields.places.getFieldset();
  const cityPlaces = fields.cityPlaces.getFieldset();
  return (
    <Form method="post" className="form convening-form" {...getFormProps(form)}>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <HiddenField field={fields.revision} />
      <fieldset className="fieldset">
        <legend className="form-section">About the convening</legend>
        <SelectField
          field={fields.kind}
          label="Kind"
          options={[...CONVENING_KIND_OPTIONS]}
          defaultValue={shownValue(fields.kind, "working-group-meeting")}
        />
        <TextField field={fields.title} label="Title" type="text" required />
        <TextAreaField
          field={fields.summary}
          label="Summary"
          hint="Background for people being briefed; shown on the public agenda."
        />
        <SelectField
          field={fields.phase}
          label="Programme phase"
          options={[
            { value: "1", label: "Phase one (2017–2019)" },
            { value: "2", label: "Phase two (from June 2019)" },
          ]}
          defaultValue={shownValue(fields.phase, "2")}
        />
        <SelectField
          field={fields.hostCityId}
          label="Host city"
          options={[
            { value: "", label: "None (e.g. an exchange abroad)" },
            ...cities.map((city) => ({ value: city.id, label: city.name })),
          ]}
        />
        <SelectField
          field={fields.format}
          label="Format"
          options={[...CONVENING_FORMAT_OPTIONS]}
          defaultValue={shownValue(fields.format, "in-person")}
        />
        <TextField
          field={fields.onlineUrl}
          label="Online joining link"
          type="url"
          hint="Only the programme team and registered attendees see it."
        />
      </fieldset>

      <PlaceRowsFieldset
        rowFields={(index) => places[String(index)].getFieldset()}
        rowCountField={fields[PLACE_ROW_COUNT]}
        addPlaceField={fields[ADD_PLACE]}
        timeZones={timeZones}
      />

      <fieldset className="fieldset">
        <legend className="form-section">Dates, in local time at the main place</legend>
        <div className="field-pair">
          <TextField field={fields.startDate} label="First day" type="date" />
          <TextField
            field={fields.startTime}
            label="Starts at"
            type="time"
            defaultValue={shownValue(fields.startTime, "09:00")}
          />
        </div>
        <div className="field-pair">
          <TextField field={fields.endDate} label="Last day" type="date" />
          <TextField
            field={fields.endTime}
            label="Ends at"
            type="time"
            defaultValue={shownValue(fields.endTime, "17:00")}
          />
        </div>
      </fieldset>

      <TextAreaField
        field={fields.aims}
        label="Aims"
        hint="One aim per line, in order; they are numbered on the page."
        rows={5}
      />
      <ThemeCheckboxes field={fields.themes} />

      <fieldset className="fieldset">
        <legend className="form-section">Registration</legend>
        <div className="field-pair">
          <TextField
            field={fields.placesPerCity}
            label="Places per city"
            type="number"
            min={0}
            inputMode="numeric"
            hint="Blank: no per-city limit."
          />
          <TextField
            field={fields.capacity}
            label="Total capacity"
            type="number"
            min={0}
            inputMode="numeric"
            hint="Blank: no overall limit."
          />
        </div>
        <details
          className="city-places"
          open={cities.some(
            (city) => shownValue(cityPlaces[city.id], "") !== "" || Boolean(errorOf(cityPlaces[city.id])),
          )}
        >
          <summary>Different numbers of places for particular cities</summary>
          <p className="field__hint">Blank: the places-per-city number above.</p>
          <div className="field-pair">
            {cities.map((city) => (
              <TextField
                key={city.id}
                field={cityPlaces[city.id]}
                label={`Places for ${city.name}`}
                type="number"
                min={0}
                inputMode="numeric"
              />
            ))}
          </div>
        </details>
        <div className="field-pair">
          <TextField field={fields.registrationOpens} label="Registration opens" type="date" />
          <TextField field={fields.registrationCloses} label="Registration closes" type="date" />
        </div>
        <CheckboxField field={fields.isApprovalRequired} label="Registrations need the programme team's approval" />
      </fieldset>
      {beforeSubmit}
      <SubmitButton pendingText={pendingLabel}>{submitLabel}</SubmitButton>
    </Form>
  );
}
