// A group of checkboxes sharing one field (the delegates on a segment), with the field's error; the
// first box carries the field's id, where the error summary links.
import { getInputProps } from "@conform-to/react";
import { errorOf, type Field } from "~/components/form-fields";

export function ChoiceCheckboxes({
  field,
  legend,
  hint,
  options,
}: {
  field: Field;
  legend: string;
  hint?: string;
  options: Array<{ value: string; label: string }>;
}) {
  const error = errorOf(field);
  const describedBy = [hint ? `${field.name}-hint` : null, error ? `${field.name}-error` : null].filter(Boolean);
  return (
    <fieldset
      className={error ? "fieldset field--error" : "fieldset"}
      aria-describedby={describedBy.length > 0 ? describedBy.join(" ") : undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${field.name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${field.name}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="choice-checkboxes">
        {options.map((option, index) => {
          // One box of a group: `multiple` (from the list schema) means nothing on a checkbox.
          const {
            key: _key,
            multiple: _multiple,
            ...props
          } = getInputProps(field, { type: "checkbox", value: option.value, ariaAttributes: false });
          return (
            <label key={option.value} className="checkbox">
              <input {...props} id={index === 0 ? field.name : undefined} />
              {option.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
