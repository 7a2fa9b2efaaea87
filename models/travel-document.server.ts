// Delegates' travel documents for a learning exchange: one document per (convening, person),
// keyed by both ids so every read and write of one delegate's documents goes by _id. The values
// sit in one subdocument that the purge removes whole, keeping only when it happened.
import { Schema } from "mongoose";
import {
  EMPTY_TRAVEL_DOCUMENTS,
  TRAVEL_DOCUMENT_FIELDS,
  type TravelDocumentValues,
} from "~/domain/exchanges/travel-documents";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";

// No validators on the values: a validator's message quotes the value it refused, and an error
// message can reach a log. The feature's form checks every field before anything is saved.
const detailsSchema = new Schema(
  Object.fromEntries(TRAVEL_DOCUMENT_FIELDS.map((field) => [field, { type: String, default: "" }])),
  { _id: false },
);

const travelDocumentSchema = new Schema(
  {
    _id: { type: String, required: true },
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true, index: true },
    personId: { type: Schema.Types.ObjectId, ref: "Person", required: true, index: true },
    details: { type: detailsSchema, default: undefined },
    // A form carries the revision it was opened at, so a save never overwrites a newer one unseen.
    revision: { type: Number, required: true, default: 1 },
    updatedById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    purgedAt: { type: Date, default: null },
  },
  { timestamps: true },
);

export const TravelDocument = registerModel("TravelDocument", travelDocumentSchema);

type TravelDocumentDoc = LeanDocument<typeof travelDocumentSchema>;

export type TravelDocumentRecord = {
  /** Null before anything was saved and after the purge. */
  details: TravelDocumentValues | null;
  /** 0 when nothing was ever saved: the revision a first save starts from. */
  revision: number;
  /** When the purge deleted the details, or null. */
  purgedAt: Date | null;
};

const travelDocumentId = (conveningId: string, personId: string) => `${conveningId}:${personId}`;

function toRecord(doc: TravelDocumentDoc): TravelDocumentRecord {
  const stored = doc.details as Partial<Record<keyof TravelDocumentValues, string>> | undefined;
  const details = stored
    ? (Object.fromEntries(
        TRAVEL_DOCUMENT_FIELDS.map((field) => [field, stored[field] ?? EMPTY_TRAVEL_DOCUMENTS[field]]),
      ) as TravelDocumentValues)
    : null;
  return { details, revision: doc.revision ?? 1, purgedAt: doc.purgedAt ?? null };
}

const NOTHING_SAVED: TravelDocumentRecord = { details: null, revision: 0, purgedAt: null };

/** The delegate's documents for the exchange; an empty record when nothing was saved. */
export async function getTravelDocument(conveningId: string, personId: string): Promise<TravelDocumentRecord> {
  if (!isValidId(conveningId) || !isValidId(personId)) return NOTHING_SAVED;
  const doc = await TravelDocument.findById(travelDocumentId(conveningId, personId))
    .select("details revision purgedAt")
    .lean();
  return doc ? toRecord(doc) : NOTHING_SAVED;
}

/** The documents of several delegates of one exchange, by person id: one query by _id. */
export async function getTravelDocuments(
  conveningId: string,
  personIds: string[],
): Promise<Map<string, TravelDocumentRecord>> {
  const ids = personIds.filter(isValidId).map((personId) => travelDocumentId(conveningId, personId));
  if (!isValidId(conveningId) || ids.length === 0) return new Map();
  const docs = await TravelDocument.find({ _id: { $in: ids } })
    .select("personId details revision purgedAt")
    .lean();
  return new Map(docs.map((doc) => [String(doc.personId), toRecord(doc)]));
}

export type TravelDocumentSave = "saved" | "stale" | "purged";

/**
 * Saves the details if the stored revision is still the one the form was opened at (0: nothing
 * saved yet, so the first save is an insert the _id index lets happen once), and never after the
 * purge.
 */
export async function saveTravelDocument(
  conveningId: string,
  personId: string,
  details: TravelDocumentValues,
  openedAtRevision: number,
  byId: string,
): Promise<TravelDocumentSave> {
  const _id = travelDocumentId(conveningId, personId);
  if (openedAtRevision === 0) {
    try {
      await TravelDocument.create({ _id, conveningId, personId, details, revision: 1, updatedById: byId });
      return "saved";
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  } else {
    const result = await TravelDocument.updateOne(
      { _id, revision: openedAtRevision, purgedAt: null },
      { $set: { details, updatedById: byId }, $inc: { revision: 1 } },
    );
    if (result.modifiedCount === 1) return "saved";
  }
  const current = await TravelDocument.findById(_id).select("purgedAt").lean();
  return current?.purgedAt ? "purged" : "stale";
}

/** The exchanges that still hold someone's travel document details, by id. */
export async function listConveningIdsWithTravelDocuments(): Promise<string[]> {
  const ids: unknown[] = await TravelDocument.distinct("conveningId", { details: { $exists: true } });
  return ids.map(String);
}

/** Deletes the details of every delegate of the exchange, recording when; returns how many. */
export async function purgeTravelDocumentsOfConvening(conveningId: string, now: Date): Promise<number> {
  if (!isValidId(conveningId)) return 0;
  const result = await TravelDocument.updateMany(
    { conveningId, details: { $exists: true } },
    { $unset: { details: 1 }, $set: { purgedAt: now } },
  );
  return result.modifiedCount;
}

/** Deletion on request: the person's documents for every exchange, the record included. */
export async function deleteTravelDocumentsOfPerson(personId: string): Promise<void> {
  if (!isValidId(personId)) return;
  await TravelDocument.deleteMany({ personId });
}
