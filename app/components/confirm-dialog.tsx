// One confirmation for every destructive action. The trigger form posts without `confirmed`:
// without JavaScript the action answers with a Confirmation and the page shows
// <ConfirmationView>; with JavaScript the submit opens a modal <dialog> (Escape closes it, focus
// starts on the safe choice and goes back to the trigger) whose form posts the same fields with
// confirmed=yes.
import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import { useId, useRef, type FormEvent, type ReactNode } from "react";
import { CONFIRMED_FIELD, CONFIRMED_VALUE, yesButtonClass, type Confirmation } from "~/forms/confirmation";
import { useT } from "~/i18n/use-t";

function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** The no-JavaScript confirmation: what will happen, "Yes, …" and "No, …" (back to `backTo`, else this page). */
export function ConfirmationView({ confirmation, backTo }: { confirmation: Confirmation; backTo?: string }) {
  const t = useT();
  const { pathname, search } = useLocation();
  const isBusy = useNavigation().state === "submitting";
  const titleId = useId();
  return (
    <section className="card confirmation" role="alertdialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{confirmation.title}</h2>
      <p>{confirmation.message}</p>
      <Form method="post" className="cluster">
        <HiddenFields fields={confirmation.fields} />
        <button
          type="submit"
          name={CONFIRMED_FIELD}
          value={CONFIRMED_VALUE}
          className={yesButtonClass(confirmation)}
          disabled={isBusy}
        >
          {isBusy ? t("forms.working") : confirmation.yesLabel}
        </button>
        <Link to={backTo ?? `${pathname}${search}`} className="button button--quiet">
          {confirmation.noLabel}
        </Link>
      </Form>
    </section>
  );
}

/** A one-button form for a destructive action that asks first; `action` posts to another route. */
export function ConfirmButton({
  confirmation,
  label,
  accessibleLabel,
  action,
  className = "button button--quiet",
  disabled = false,
}: {
  confirmation: Confirmation;
  /** The button's words; may hold parts in their own language (content in a visually hidden span). */
  label: ReactNode;
  accessibleLabel?: string;
  action?: string;
  className?: string;
  disabled?: boolean;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const messageId = useId();
  const isBusy = useNavigation().state === "submitting";

  function ask(event: FormEvent<HTMLFormElement>) {
    const dialog = dialogRef.current;
    if (!dialog || typeof dialog.showModal !== "function") return; // the server asks instead
    event.preventDefault();
    dialog.showModal();
    keepRef.current?.focus(); // the safe choice takes the focus first
  }

  return (
    <>
      <Form method="post" action={action} onSubmit={ask}>
        <HiddenFields fields={confirmation.fields} />
        <button ref={triggerRef} type="submit" className={className} aria-label={accessibleLabel} disabled={disabled}>
          {label}
        </button>
      </Form>
      <dialog
        ref={dialogRef}
        className="confirm-dialog"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onClose={() => triggerRef.current?.focus()}
      >
        <h2 id={titleId}>{confirmation.title}</h2>
        <p id={messageId}>{confirmation.message}</p>
        <Form method="post" action={action} className="cluster" onSubmit={() => dialogRef.current?.close()}>
          <HiddenFields fields={confirmation.fields} />
          <button
            type="submit"
            name={CONFIRMED_FIELD}
            value={CONFIRMED_VALUE}
            className={yesButtonClass(confirmation)}
            disabled={isBusy}
          >
            {confirmation.yesLabel}
          </button>
          <button
            ref={keepRef}
            type="button"
            className="button button--quiet"
            onClick={() => dialogRef.current?.close()}
          >
            {confirmation.noLabel}
          </button>
        </Form>
      </dialog>
    </>
  );
}
