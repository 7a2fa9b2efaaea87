// The convening form (new, edit): details, places, dates at the main place, aims, themes and
// the registration settings. Works without JavaScript; errors sit next to their fields.
import { Form } from "@remix-run/react";
import { CONVENING_FORMAT_OPTIONS, CONVENING_KIND_OPTIONS, MAX_PLACES, placeRowCount } from "~/convenings/convening-form";
import { THEME_CODES, THEME_TITLES } from "~/domain/vocabulary/framework";
import { COMMON_TIME_ZONES, type FieldErrors, type FormValues } from "~/forms/form-values";
import { ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/form-fields";

function value(values: FormValues, key: string): string {
  const item = values[key];
  return Array.isArray(item) ? (item[0] ?? "") : (item ?? "");
}

export function TimeZoneOptions() {
  return (
    <datalist id="time-zones">
      {COMMON_TIME_ZONES.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}

export function ThemeCheckboxes({ values, error }: { values: FormValues; error?: string }) {
  const chosen = new Set(Array.isArray(values.themes) ? values.themes : values.themes ? [values.themes] : []);
  return (
    <fieldset className={error ? "fieldset field--error" : "fieldset"} aria-describedby={error ? "themes-error" : undefined}>
      <legend>Framework themes</legend>
      {error ? (
        <p className="field__error" id="themes-error">
          {error}
        </p>
      ) : null}
      {THEME_CODES.map((code) => (
        <label key={code} className="checkbox">
          <input type="checkbox" name="themes" value={code} defaultChecked={chosen.has(code)} id={code === "T1" ? "themes" : undefined} />
          {code}: {THEME_TITLES[code]}
        </label>
      ))}
    </fieldset>
  );
}

export function ConveningForm({
  values,
  errors,
  cities,
  submitLabel,
  pendingLabel,
}: {
  values: FormValues;
  errors?: FieldErrors | null;
  cities: Array<{ id: string; name: string }>;
  submitLabel: string;
  pendingLabel: string;
}) {
  const v = (key: string) => value(values, key);
  // The rows in use and one blank row to add a place (without JavaScript), at least two.
  let lastUsed = -1;
  for (let index = 0; index < placeRowCount(values); index += 1) {
    if (["name", "address", "region", "country"].some((field) => v(`places.${index}.${field}`).trim() !== "")) lastUsed = index;
  }
  const rows = Math.min(Math.max(lastUsed + 2, 2), MAX_PLACES);
  return (
    <Form method="post" className="form convening-form" noValidate>
      <ErrorSummary errors={errors} />
      <input type="hidden" name="revision" value={v("revision")} />
      <fieldset className="fieldset">
        <legend className="form-section">About the convening</legend>
        <SelectField name="kind" label="Kind" options={[...CONVENING_KIND_OPTIONS]} defaultValue={v("kind") || "working-group-meeting"} error={errors?.kind} />
        <TextField name="title" label="Title" type="text" defaultValue={v("title")} error={errors?.title} required />
        <TextAreaField name="summary" label="Summary" hint="Background for people being briefed; shown on the public agenda." defaultValue={v("summary")} error={errors?.summary} />
        <SelectField
          name="phase"
          label="Programme phase"
          options={[
            { value: "1", label: "Phase one (2017–2019)" },
            { value: "2", label: "Phase two (from June 2019)" },
          ]}
          defaultValue={v("phase") || "2"}
          error={errors?.phase}
        />
        <SelectField name="hostCityId" label="Host city" options={[{ value: "", label: "None (e.g. an exchange abroad)" }, ...cities.map((city) => ({ value: city.id, label: city.name }))]} defaultValue={v("hostCityId")} error={errors?.hostCityId} />
        <SelectField name="format" label="Format" options={[...CONVENING_FORMAT_OPTIONS]} defaultValue={v("format") || "in-person"} error={errors?.format} />
        <TextField name="onlineUrl" label="Online joining link" type="url" hint="Only the programme team and registered attendees see it." defaultValue={v("onlineUrl")} error={errors?.onlineUrl} />
      </fieldset>

      <fieldset className="fieldset">
        <legend className="form-section">Places</legend>
        <p className="field__hint">The first place is the main one: the convening's dates and the agenda default to its time zone. Leave a row blank to skip it.</p>
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="place-row card">
            <h3 className="place-row__title">Place {index + 1}</h3>
            <TextField name={`places.${index}.name`} label="Name" type="text" defaultValue={v(`places.${index}.name`)} error={errors?.[`places.${index}.name`]} />
            <TextField name={`places.${index}.address`} label="Address" type="text" defaultValue={v(`places.${index}.address`)} error={errors?.[`places.${index}.address`]} />
            <TextField name={`places.${index}.region`} label="City or region" type="text" defaultValue={v(`places.${index}.region`)} error={errors?.[`places.${index}.region`]} />
            <TextField name={`places.${index}.country`} label="Country" type="text" defaultValue={v(`places.${index}.country`)} error={errors?.[`places.${index}.country`]} />
            <TextField
              name={`places.${index}.timeZone`}
              label="Time zone"
              type="text"
              list="time-zones"
              hint="An IANA time zone such as Europe/London or America/New_York."
              defaultValue={v(`places.${index}.timeZone`) || (index === 0 ? "Europe/London" : "")}
              error={errors?.[`places.${index}.timeZone`]}
            />
          </div>
        ))}
        <TimeZoneOptions />
      </fieldset>

      <fieldset className="fieldset">
        <legend className="form-section">Dates, in local time at the main place</legend>
        <div className="field-pair">
          <TextField name="startDate" label="First day" type="date" defaultValue={v("startDate")} error={errors?.startDate} />
          <TextField name="startTime" label="Starts at" type="time" defaultValue={v("startTime") || "09:00"} />
        </div>
        <div className="field-pair">
          <TextField name="endDate" label="Last day" type="date" defaultValue={v("endDate")} error={errors?.endDate} />
          <TextField name="endTime" label="Ends at" type="time" defaultValue={v("endTime") || "17:00"} />
        </div>
      </fieldset>

      <TextAreaField name="aims" label="Aims" hint="One aim per line, in order; they are numbered on the page." defaultValue={v("aims")} error={errors?.aims} rows={5} />
      <ThemeCheckboxes values={values} error={errors?.themes} />

      <fieldset className="fieldset">
        <legend className="form-section">Registration</legend>
        <div className="field-pair">
          <TextField name="placesPerCity" label="Places per city" type="number" min={0} inputMode="numeric" hint="Blank: no per-city limit." defaultValue={v("placesPerCity")} error={errors?.placesPerCity} />
          <TextField name="capacity" label="Total capacity" type="number" min={0} inputMode="numeric" hint="Blank: no overall limit." defaultValue={v("capacity")} error={errors?.capacity} />
        </div>
        <details className="city-places" open={cities.some((city) => v(`cityPlaces.${city.id}`) !== "" || Boolean(errors?.[`cityPlaces.${city.id}`]))}>
          <summary>Different numbers of places for particular cities</summary>
          <p className="field__hint">Blank: the places-per-city number above.</p>
          <div className="field-pair">
            {cities.map((city) => (
              <TextField
                key={city.id}
                name={`cityPlaces.${city.id}`}
                label={`Places for ${city.name}`}
                type="number"
                min={0}
                inputMode="numeric"
                defaultValue={v(`cityPlaces.${city.id}`)}
                error={errors?.[`cityPlaces.${city.id}`]}
              />
            ))}
          </div>
        </details>
        <div className="field-pair">
          <TextField name="registrationOpens" label="Registration opens" type="date" defaultValue={v("registrationOpens")} error={errors?.registrationOpens} />
          <TextField name="registrationCloses" label="Registration closes" type="date" defaultValue={v("registrationCloses")} error={errors?.registrationCloses} />
        </div>
        <label className="checkbox">
          <input type="checkbox" name="isApprovalRequired" defaultChecked={v("isApprovalRequired") === "on"} />
          Registrations need the programme team's approval
        </label>
      </fieldset>
      <SubmitButton pendingText={pendingLabel}>{submitLabel}</SubmitButton>
    </Form>
  );
}
