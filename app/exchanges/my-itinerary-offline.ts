// In the browser only: asks the itinerary's service worker (public/itinerary-sw.js) to keep this
// person's itinerary pages for offline use, and when the copy it holds was made. Without
// JavaScript or service workers nothing happens and the page works as any other.
export const ITINERARY_WORKER_URL = "/itinerary-sw.js";
// The worker controls these pages only: every other page goes to the network as before.
export const ITINERARY_WORKER_SCOPE = "/me/itinerary";

/** The printable pack of the person's own itinerary of an exchange: kept offline with the page. */
export const myPackPath = (conveningId: string) => `${ITINERARY_WORKER_SCOPE}/${conveningId}/pack`;

export type OfflineCopy = { savedAt: string | null; isOffline: boolean };

function ask(worker: ServiceWorker, message: unknown): Promise<{ savedAt: string | null }> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ savedAt: string | null }>) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}

/** Registers the worker and has it save `paths` (this page first); when the copy of this page was made. */
export async function keepForOffline(paths: string[]): Promise<OfflineCopy | null> {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return null;
  await navigator.serviceWorker.register(ITINERARY_WORKER_URL, { scope: ITINERARY_WORKER_SCOPE });
  const registration = await navigator.serviceWorker.ready;
  if (!registration.active) return null;
  const reply = await ask(registration.active, { type: "save", paths });
  return { savedAt: reply.savedAt, isOffline: !navigator.onLine };
}

/** "Wed 2 Dec, 09:12" in the device's own time: the note is the device's, as is the copy. */
export function formatSavedAt(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}
