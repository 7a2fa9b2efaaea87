// Who sends a message's attempt: one document per (message, attempt number), keyed by _id. On
// FerretDB a conditional update is read-modify-write, so two senders can both "win" the same
// findOneAndUpdate; only this insert against the _id index lets exactly one of them send.
import { Schema } from "mongoose";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { registerModel } from "./register-model.server";

const mailClaimSchema = new Schema(
  {
    _id: { type: String, required: true }, // `${messageId}:${attempt}`
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const MailClaim = registerModel("MailClaim", mailClaimSchema);

export type MailClaimResult = "won" | "taken" | "abandoned";

/**
 * "won": this sender owns the attempt. "taken": another sender does. "abandoned": another sender
 * claimed it before `abandonedBefore` and never went on (it stopped), so the number is spent.
 */
export async function claimMailAttempt(
  claim: { messageId: string; attempt: number; now: Date },
  abandonedBefore: Date,
): Promise<MailClaimResult> {
  const _id = `${claim.messageId}:${claim.attempt}`;
  try {
    await MailClaim.create({ _id, claimedAt: claim.now });
    return "won";
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const existing = await MailClaim.findById(_id).select("claimedAt").lean();
  return existing && existing.claimedAt < abandonedBefore ? "abandoned" : "taken";
}
