// Deletes delegates' travel documents once TRAVEL_DOCUMENTS_RETENTION_DAYS have passed since
// their exchange ended, keeping only when it happened. Runs at start, every few hours in the app
// and daily from cron (npm run purge-travel-documents); a second run finds nothing left to delete.
import { purgeDueAt } from "~/domain/exchanges/travel-documents";
import { getEnv } from "~/utils/env.server";
import { listConveningBriefs } from "~models/convening.server";
import { listConveningIdsWithTravelDocuments, purgeTravelDocumentsOfConvening } from "~models/travel-document.server";

export type TravelDocumentPurgeReport = { exchanges: number; delegates: number };

export async function purgeTravelDocuments(now = new Date()): Promise<TravelDocumentPurgeReport> {
  const retentionDays = getEnv().TRAVEL_DOCUMENTS_RETENTION_DAYS;
  const conveningIds = await listConveningIdsWithTravelDocuments();
  const convenings = new Map((await listConveningBriefs(conveningIds)).map((brief) => [brief.id, brief]));
  const report: TravelDocumentPurgeReport = { exchanges: 0, delegates: 0 };
  for (const conveningId of conveningIds) {
    const convening = convenings.get(conveningId);
    // Documents of a convening that no longer exists serve nobody: they go at once.
    if (convening && now < purgeDueAt(new Date(convening.endsAt), retentionDays)) continue;
    const purged = await purgeTravelDocumentsOfConvening(conveningId, now);
    if (purged > 0) {
      report.exchanges += 1;
      report.delegates += purged;
    }
  }
  return report;
}

/** The report in one line, for the script and the start-up log; no names, no values. */
export function purgeReportLine(report: TravelDocumentPurgeReport): string {
  const { exchanges, delegates } = report;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `Travel documents deleted for ${plural(delegates, "delegate")} of ${plural(exchanges, "exchange")} whose retention ran out.`;
}
