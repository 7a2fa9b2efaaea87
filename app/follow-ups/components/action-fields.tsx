// The fields of the action form, shared by fast entry, the city plan and the edit form.
import { SelectField, TextAreaField, TextField } from "~/components/form-fields";

export type OwnerOption = { id: string; name: string; cityId: string | null };
export type CityOption = { id: string; name: string };
export type FrameworkOption = { code: string; title: string };

type Values = Record<string, string | undefined>;
type Errors = Record<string, string | undefined> | null | undefined;

const PRIORITY_OPTIONS = [
  { value: "medium", label: "Medium" },
  { value: "high", label: "High" },
  { value: "low", label: "Low" },
];

function codes(value: string | undefined) {
  return new Set((value ?? "").split(",").filter(Boolean));
}

function CheckboxGroup({ name, legend, options, checked, error }: { name: string; legend: string; options: FrameworkOption[]; checked: Set<string>; error?: string }) {
  return (
    <fieldset className={error ? "fieldset field--error action-checks" : "fieldset action-checks"} aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {options.map((option) => (
        <label className="checkbox" key={option.code}>
          <input type="checkbox" name={name} value={option.code} defaultChecked={checked.has(option.code)} id={`${name}-${option.code}`} />
          <span>
            <span className="badge badge--neutral">{option.code}</span> {option.title}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** The owner list grouped by city; a rep only sees their own city's people. */
function OwnerSelect({ owners, cities, value, error }: { owners: OwnerOption[]; cities: CityOption[]; value: string; error?: string }) {
  const byCity = new Map<string, OwnerOption[]>();
  for (const owner of owners) byCity.set(owner.cityId ?? "", [...(byCity.get(owner.cityId ?? "") ?? []), owner]);
  const groups = [...cities.map((city) => ({ label: city.name, id: city.id })), { label: "Programme team and partners", id: "" }].filter((group) => byCity.has(group.id));
  const describedBy = ["ownerPersonId-hint", error ? "ownerPersonId-error" : null].filter(Boolean).join(" ");
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
      <select id="ownerPersonId" name="ownerPersonId" defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
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

export function ActionFields({
  values,
  errors,
  cities,
  owners,
  themes,
  principles,
  sessions,
  isCityFixed,
  autoFocusTitle,
}: {
  values: Values;
  errors: Errors;
  cities: CityOption[];
  owners: OwnerOption[];
  themes: FrameworkOption[];
  principles: FrameworkOption[];
  sessions?: Array<{ id: string; label: string }>;
  isCityFixed?: boolean;
  autoFocusTitle?: boolean;
}) {
  return (
    <>
      {sessions ? (
        <SelectField
          name="sessionId"
          label="Raised in session"
          hint="Kept for the next action, so you can record several in a row."
          options={[{ value: "", label: "The convening as a whole" }, ...sessions.map((session) => ({ value: session.id, label: session.label }))]}
          defaultValue={values.sessionId ?? ""}
          error={errors?.sessionId}
        />
      ) : null}
      <TextField
        name="title"
        label="Action"
        hint="What will be done, in a line."
        defaultValue={values.title}
        error={errors?.title}
        autoComplete="off"
        required
        // A fresh form after each save: the person recording is typing the next action.
        autoFocus={autoFocusTitle}
      />
      <div className="action-form__row">
        {isCityFixed ? (
          <input type="hidden" name="ownerCityId" value={values.ownerCityId ?? ""} />
        ) : (
          <SelectField
            name="ownerCityId"
            label="Owning city"
            options={[{ value: "", label: "Choose a city" }, ...cities.map((city) => ({ value: city.id, label: city.name }))]}
            defaultValue={values.ownerCityId ?? ""}
            error={errors?.ownerCityId}
          />
        )}
        <TextField name="dueOn" label="Due date (optional)" type="date" defaultValue={values.dueOn} error={errors?.dueOn} />
        <SelectField name="priority" label="Priority" options={PRIORITY_OPTIONS} defaultValue={values.priority ?? "medium"} error={errors?.priority} />
      </div>
      <OwnerSelect owners={owners} cities={cities} value={values.ownerPersonId ?? ""} error={errors?.ownerPersonId} />
      <CheckboxGroup name="themes" legend="Framework themes" options={themes} checked={codes(values.themes)} error={errors?.themes} />
      <details className="action-form__more" open={Boolean(values.description || values.resourcesNeeded || values.principles || errors?.principles)}>
        <summary>Description, resources and principles</summary>
        <TextAreaField name="description" label="Description (optional)" defaultValue={values.description} error={errors?.description} rows={3} />
        <TextAreaField
          name="resourcesNeeded"
          label="Resources needed (optional)"
          hint="Staff time, budget, data or partners this needs to land."
          defaultValue={values.resourcesNeeded}
          error={errors?.resourcesNeeded}
          rows={2}
        />
        <CheckboxGroup name="principles" legend="Framework principles" options={principles} checked={codes(values.principles)} error={errors?.principles} />
      </details>
    </>
  );
}
