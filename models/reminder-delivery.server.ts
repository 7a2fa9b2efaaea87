// What the reminders job has sent: one row per (kind, recipient, period), claimed before sending,
// so a second run the same day (or week) finds the claim and sends nothing twice.
import { Schema } from "mongoose";
import { registerModel } from "./register-model.server";
import { isDuplicateKeyError } from "./duplicate-key.server";

export const REMINDER_KINDS = ["owner-digest", "weekly-summary"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const reminderDeliverySchema = new Schema(
  {
    kind: { type: String, enum: REMINDER_KINDS, required: true },
    recipient: { type: String, required: true, lowercase: true, trim: true },
    period: { type: String, required: true }, // "2026-11-23" for a daily digest, "2026-W48" for a weekly summary
    subject: { type: String, default: "" },
    actionCount: { type: Number, default: 0 },
    sentAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
reminderDeliverySchema.index({ kind: 1, recipient: 1, period: 1 }, { unique: true });

export const ReminderDelivery = registerModel("ReminderDelivery", reminderDeliverySchema);

/** True when this run won the claim; false when another run already has it. */
export async function claimReminder(claim: {
  kind: ReminderKind;
  recipient: string;
  period: string;
  subject: string;
  actionCount: number;
}): Promise<boolean> {
  try {
    await ReminderDelivery.create(claim);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

export async function markReminderSent(
  claim: { kind: ReminderKind; recipient: string; period: string },
  sentAt = new Date(),
) {
  await ReminderDelivery.updateOne({ ...claim, recipient: claim.recipient.toLowerCase() }, { $set: { sentAt } });
}

/** A failed send gives the claim back so the next run tries again. */
export async function releaseReminder(claim: { kind: ReminderKind; recipient: string; period: string }) {
  await ReminderDelivery.deleteOne({ ...claim, recipient: claim.recipient.toLowerCase(), sentAt: null });
}
