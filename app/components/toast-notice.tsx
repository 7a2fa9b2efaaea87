// The note a redirect left for this page ("Saved."), in a polite live region. Rendered on the
// server, so it shows without JavaScript too.
import { useLocation } from "@remix-run/react";
import { useState } from "react";

export function ToastNotice({ toast }: { toast: { id: string; description: string } | null }) {
  const { key } = useLocation();
  // The root loader does not run again on a plain client-side navigation, so its toast would
  // linger: remember the page each note arrived on and show it there only.
  const [arrival, setArrival] = useState(toast ? { id: toast.id, key } : null);
  if (toast && arrival?.id !== toast.id) setArrival({ id: toast.id, key });
  const isShown = toast !== null && (arrival?.id !== toast.id || arrival.key === key);
  if (!toast || !isShown) return null;
  return (
    <p className="notice" role="status">
      {toast.description}
    </p>
  );
}
