// The fields of the action form, shared by fast entry, the city plan and the edit form, bound to
// one conform form read by actionFormSchemaFor (useActionForm), in the reader's language.
import { getInputProps, getSelectProps } from "@conform-to/react";
import { useFetcher } from "@remix-run/react";
import { useEffect, useState } from "react";
import { errorOf, SelectField, TextAreaField, TextField, type Field } from "~/components/form-fields";
import { actionFormSchemaFor } from "~/follow-ups/action-form";
import { useT } from "~/i18n/use-t";
import { frameworkTitleText } from "~/i18n/vocabulary";
import { priorityLabel } from "../action-words";
import { nestedValues, useSchemaForm, type FormFields, type FormResult } from "~/forms/schema-form";

export type OwnerOption = { id: string; name: string; cityId: string | null };
export type CityOption = { id: string; name: string };
export type FrameworkOption = { code: string; title: string };

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
  const t = useT();
  return useSchemaForm({ id, schema: actionFormSchemaFor(t), lastResult, defaultValue: nestedValues(values) });
}

type ActionFieldset = ReturnType<typeof useActionForm>[1];

function CheckboxGroup({ field, legend, options }: { field: Field; legend: string; options: FrameworkOption[] }) {
  const t = useT();
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
          <span className="visually-hidden">{t("actions.fields.errorPrefix")}</span>
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
              <span className="badge badge--neutral">{option.code}</span> {frameworkTitleText(t, option.code)}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

type OwnersAnswer = { cityId: string; owners: OwnerOption[] };

/** True once the page runs its script: until then the form asks for a city's people by GET. */
function useIsHydrated() {
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);
  return isHydrated;
}

/**
 * The owner list: the people of the owning city only. `owners` are those of `ownersCityId`
 * (from the loader); when the city chosen differs, its people are read as it changes, or
 * without JavaScript after "Show people of this city" (a GET of the form as typed).
 */
function OwnerSelect({
  field,
  owners,
  ownersCityId,
  chosenCityId,
  cities,
  isCityFixed,
  isHydrated,
}: {
  field: Field;
  owners: OwnerOption[];
  ownersCityId: string | null;
  chosenCityId: string;
  cities: CityOption[];
  isCityFixed?: boolean;
  isHydrated: boolean;
}) {
  const t = useT();
  const error = errorOf(field);
  const fetcher = useFetcher<OwnersAnswer>();
  const { load } = fetcher;
  const isOtherCity = !isCityFixed && chosenCityId !== "" && chosenCityId !== ownersCityId;
  useEffect(() => {
    if (isOtherCity) load(`/actions/owners/${chosenCityId}`);
  }, [isOtherCity, chosenCityId, load]);
  const fetched = fetcher.data?.cityId === chosenCityId ? fetcher.data.owners : null;
  const offered = chosenCityId === "" ? [] : isOtherCity ? (fetched ?? []) : owners;
  const isLoading = isOtherCity && fetched === null && isHydrated;
  const cityName = cities.find((city) => city.id === chosenCityId)?.name;
  const hint =
    chosenCityId === ""
      ? t("actions.fields.ownerHintNoCity")
      : isOtherCity && !isHydrated
        ? cityName
          ? t("actions.fields.ownerHintShow", { city: cityName })
          : t("actions.fields.ownerHintShowChosen")
        : cityName
          ? t("actions.fields.ownerHint", { city: cityName })
          : t("actions.fields.ownerHintOwning");
  const describedBy = ["ownerPersonId-hint", error ? "ownerPersonId-error" : null].filter(Boolean).join(" ");
  const { key: _key, ...props } = getSelectProps(field, { ariaAttributes: false });
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor="ownerPersonId">{t("actions.fields.owner")}</label>
      <p className="field__hint" id="ownerPersonId-hint">
        {hint}
      </p>
      {error ? (
        <p className="field__error" id="ownerPersonId-error">
          <span className="visually-hidden">{t("actions.fields.errorPrefix")}</span>
          {error}
        </p>
      ) : null}
      <div className="owner-picker">
        <select
          {...props}
          // A new list of people: a fresh select, so a person of the city before is not kept.
          key={isOtherCity ? `${chosenCityId}:${fetched ? "loaded" : "waiting"}` : "loader"}
          id="ownerPersonId"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-busy={isLoading || undefined}
        >
          <option value="">{isLoading ? t("actions.fields.loadingPeople") : t("actions.fields.noOwner")}</option>
          {offered.map((owner) => (
            <option key={owner.id} value={owner.id} lang="en-GB">
              {owner.name}
            </option>
          ))}
        </select>
        {isCityFixed || isHydrated ? null : (
          <button type="submit" formMethod="get" formNoValidate className="button button--quiet">
            {t("actions.fields.showPeople")}
          </button>
        )}
      </div>
      {isLoading ? (
        <p className="visually-hidden" role="status">
          {cityName
            ? t("actions.fields.loadingPeopleOf", { city: cityName })
            : t("actions.fields.loadingPeopleOfChosen")}
        </p>
      ) : null}
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
  ownersCityId,
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
  /** The city whose people `owners` holds (null for none yet); a fixed city's form holds its own. */
  ownersCityId?: string | null;
  themes: FrameworkOption[];
  principles: FrameworkOption[];
  sessions?: Array<{ id: string; label: string }>;
  isCityFixed?: boolean;
  /** The owning city when the form does not offer a choice (a city's own plan). */
  fixedCityId?: string;
  autoFocusTitle?: boolean;
}) {
  const t = useT();
  const isHydrated = useIsHydrated();
  const chosenCityId = isCityFixed
    ? (fixedCityId ?? shown(fields.ownerCityId, ""))
    : typeof fields.ownerCityId.value === "string"
      ? fields.ownerCityId.value
      : "";
  const isMoreOpen =
    [fields.description, fields.resourcesNeeded].some((field) => shown(field, "") !== "") ||
    fields.principles.initialValue !== undefined ||
    Boolean(errorOf(fields.principles));
  return (
    <>
      {isCityFixed || isHydrated ? null : (
        // Enter in a field saves, as before: the first submit button is the form's default, and
        // "Show people of this city" (a GET) comes later.
        <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
      )}
      {sessions ? (
        <SelectField
          field={fields.sessionId}
          label={t("actions.fields.session")}
          hint={t("actions.fields.sessionHint")}
          options={[
            { value: "", label: t("actions.fields.wholeConvening") },
            ...sessions.map((session) => ({ value: session.id, label: session.label })),
          ]}
        />
      ) : null}
      <TextField
        field={fields.title}
        label={t("actions.fields.title")}
        hint={t("actions.fields.titleHint")}
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
            label={t("actions.fields.city")}
            options={[
              { value: "", label: t("actions.fields.chooseCity") },
              ...cities.map((city) => ({ value: city.id, label: city.name })),
            ]}
          />
        )}
        <TextField field={fields.dueOn} label={t("actions.fields.dueOn")} type="date" />
        <SelectField
          field={fields.priority}
          label={t("actions.fields.priority")}
          options={(["medium", "high", "low"] as const).map((priority) => ({
            value: priority,
            label: priorityLabel(t, priority),
          }))}
          defaultValue={shown(fields.priority, "medium")}
        />
      </div>
      <OwnerSelect
        field={fields.ownerPersonId}
        owners={owners}
        ownersCityId={ownersCityId ?? null}
        chosenCityId={chosenCityId}
        cities={cities}
        isCityFixed={isCityFixed}
        isHydrated={isHydrated}
      />
      <CheckboxGroup field={fields.themes} legend={t("actions.fields.themes")} options={themes} />
      <details className="action-form__more" open={isMoreOpen}>
        <summary>{t("actions.fields.more")}</summary>
        <TextAreaField field={fields.description} label={t("actions.fields.description")} rows={3} />
        <TextAreaField
          field={fields.resourcesNeeded}
          label={t("actions.fields.resources")}
          hint={t("actions.fields.resourcesHint")}
          rows={2}
        />
        <CheckboxGroup field={fields.principles} legend={t("actions.fields.principles")} options={principles} />
      </details>
    </>
  );
}
