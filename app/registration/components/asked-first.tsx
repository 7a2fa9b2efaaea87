// The server's question before a destructive post (decision 029), shown where the page's notices
// are: after a post without a script, and for the forms whose typed reason a dialog cannot carry
// (declining one person, declining the selected). Focus moves to it so the question is heard.
import { useEffect, useRef } from "react";
import { ConfirmationView } from "~/components/confirm-dialog";
import type { Confirmation } from "~/forms/confirmation";

export function AskedFirst({ confirmation }: { confirmation: Confirmation }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [confirmation]);
  return (
    <div ref={ref} tabIndex={-1} className="asked-first">
      <ConfirmationView confirmation={confirmation} />
    </div>
  );
}
