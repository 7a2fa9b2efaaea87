// The app's own purge of travel documents: once at start and then every six hours while it runs,
// so documents are deleted on time even where cron does not run npm run purge-travel-documents.
import { purgeReportLine, purgeTravelDocuments } from "./travel-document-purge.server";

const INTERVAL_MS = 6 * 3600 * 1000;

type ScheduleState = { timer?: NodeJS.Timeout };
// On globalThis so a dev rebuild that re-imports this module keeps one timer, not one per build.
const globalForSchedule = globalThis as typeof globalThis & { __travelDocumentPurge?: ScheduleState };
const state: ScheduleState = (globalForSchedule.__travelDocumentPurge ??= {});

async function purgeOnce(): Promise<void> {
  try {
    const report = await purgeTravelDocuments();
    if (report.delegates > 0) console.log(purgeReportLine(report));
  } catch (error) {
    console.error(`Deleting travel documents failed: ${(error as Error).message}`);
  }
}

/** Purges now and on a timer that never keeps the process alive; calling it again changes nothing. */
export function startTravelDocumentPurge(): Promise<void> {
  if (!state.timer) {
    state.timer = setInterval(() => void purgeOnce(), INTERVAL_MS);
    state.timer.unref();
  }
  return purgeOnce();
}
