// The fields of the action form, shared by fast entry, the city plan and the edit form, bound to
// one conform form read by actionFormSchema (useActionForm).
import { getInputProps, getSelectProps } from "@conform-to/react";
import { errorOf, SelectField, TextAreaField, TextField, type Field } from "~/components/form-fields";
import { actionFormSchema } from "~/follow-ups/action-form";
import { nestedValues, useSchemaForm, type FormFields, type FormResult } from "~/forms/schema-form";

export type OwnerOption = { id: string; name: string; cityId: string | null };
export type CityOption = { id: string; name: string };
export type FrameworkOption = { code: string; title: string };

const PRIORITY_OPTIONS = [
  { value: "medium", label: "Medium" },
  { value: "high", label: "High" },
  { value: "low", label: "Low" },
];

/** An action form: `id` names it on its page, `values` are what it shows before any answer. */
export function useActionForm({
  id,
  lastResult,
  values,
}: {
  id: string;
  lastResult?: FormResult | null;
  values: FormFields;
}) {
  return useSchemaForm({ id, schema: actionFormSchema, lastResult, defaultValue: nestedValues(values) });
}

type ActionFieldset = ReturnType<typeof useActionForm>[1];

function CheckboxGroup({ field, legend, options }: { field: Field; legend: string; options: FrameworkOption[] }) {
  const error = errorOf(field);
  const name = field.name;
  return (
    <fieldset
      className={error ? "fieldset field--error action-checks" : "fieldset action-checks"}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {options.map((option) => {
        // One checkbox of a group: `multiple` (from the list schema) means nothing on a checkbox.
        const {
          key: _key,
          multiple: _multiple,
          ...props
        } = getInputProps(field, { type: "checkbox", value: option.code, ariaAttributes: false });
        return (
          <label className="checkbox" key={option.code}>
            <input {...props} id={`${name}-${option.code}`} />
            <span>
              <span className="badge badge--neutral">{option.code}</span> {option.title}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** The owner list grouped by city; a rep only sees their own city's people. */
function OwnerSelect({ field, owners, cities }: { field: Field; owners: OwnerOption[]; cities: CityOption[] }) {
  const error = errorOf(field);
  const byCity = new Map<string, OwnerOption[]>();
  for (const owner of owners) byCity.set(owner.cityId ?? "", [...(byCity.get(owner.cityId ?? "") ?? []), owner]);
  const groups = [
    ...cities.map((city) => ({ label: city.name, id: city.id })),
    { label: "Programme team and partners", id: "" },
  ].filter((group) => byCity.has(group.id));
  const describedBy = ["ownerPersonId-hint", error ? "ownerPersonId-error" : null].filter(Boolean).join(" ");
  const { key: _key, ...props } = getSelectProps(field, { ariaAttributes: false });
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor="ownerPersonId">Owner (optional)</label>
      <p className="field__hint" id="ownerPersonId-hint">
        The person who will make it happen. Without one, the city's operational lead gets the reminders.
      </p>
      {error ? (
        <p className="field__error" id="ownerPersonId-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <select {...props} id="ownerPersonId" aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        <option value="">No owner yet</option>
        {groups.map((group) => (
          <optgroup key={group.id || "none"} label={group.label}>
            {byCity.get(group.id)!.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** The text of a field as it will show: what was typed, else the form's usual default. */
const shown = (field: Field, fallback: string) =>
  typeof field.initialValue === "string" && field.initialValue !== "" ? field.initialValue : fallback;

export function ActionFields({
  fields,
  cities,
  owners,
  themes,
  principles,
  sessions,
  isCityFixed,
  fixedCityId,
  autoFocusTitle,
}: {
  fields: ActionFieldset;
  cities: CityOption[];
  owners: OwnerOption[];
  themes: FrameworkOption[];
  principles: FrameworkOption[];
  sessions?: Array<{ id: string; label: string }>;
  isCityFixed?: boolean;
  /** The owning city when the form does not offer a choice (a city's own plan). */
  fixedCityId?: string;
  autoFocusTitle?: boolean;
}) {
  const isMoreOpen =
    [fields.description, fields.resourcesNeeded].some((field) => shown(field, "") !== "") ||
    fields.principles.initialValue !== undefined ||
    Boolean(errorOf(fields.principles));
  return (
    <>
      {sessions ? (
        <SelectField
          field={fields.sessionId}
          label="Raised in session"
          hint="Kept for the next action, so you can record several in a row."
          options={[
            { value: "", label: "The convening as a whole" },
            ...sessions.map((session) => ({ value: session.id, label: session.label })),
          ]}
        />
      ) : null}
      <TextField
        field={fields.title}
        label="Action"
        hint="What will be done, in a line."
        autoComplete="off"
        required
        // A fresh form after each save: the person recording is typing the next action.
        autoFocus={autoFocusTitle}
      />
      <div className="action-form__row">
        {isCityFixed ? (
          <input type="hidden" name={fields.ownerCityId.name} value={fixedCityId ?? shown(fields.ownerCityId, "")} />
        ) : (
          <SelectField
            field={fields.ownerCityId}
            label="Owning city"
            options={[
              { value: "", label: "Choose a city" },
              ...cities.map((city) => ({ value: city.id, label: city.name })),
            ]}
          />
        )}
        <TextField field={fields.dueOn} label="Due date (optional)" type="date" />
        <SelectField
          field={fields.priority}
          label="Priority"
          options={PRIORITY_OPTIONS}
          defaultValue={shown(fields.priority, "medium")}
        />
      </div>
      <OwnerSelect field={fields.ownerPersonId} owners={owners} cities={cities} />
      <CheckboxGroup field={fields.themes} legend="Framework themes" options={themes} />
      <details className="action-form__more" open={isMoreOpen}>
        <summary>Description, resources and principles</summary>
        <TextAreaField field={fields.description} label="Description (optional)" rows={3} />
        <TextAreaField
          field={fields.resourcesNeeded}
          label="Resources needed (optional)"
          hint="Staff time, budget, data or partners this needs to land."
          rows={2}
        />
        <CheckboxGroup field={fields.principles} legend="Framework principles" options={principles} />
      </details>
    </>
  );
}
