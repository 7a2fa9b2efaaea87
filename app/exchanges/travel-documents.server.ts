// A delegate's travel documents as the delegate page shows them to each reader: the form with the
// values for the delegate and managers, one line of completeness for a representative of their
// city, the record of the deletion once the retention after the exchange has run out. The values
// are read here and nowhere else, and leave this module only for a reader the policy allows.
import { parseWithZod } from "@conform-to/zod/v3";
import type { Viewer } from "~/accounts/policy";
import {
  completenessSummary,
  EMPTY_TRAVEL_DOCUMENTS,
  formatLongDay,
  missingParts,
  purgeDueAt,
  purgeRecord,
  returnDayOf,
} from "~/domain/exchanges/travel-documents";
import { localDayKey } from "~/domain/local-time";
import { replyWithErrors, STALE_MESSAGE, withKeptValue, type FormResult } from "~/forms/schema-form";
import { getEnv } from "~/utils/env.server";
import { getTravelDocument, getTravelDocuments, saveTravelDocument } from "~models/travel-document.server";
import type { Delegate, Exchange } from "./delegate.server";
import type { ItineraryDelegate } from "./itinerary-exchange.server";
import type { WarningView } from "./itinerary-warnings";
import { canEditTravelDocuments, canReadTravelDocuments, canSeeTravelDocumentSummary } from "./delegate-records-policy";
import { travelDocumentSchema } from "./travel-document-form";

export type TravelDocumentsView =
  /** The delegate and managers: the form, its values, and when they will be deleted. */
  | {
      kind: "form";
      values: Record<string, string>;
      summary: string;
      returnDay: string;
      returnDayText: string;
      deletionNote: string;
    }
  /** A representative of the delegate's city: whether the documents are complete, never what they say. */
  | { kind: "summary"; summary: string }
  /** After the retention: only the record that the values were deleted. */
  | { kind: "deleted"; record: string };

const retentionDays = () => getEnv().TRAVEL_DOCUMENTS_RETENTION_DAYS;

/** The values are gone, or due to go: nobody sees them any more, nobody may enter them again. */
function deletedRecord(exchange: Exchange, purgedAt: Date | null, now: Date): string | null {
  if (purgedAt) return purgeRecord(purgedAt, new Date(exchange.endsAt), exchange.timeZone);
  const dueAt = purgeDueAt(new Date(exchange.endsAt), retentionDays());
  if (now < dueAt) return null;
  return `Travel documents are deleted ${retentionDays()} days after the exchange: these are being deleted and are no longer shown.`;
}

/** What `viewer` may see of the delegate's documents; null for nobody (the route refuses before). */
export async function loadTravelDocuments(
  viewer: Viewer,
  exchange: Exchange,
  delegate: Delegate,
  now = new Date(),
): Promise<TravelDocumentsView | null> {
  if (!canSeeTravelDocumentSummary(viewer, delegate)) return null;
  const stored = await getTravelDocument(exchange.id, delegate.personId);
  const record = deletedRecord(exchange, stored.purgedAt, now);
  if (record) return { kind: "deleted", record };
  const summary = completenessSummary(missingParts(stored.details, delegate.returnDay));
  if (!canReadTravelDocuments(viewer, delegate)) return { kind: "summary", summary };
  const dueDay = localDayKey(purgeDueAt(new Date(exchange.endsAt), retentionDays()), exchange.timeZone);
  return {
    kind: "form",
    values: { ...(stored.details ?? EMPTY_TRAVEL_DOCUMENTS), revision: String(stored.revision) },
    summary,
    returnDay: delegate.returnDay,
    returnDayText: formatLongDay(delegate.returnDay),
    deletionNote: `Deleted automatically on ${formatLongDay(dueDay)}, ${retentionDays()} days after the exchange.`,
  };
}

export type SaveOutcome = { ok: true } | { ok: false; status: 400 | 409; result: FormResult };

/** Saves the form for the delegate: refused at the fields, as stale, or once the values are gone. */
export async function saveTravelDocuments(
  viewer: Viewer,
  exchange: Exchange,
  delegate: Delegate,
  formData: FormData,
  now = new Date(),
): Promise<SaveOutcome> {
  if (!canEditTravelDocuments(viewer, delegate))
    throw new Response("Only the delegate and the programme team can change travel documents.", { status: 403 });
  const submission = parseWithZod(formData, { schema: travelDocumentSchema({ returnDay: delegate.returnDay }) });
  if (submission.status !== "success") return { ok: false, status: 400, result: submission.reply() };
  const gone = () => ({
    ok: false as const,
    status: 409 as const,
    result: replyWithErrors(
      submission,
      { form: "The travel documents for this exchange have been deleted after it, and are no longer kept." },
      { hideFields: Object.keys(submission.value.details) },
    ),
  });
  if (deletedRecord(exchange, null, now)) return gone();
  const { revision, details } = submission.value;
  const saved = await saveTravelDocument(exchange.id, delegate.personId, details, revision, viewer.id);
  if (saved === "purged") return gone();
  if (saved === "stale") {
    const current = await getTravelDocument(exchange.id, delegate.personId);
    const result = replyWithErrors(submission, { form: STALE_MESSAGE });
    return { ok: false, status: 409, result: withKeptValue(result, "revision", String(current.revision)) };
  }
  return { ok: true };
}

/**
 * One warning per delegate whose documents are not complete for their trip, for the itinerary:
 * only the parts missing (as a representative of their city may learn), never a value, and only
 * for delegates the viewer may see that of. Nothing once the retention has run out.
 */
export async function travelDocumentWarnings(
  viewer: Viewer,
  exchange: Exchange,
  delegates: ItineraryDelegate[],
  now = new Date(),
): Promise<WarningView[]> {
  if (deletedRecord(exchange, null, now)) return [];
  const shown = delegates.filter((delegate) => canSeeTravelDocumentSummary(viewer, delegate));
  if (shown.length === 0) return [];
  const stored = await getTravelDocuments(
    exchange.id,
    shown.map((delegate) => delegate.personId),
  );
  const lastDay = localDayKey(new Date(exchange.endsAt), exchange.timeZone);
  return shown.flatMap((delegate) => {
    const record = stored.get(delegate.personId);
    if (record?.purgedAt) return [];
    const missing = missingParts(record?.details ?? null, returnDayOf(lastDay, delegate.departureDate));
    if (missing.length === 0) return [];
    return [
      {
        kind: record?.details ? "documents-incomplete" : "documents-none",
        section: "documents" as const,
        message: record?.details
          ? `${delegate.name} (${delegate.cityName}): travel documents not complete, missing ${missing.join(", ")}.`
          : `${delegate.name} (${delegate.cityName}): no travel documents recorded yet.`,
        href: `/convenings/${exchange.id}/delegates/${delegate.personId}#documents-title`,
      },
    ];
  });
}

/**
 * For the attention queue: per city, how many of an exchange's delegates still miss part of
 * their travel documents (counts only, never what). Documents must cover the exchange's last day.
 */
export async function countDelegatesMissingDocuments(
  exchange: { id: string; endsAt: Date; timeZone: string },
  delegates: Array<{ personId: string; cityId: string | null }>,
): Promise<Map<string | null, number>> {
  const stored = await getTravelDocuments(
    exchange.id,
    delegates.map((delegate) => delegate.personId),
  );
  const returnDay = returnDayOf(localDayKey(exchange.endsAt, exchange.timeZone), null);
  const counts = new Map<string | null, number>();
  for (const delegate of delegates) {
    const record = stored.get(delegate.personId);
    if (record?.purgedAt) continue;
    if (missingParts(record?.details ?? null, returnDay).length === 0) continue;
    counts.set(delegate.cityId, (counts.get(delegate.cityId) ?? 0) + 1);
  }
  return counts;
}
