// A submit button for one of many small forms on a page (delete this segment, take this person
// out): it says it is working only while its own form is being sent.
import { useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";

export function PendingButton({
  intent,
  target,
  children,
  pendingText,
  className = "button button--quiet",
}: {
  intent: string;
  /** The hidden field naming the thing acted on, and its value: [name, value]. */
  target: [string, string];
  children: ReactNode;
  pendingText: string;
  className?: string;
}) {
  const navigation = useNavigation();
  const isPending =
    navigation.state === "submitting" &&
    navigation.formData?.get("intent") === intent &&
    navigation.formData?.get(target[0]) === target[1];
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      className={className}
      disabled={isPending}
      aria-disabled={isPending}
    >
      {isPending ? pendingText : children}
    </button>
  );
}
