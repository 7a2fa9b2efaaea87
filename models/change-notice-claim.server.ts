// Who sends a change-notice batch: one document per batch, keyed by the batch's _id, inserted by
// the sender that takes it. The insert is the one atomic step on FerretDB: exactly one of several
// app instances or overlapping runs wins it, and from then on new changes open the next batch.
import { Schema } from "mongoose";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { registerModel } from "./register-model.server";

const changeNoticeClaimSchema = new Schema(
  {
    _id: { type: String, required: true }, // the batch's _id
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const ChangeNoticeClaim = registerModel("ChangeNoticeClaim", changeNoticeClaimSchema);

export type BatchClaimResult = "won" | "taken" | "abandoned";

/**
 * "won": this sender sends the batch. "taken": another sender is sending it. "abandoned": it was
 * claimed before `abandonedBefore` and is still unsent (that sender stopped): sending it again is
 * safe, since every email of a batch has an idempotency key.
 */
export async function claimBatch(batchId: string, now: Date, abandonedBefore: Date): Promise<BatchClaimResult> {
  try {
    await ChangeNoticeClaim.create({ _id: batchId, claimedAt: now });
    return "won";
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const existing = await ChangeNoticeClaim.findById(batchId).select("claimedAt").lean();
  return existing && existing.claimedAt < abandonedBefore ? "abandoned" : "taken";
}

export async function isBatchClaimed(batchId: string): Promise<boolean> {
  return Boolean(await ChangeNoticeClaim.exists({ _id: batchId }));
}
