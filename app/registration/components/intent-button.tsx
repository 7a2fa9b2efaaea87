// A submit button for one intent of the registration pages, which says it is working while its
// own post is under way (the shared SubmitButton takes no style or accessible name of its own).
import { useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";

export function IntentButton({
  intent,
  pendingText,
  children,
  className = "button",
  accessibleLabel,
  form,
}: {
  intent: string;
  pendingText: string;
  children: ReactNode;
  className?: string;
  accessibleLabel?: string;
  /** The form it submits when it stands outside it. */
  form?: string;
}) {
  const navigation = useNavigation();
  const isPending = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      className={className}
      aria-label={isPending ? undefined : accessibleLabel}
      aria-disabled={isPending}
      disabled={isPending}
      form={form}
    >
      {isPending ? pendingText : children}
    </button>
  );
}
