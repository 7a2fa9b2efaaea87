// Change notices waiting to go out. A convening has at most one open batch at a time, keyed
// `${conveningId}:${number}` and made by an insert (two editors opening it at once make one);
// each change is a document of its own in changenoticeitems, never pushed into the batch: on
// FerretDB two $push updates racing are read-modify-write and one can be lost, two inserts cannot.
// A batch closes when a sender claims it (models/change-notice-claim.server.ts).
import { Schema } from "mongoose";
import {
  SESSION_NOTICE_FIELDS,
  CONVENING_NOTICE_FIELDS,
  type NoticeChange,
} from "~/domain/change-notices/notice-changes";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { idOrNull, isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

const changeNoticeBatchSchema = new Schema(
  {
    _id: { type: String, required: true }, // `${conveningId}:${number}`
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    number: { type: Number, required: true },
    openedAt: { type: Date, required: true },
    dueAt: { type: Date, required: true },
    sentAt: { type: Date, default: null },
    /** How many people were told (by email or in their digest), for the record. */
    toldCount: { type: Number, default: 0 },
  },
  { versionKey: false },
);
changeNoticeBatchSchema.index({ conveningId: 1, number: -1 });
changeNoticeBatchSchema.index({ sentAt: 1, dueAt: 1 });

export const ChangeNoticeBatch = registerModel("ChangeNoticeBatch", changeNoticeBatchSchema);

const NOTICE_FIELDS = [...new Set([...CONVENING_NOTICE_FIELDS, ...SESSION_NOTICE_FIELDS])];

const changeNoticeItemSchema = new Schema(
  {
    batchId: { type: String, required: true, index: true },
    sessionId: { type: Schema.Types.ObjectId, ref: "AgendaSession", default: null },
    subject: { type: String, required: true },
    field: { type: String, enum: NOTICE_FIELDS, required: true },
    from: { type: String, default: "" },
    to: { type: String, default: "" },
    fromZone: { type: String, required: true },
    toZone: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

export const ChangeNoticeItem = registerModel("ChangeNoticeItem", changeNoticeItemSchema);

export type ChangeNoticeBatchRecord = {
  id: string;
  conveningId: string;
  number: number;
  openedAt: Date;
  dueAt: Date;
  sentAt: Date | null;
};

const BATCH_FIELDS = "conveningId number openedAt dueAt sentAt";

type BatchDoc = {
  _id: string;
  conveningId: unknown;
  number: number;
  openedAt: Date;
  dueAt: Date;
  sentAt?: Date | null;
};

function toBatch(doc: BatchDoc): ChangeNoticeBatchRecord {
  return {
    id: doc._id,
    conveningId: String(doc.conveningId),
    number: doc.number,
    openedAt: doc.openedAt,
    dueAt: doc.dueAt,
    sentAt: doc.sentAt ?? null,
  };
}

export const batchIdOf = (conveningId: string, number: number) => `${conveningId}:${number}`;

/** The convening's newest batch (open or not), or null before its first notifiable change. */
export async function findLatestBatch(conveningId: string): Promise<ChangeNoticeBatchRecord | null> {
  if (!isValidId(conveningId)) return null;
  const doc = await ChangeNoticeBatch.findOne({ conveningId }).select(BATCH_FIELDS).sort({ number: -1 }).lean();
  return doc ? toBatch(doc) : null;
}

export async function getBatch(id: string): Promise<ChangeNoticeBatchRecord | null> {
  const doc = await ChangeNoticeBatch.findById(id).select(BATCH_FIELDS).lean();
  return doc ? toBatch(doc) : null;
}

/** Opens batch `number` of the convening; null when someone else opened it first (read it then). */
export async function openBatch(batch: Omit<ChangeNoticeBatchRecord, "id" | "sentAt">) {
  const id = batchIdOf(batch.conveningId, batch.number);
  try {
    await ChangeNoticeBatch.create({ _id: id, ...batch });
    return { ...batch, id, sentAt: null } satisfies ChangeNoticeBatchRecord;
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
}

/** Adds changes to a batch; their ids, to take them back if the batch was claimed meanwhile. */
export async function addBatchChanges(batchId: string, changes: NoticeChange[], at: Date): Promise<string[]> {
  const docs = await ChangeNoticeItem.insertMany(changes.map((change) => ({ ...change, batchId, at })));
  return docs.map((doc) => String(doc._id));
}

export async function removeBatchChanges(ids: string[]): Promise<void> {
  if (ids.length > 0) await ChangeNoticeItem.deleteMany({ _id: { $in: ids } });
}

/** A recorded change and when it was saved. */
export type BatchChange = NoticeChange & { at: Date };

/** A batch's changes in the order they were made. */
export async function listBatchChanges(batchId: string): Promise<BatchChange[]> {
  const docs = await ChangeNoticeItem.find({ batchId })
    .select("sessionId subject field from to fromZone toZone at")
    .sort({ at: 1, _id: 1 })
    .lean();
  return docs.map((doc) => ({
    sessionId: idOrNull(doc.sessionId),
    subject: doc.subject,
    field: doc.field,
    from: doc.from ?? "",
    to: doc.to ?? "",
    fromZone: doc.fromZone,
    toZone: doc.toZone,
    at: doc.at,
  }));
}

/** Batches due by `now` and not yet sent, oldest first. */
export async function listDueBatches(now: Date): Promise<ChangeNoticeBatchRecord[]> {
  const docs = await ChangeNoticeBatch.find({ sentAt: null, dueAt: { $lte: now } })
    .select(BATCH_FIELDS)
    .sort({ dueAt: 1, _id: 1 })
    .lean();
  return docs.map(toBatch);
}

export async function markBatchSent(batchId: string, toldCount: number, now: Date): Promise<void> {
  await ChangeNoticeBatch.updateOne({ _id: batchId }, { $set: { sentAt: now, toldCount } });
}
