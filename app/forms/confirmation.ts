// The one server-side rule for destructive actions: a post without `confirmed=yes` does nothing
// and is answered with what it would do, for the page to ask (a dialog with JavaScript, a
// confirmation view without). The confirmed post carries the same fields plus `confirmed=yes`.

export const CONFIRMED_FIELD = "confirmed";
export const CONFIRMED_VALUE = "yes";

/** What a destructive action would do, in the words the confirmation shows. */
export type Confirmation = {
  title: string;
  message: string;
  /** e.g. "Yes, cancel Amina's place" */
  yesLabel: string;
  /** e.g. "No, keep it" */
  noLabel: string;
  /** The fields the confirmed post repeats (intent, ids). */
  fields: Record<string, string>;
  /** How "Yes" looks: danger (the default) for what takes something away, primary for what gives back. */
  tone?: ConfirmationTone;
};

export type ConfirmationTone = "danger" | "primary";

/** The class of a confirmation's "Yes" button: red only where something is taken away. */
export function yesButtonClass(confirmation: Pick<Confirmation, "tone">): string {
  return confirmation.tone === "primary" ? "button" : "button button--danger";
}

export function isConfirmed(formData: FormData): boolean {
  return formData.get(CONFIRMED_FIELD) === CONFIRMED_VALUE;
}

/** Null when the post is confirmed (go ahead); otherwise the confirmation to show instead. */
export function confirmationNeeded(formData: FormData, confirmation: Confirmation): Confirmation | null {
  return isConfirmed(formData) ? null : confirmation;
}
