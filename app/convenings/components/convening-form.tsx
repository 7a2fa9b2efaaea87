// The convening form (new, edit): details, places with their days, dates at the main place, aims, themes and
// the registration settings. Works without JavaScript; errors sit next to their fields.
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { conveningFormSchemaFor } from "~/convenings/convening-form";
import { ADD_PLACE, PLACE_ROW_COUNT } from "~/convenings/place-rows";
import { PlaceRowsFieldset } from "./place-rows-fieldset";
import { CONVENING_FORMATS, CONVENING_KINDS } from "~/domain/vocabulary/convenings";
import { THEME_CODES } from "~/domain/vocabulary/framework";
import { HTML_LANG } from "~/domain/languages";
import { useT } from "~/i18n/use-t";
import { WelshConveningFieldset } from "~/bilingual/components/welsh-fieldsets";
import { conveningFormatText, conveningKindText, frameworkTitleText } from "~/i18n/vocabulary";
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
  const t = useT();
  const error = errorOf(field);
  return (
    <fieldset
      className={error ? "fieldset field--error" : "fieldset"}
      aria-describedby={error ? "themes-error" : undefined}
    >
      <legend>{t("planning.form.themes")}</legend>
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
            {code}: {frameworkTitleText(t, code)}
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
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "convening",
    schema: conveningFormSchemaFor(t, { cityIds: new Set(cities.map((city) => city.id)) }),
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
        <legend className="form-section">{t("planning.form.about")}</legend>
        <SelectField
          field={fields.kind}
          label={t("planning.form.kind")}
          options={CONVENING_KINDS.map((value) => ({ value, label: conveningKindText(t, value) }))}
          defaultValue={shownValue(fields.kind, "working-group-meeting")}
        />
        <TextField field={fields.title} label={t("planning.form.title")} type="text" required lang={HTML_LANG.en} />
        <TextAreaField
          field={fields.summary}
          label={t("planning.form.summary")}
          hint={t("planning.form.summaryHint")}
          lang={HTML_LANG.en}
        />
        <SelectField
          field={fields.phase}
          label={t("planning.form.phase")}
          options={[
            { value: "1", label: t("planning.form.phaseOne") },
            { value: "2", label: t("planning.form.phaseTwo") },
          ]}
          defaultValue={shownValue(fields.phase, "2")}
        />
        <SelectField
          field={fields.hostCityId}
          label={t("planning.form.hostCity")}
          options={[
            { value: "", label: t("planning.form.noHostCity") },
            ...cities.map((city) => ({ value: city.id, label: city.name })),
          ]}
        />
        <SelectField
          field={fields.format}
          label={t("planning.form.format")}
          options={CONVENING_FORMATS.map((value) => ({ value, label: conveningFormatText(t, value) }))}
          defaultValue={shownValue(fields.format, "in-person")}
        />
        <TextField
          field={fields.onlineUrl}
          label={t("planning.form.onlineUrl")}
          type="url"
          hint={t("planning.form.onlineUrlHint")}
        />
      </fieldset>

      <PlaceRowsFieldset
        rowFields={(index) => places[String(index)].getFieldset()}
        rowCountField={fields[PLACE_ROW_COUNT]}
        addPlaceField={fields[ADD_PLACE]}
        timeZones={timeZones}
      />

      <fieldset className="fieldset">
        <legend className="form-section">{t("planning.form.dates")}</legend>
        <div className="field-pair">
          <TextField field={fields.startDate} label={t("planning.form.firstDay")} type="date" />
          <TextField
            field={fields.startTime}
            label={t("planning.form.startsAt")}
            type="time"
            defaultValue={shownValue(fields.startTime, "09:00")}
          />
        </div>
        <div className="field-pair">
          <TextField field={fields.endDate} label={t("planning.form.lastDay")} type="date" />
          <TextField
            field={fields.endTime}
            label={t("planning.form.endsAt")}
            type="time"
            defaultValue={shownValue(fields.endTime, "17:00")}
          />
        </div>
      </fieldset>

      <TextAreaField
        field={fields.aims}
        label={t("planning.form.aims")}
        hint={t("planning.form.aimsHint")}
        rows={5}
        lang={HTML_LANG.en}
      />
      <WelshConveningFieldset fields={fields} />
      <ThemeCheckboxes field={fields.themes} />

      <fieldset className="fieldset">
        <legend className="form-section">{t("planning.form.registration")}</legend>
        <div className="field-pair">
          <TextField
            field={fields.placesPerCity}
            label={t("planning.form.placesPerCity")}
            type="number"
            min={0}
            inputMode="numeric"
            hint={t("planning.form.placesPerCityHint")}
          />
          <TextField
            field={fields.capacity}
            label={t("planning.form.capacity")}
            type="number"
            min={0}
            inputMode="numeric"
            hint={t("planning.form.capacityHint")}
          />
        </div>
        <details
          className="city-places"
          open={cities.some(
            (city) => shownValue(cityPlaces[city.id], "") !== "" || Boolean(errorOf(cityPlaces[city.id])),
          )}
        >
          <summary>{t("planning.form.cityPlaces")}</summary>
          <p className="field__hint">{t("planning.form.cityPlacesHint")}</p>
          <div className="field-pair">
            {cities.map((city) => (
              <TextField
                key={city.id}
                field={cityPlaces[city.id]}
                label={t("planning.form.placesFor", { city: city.name })}
                type="number"
                min={0}
                inputMode="numeric"
              />
            ))}
          </div>
        </details>
        <div className="field-pair">
          <TextField field={fields.registrationOpens} label={t("planning.form.opens")} type="date" />
          <TextField field={fields.registrationCloses} label={t("planning.form.closes")} type="date" />
        </div>
        <CheckboxField field={fields.isApprovalRequired} label={t("planning.form.approval")} />
      </fieldset>
      {beforeSubmit}
      <SubmitButton pendingText={pendingLabel}>{submitLabel}</SubmitButton>
    </Form>
  );
}
