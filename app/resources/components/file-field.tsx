// A file input with its label, hint and error, tied together for assistive technology as the
// shared form fields are. A browser never sends a chosen file back, so it holds no kept value.
export function FileField({
  id,
  name,
  label,
  hint,
  error,
  accept,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  error?: string;
  accept: string;
}) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <input
        type="file"
        id={id}
        name={name}
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
