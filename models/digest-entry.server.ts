// What a person who chose a daily digest was not emailed at once: one entry per change-notice
// batch and registration (`${batchId}:${registrationId}`, so a batch sent again adds nothing),
// with the changes already in words, kept until the digest of its day is queued.
import { Schema } from "mongoose";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { registerModel } from "./register-model.server";

const digestEntrySchema = new Schema(
  {
    _id: { type: String, required: true }, // `${batchId}:${registrationId}`
    personId: { type: Schema.Types.ObjectId, ref: "Person", required: true },
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    conveningTitle: { type: String, required: true },
    /** The changes as the email lists them ("- …" lines), in the person's zone. */
    changeList: { type: String, required: true },
    /** The digest day (YYYY-MM-DD at `zone`) and the zone it is counted in. */
    day: { type: String, required: true },
    zone: { type: String, required: true },
    at: { type: Date, required: true },
    digestedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
digestEntrySchema.index({ digestedAt: 1, personId: 1 });

export const DigestEntry = registerModel("DigestEntry", digestEntrySchema);

export type DigestEntryRecord = {
  id: string;
  personId: string;
  conveningId: string;
  conveningTitle: string;
  changeList: string;
  day: string;
  zone: string;
  at: Date;
};

/** Stores the entry once; false when it was already there (the batch was sent before). */
export async function addDigestEntry(entry: DigestEntryRecord): Promise<boolean> {
  const { id, ...fields } = entry;
  try {
    await DigestEntry.create({ _id: id, ...fields });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** Every entry not yet in a digest, oldest first. */
export async function listUndigestedEntries(): Promise<DigestEntryRecord[]> {
  const docs = await DigestEntry.find({ digestedAt: null })
    .select("personId conveningId conveningTitle changeList day zone at")
    .sort({ at: 1, _id: 1 })
    .lean();
  return docs.map((doc) => ({
    id: doc._id,
    personId: String(doc.personId),
    conveningId: String(doc.conveningId),
    conveningTitle: doc.conveningTitle,
    changeList: doc.changeList,
    day: doc.day,
    zone: doc.zone,
    at: doc.at,
  }));
}

export async function markEntriesDigested(ids: string[], now: Date): Promise<void> {
  if (ids.length > 0) await DigestEntry.updateMany({ _id: { $in: ids } }, { $set: { digestedAt: now } });
}
