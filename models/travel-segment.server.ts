// Travel segments of a learning exchange: a flight, train, coach or car journey for some of its
// delegates or for everyone, from one place to another, its instants in UTC and the zones of
// both ends. Pages read a convening's segments from its travel copy, by _id (exchange-plan-copy).
import { Schema } from "mongoose";
import { TRAVEL_MODES, type TravelMode } from "~/domain/vocabulary/travel";
import { CHANGE_TOKENS, replaceChangeTokenOnWrite } from "./change-token.server";
import { readPlanCopy, TravelPlanCopy, writePlanCopy } from "./exchange-plan-copy.server";
import { idOrNull, isValidId, validIds } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";

const travelEndSchema = new Schema(
  {
    place: { type: String, required: true, maxlength: 160 },
    timeZone: { type: String, required: true },
  },
  { _id: false },
);

const travelSegmentSchema = new Schema(
  {
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true, index: true },
    mode: { type: String, enum: TRAVEL_MODES, required: true },
    carrier: { type: String, default: "", maxlength: 80 },
    number: { type: String, default: "", maxlength: 40 },
    from: { type: travelEndSchema, required: true },
    to: { type: travelEndSchema, required: true },
    departsAt: { type: Date, required: true },
    arrivesAt: { type: Date, required: true },
    personIds: { type: [Schema.Types.ObjectId], ref: "Person", default: [] },
    isForEveryone: { type: Boolean, default: false },
    // Private: managers, the delegates' own city representative and the delegate (travel policy).
    bookingReference: { type: String, default: "", maxlength: 40 },
    sessionId: { type: Schema.Types.ObjectId, ref: "AgendaSession", default: null }, // the agenda's travel leg
    revision: { type: Number, required: true, default: 1 }, // optimistic concurrency for edits
  },
  { timestamps: true },
);

replaceChangeTokenOnWrite(travelSegmentSchema, CHANGE_TOKENS.travel);
export const TravelSegment = registerModel("TravelSegment", travelSegmentSchema);

export type TravelEnd = { place: string; timeZone: string };

/** What the segment form saves: checked, in the stored shape. */
export type TravelSegmentInput = {
  mode: TravelMode;
  carrier: string;
  number: string;
  from: TravelEnd;
  to: TravelEnd;
  departsAt: Date;
  arrivesAt: Date;
  /** Who travels on it; empty when it is for everyone. */
  personIds: string[];
  isForEveryone: boolean;
  bookingReference: string;
  sessionId: string | null;
};

export type TravelSegmentRecord = TravelSegmentInput & {
  id: string;
  conveningId: string;
  revision: number;
  /** The last save (calendar feeds' LAST-MODIFIED); absent in copies built before it was kept. */
  updatedAt?: Date;
};

type TravelSegmentDoc = LeanDocument<typeof travelSegmentSchema>;

const SEGMENT_FIELDS =
  "conveningId mode carrier number from to departsAt arrivesAt personIds isForEveryone bookingReference sessionId revision updatedAt";

// Reads the collection and the copy alike (the copy stores documents in their own shape).
function toRecord(doc: TravelSegmentDoc): TravelSegmentRecord {
  return {
    id: String(doc._id),
    conveningId: String(doc.conveningId),
    mode: doc.mode,
    carrier: doc.carrier ?? "",
    number: doc.number ?? "",
    from: { place: doc.from.place, timeZone: doc.from.timeZone },
    to: { place: doc.to.place, timeZone: doc.to.timeZone },
    departsAt: new Date(doc.departsAt),
    arrivesAt: new Date(doc.arrivesAt),
    personIds: (doc.personIds ?? []).map(String),
    isForEveryone: doc.isForEveryone ?? false,
    bookingReference: doc.bookingReference ?? "",
    sessionId: idOrNull(doc.sessionId),
    revision: doc.revision ?? 1,
    ...(doc.updatedAt ? { updatedAt: new Date(doc.updatedAt) } : {}),
  };
}

/** Rebuilds a convening's travel copy from the collection (one scan, on writes only); its segments. */
async function rebuildTravelCopy(conveningId: string): Promise<TravelSegmentRecord[]> {
  const builtAt = new Date(); // before the read: a copy from a later read wins
  const docs = await TravelSegment.find({ conveningId }).select(SEGMENT_FIELDS).sort({ departsAt: 1, _id: 1 }).lean();
  await writePlanCopy(TravelPlanCopy, conveningId, docs, builtAt);
  return docs.map(toRecord);
}

/** A convening's segments in departure order: one read by _id of its copy (built if missing). */
export async function listTravelSegments(conveningId: string): Promise<TravelSegmentRecord[]> {
  if (!isValidId(conveningId)) return [];
  const copy = await readPlanCopy<TravelSegmentDoc[]>(TravelPlanCopy, conveningId);
  return copy ? copy.map(toRecord) : rebuildTravelCopy(conveningId);
}

/** One segment, only if it belongs to the convening; null for malformed or unknown ids. */
export async function getTravelSegment(conveningId: string, segmentId: string): Promise<TravelSegmentRecord | null> {
  if (!isValidId(conveningId) || !isValidId(segmentId)) return null;
  // By _id alone (served from the index), then the convening checked on the document.
  const doc = await TravelSegment.findById(segmentId).select(SEGMENT_FIELDS).lean();
  return doc && String(doc.conveningId) === conveningId ? toRecord(doc) : null;
}

function toStored(input: TravelSegmentInput) {
  return {
    ...input,
    personIds: input.isForEveryone ? [] : validIds(input.personIds),
    sessionId: input.sessionId && isValidId(input.sessionId) ? input.sessionId : null,
  };
}

export async function createTravelSegment(conveningId: string, input: TravelSegmentInput): Promise<string> {
  const doc = await TravelSegment.create({ ...toStored(input), conveningId });
  await rebuildTravelCopy(conveningId);
  return String(doc._id);
}

/** Saves an edit unless someone saved the segment since the form was opened (`revision`). */
export async function updateTravelSegment(
  conveningId: string,
  segmentId: string,
  revision: number,
  input: TravelSegmentInput,
): Promise<{ ok: true } | { ok: false; reason: "missing" | "stale" }> {
  const before = await getTravelSegment(conveningId, segmentId);
  if (!before) return { ok: false, reason: "missing" };
  if (before.revision !== revision) return { ok: false, reason: "stale" };
  const result = await TravelSegment.updateOne(
    { _id: segmentId, revision },
    { $set: toStored(input), $inc: { revision: 1 } },
    { runValidators: true },
  );
  if (result.matchedCount === 0) return { ok: false, reason: "stale" };
  await rebuildTravelCopy(conveningId);
  return { ok: true };
}

/** Deletes a segment of the convening; false when there is none. */
export async function deleteTravelSegment(conveningId: string, segmentId: string): Promise<boolean> {
  const before = await getTravelSegment(conveningId, segmentId);
  if (!before) return false;
  const result = await TravelSegment.deleteOne({ _id: segmentId });
  await rebuildTravelCopy(conveningId);
  return result.deletedCount === 1;
}
