// The note a redirect left for this page ("Saved."), in a polite live region. Rendered on the
// server, so it shows without JavaScript too.
import { useLocation } from "@remix-run/react";
import { useState } from "react";

type Toast = { id: string; description: string };

export function ToastNotice({ toast }: { toast: Toast | null }) {
  const { key } = useLocation();
  // The root loader reads the note once (its cookie is cleared), so a revalidation of the same
  // page (the viewer's time zone being learnt, a fetcher's action) answers none: keep the note
  // for the page it arrived on. A plain client-side navigation does not run the root loader,
  // so the note is shown on its own page only.
  const [arrival, setArrival] = useState(toast ? { ...toast, key } : null);
  if (toast && arrival?.id !== toast.id) setArrival({ ...toast, key });
  const shown = toast && arrival?.id !== toast.id ? toast : arrival?.key === key ? arrival : null;
  if (!shown) return null;
  return (
    <p className="notice" role="status">
      {shown.description}
    </p>
  );
}
