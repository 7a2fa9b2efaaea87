// A select in a GET filter form (the URL is the state): its value from the URL, and the reason a
// value named nothing, at the field.
import { useT } from "~/i18n/use-t";

export function FilterSelect({
  name,
  label,
  value,
  options,
  error,
  id = name,
}: {
  name: string;
  /** The control's id, when the page has another control of that name. */
  id?: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
}) {
  const t = useT();
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t("forms.errorPrefix")}</span>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={error ? "" : value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
