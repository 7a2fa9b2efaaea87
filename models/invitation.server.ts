// Single-use, expiring invitations to set a password. Only a hash of the token is stored.
import { Schema } from "mongoose";
import { registerModel } from "./register-model.server";
import { isDuplicateKeyError } from "./duplicate-key.server";

const invitationSchema = new Schema(
  {
    tokenHash: { type: String, required: true, unique: true },
    personId: { type: Schema.Types.ObjectId, ref: "Person", required: true, index: true },
    invitedById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
    /** Set when a newer invitation to the same person replaces this one. */
    replacedAt: { type: Date, default: null },
  },
  { timestamps: true },
);

export const Invitation = registerModel("Invitation", invitationSchema);

// One document per redeemed invitation, keyed by the token hash. FerretDB runs a conditional
// update as read-modify-write, so only this unique insert makes "works once" hold under races.
const invitationRedemptionSchema = new Schema(
  { _id: { type: String, required: true } },
  { timestamps: { createdAt: true, updatedAt: false } },
);
export const InvitationRedemption = registerModel("InvitationRedemption", invitationRedemptionSchema);

/** Creates an invitation; any earlier unused one to the same person stops working at once. */
export async function createInvitation(
  input: {
    tokenHash: string;
    personId: string;
    invitedById: string | null;
    expiresAt: Date;
  },
  now = new Date(),
) {
  await Invitation.updateMany(
    { personId: input.personId, usedAt: null, replacedAt: null },
    { $set: { replacedAt: now } },
  );
  await Invitation.create(input);
}

export type InvitationLookup =
  { state: "valid"; personId: string; expiresAt: Date } | { state: "expired" | "used" | "replaced" | "unknown" };

export async function lookUpInvitation(tokenHash: string, now: Date): Promise<InvitationLookup> {
  const doc = await Invitation.findOne({ tokenHash }).select("personId expiresAt usedAt replacedAt").lean();
  if (!doc) return { state: "unknown" };
  if (doc.usedAt) return { state: "used" };
  if (doc.replacedAt) return { state: "replaced" };
  if (doc.expiresAt <= now) return { state: "expired" };
  return { state: "valid", personId: String(doc.personId), expiresAt: doc.expiresAt };
}

/** Marks the invitation used; only one caller can win, so a link works exactly once. */
export async function consumeInvitation(tokenHash: string, now: Date): Promise<string | null> {
  const invitation = await Invitation.findOne({ tokenHash, usedAt: null, replacedAt: null, expiresAt: { $gt: now } })
    .select("personId")
    .lean();
  if (!invitation) return null;
  try {
    await InvitationRedemption.create({ _id: tokenHash });
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
  await Invitation.updateOne({ tokenHash }, { $set: { usedAt: now } });
  return String(invitation.personId);
}

/** Everyone who was ever sent an invitation (whether they have an account is the person's to say). */
export async function listInvitedPersonIds(): Promise<Set<string>> {
  const ids: unknown[] = await Invitation.distinct("personId");
  return new Set(ids.map(String));
}
