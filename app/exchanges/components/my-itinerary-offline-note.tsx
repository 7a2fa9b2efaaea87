// "Saved for offline use, as of …": shown once the itinerary's service worker holds a copy of the
// page, and, when the device is offline, that what is shown is that copy.
import { useEffect, useState } from "react";
import { formatSavedAt, keepForOffline, type OfflineCopy } from "~/exchanges/my-itinerary-offline";

export function OfflineNote({ paths }: { paths: string[] }) {
  const [copy, setCopy] = useState<OfflineCopy | null>(null);
  const key = paths.join(" ");
  useEffect(() => {
    let isCurrent = true;
    keepForOffline(key.split(" "))
      .then((saved) => {
        if (isCurrent) setCopy(saved);
      })
      // No offline copy (a private window, storage refused): the page works as before, no note.
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [key]);
  return (
    <p className="offline-note no-print" role="status">
      {copy?.savedAt
        ? copy.isOffline
          ? `You are offline. This is the copy saved on this device, as of ${formatSavedAt(copy.savedAt)}.`
          : `Saved for offline use on this device, as of ${formatSavedAt(copy.savedAt)}.`
        : null}
    </p>
  );
}
