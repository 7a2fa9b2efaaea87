// Who was sent a convening's feedback form: one invitation per (convening, person), keyed by the
// sha256 of its one-time token (the token itself is only in the email link). The unique
// (convening, person) index is the claim that makes sending idempotent: a second run's insert
// fails and sends nothing. The reminder is claimed the same way, by inserting its own _id.
import { createHash, randomBytes } from "node:crypto";
import { Schema } from "mongoose";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

const feedbackInvitationSchema = new Schema(
  {
    _id: { type: String, required: true }, // sha256 hex of the token
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true, index: true },
    personId: { type: Schema.Types.ObjectId, ref: "Person", required: true },
    cityId: { type: Schema.Types.ObjectId, ref: "City", default: null },
    role: { type: String, default: "" },
    email: { type: String, required: true, lowercase: true, trim: true },
    sentAt: { type: Date, default: null },
    reminderSentAt: { type: Date, default: null },
    answeredAt: { type: Date, default: null },
  },
  { versionKey: false },
);
feedbackInvitationSchema.index({ conveningId: 1, personId: 1 }, { unique: true });

export const FeedbackInvitation = registerModel("FeedbackInvitation", feedbackInvitationSchema);

// One document per sent reminder, _id `${invitationId}:reminder`: its insert is the claim.
const feedbackReminderClaimSchema = new Schema(
  { _id: { type: String, required: true }, claimedAt: { type: Date, required: true } },
  { versionKey: false },
);
export const FeedbackReminderClaim = registerModel("FeedbackReminderClaim", feedbackReminderClaimSchema);

export type FeedbackInvitationRecord = {
  id: string;
  conveningId: string;
  personId: string;
  cityId: string | null;
  role: string;
  email: string;
  sentAt: Date | null;
  reminderSentAt: Date | null;
  answeredAt: Date | null;
};

type StoredInvitation = {
  _id: string;
  conveningId: unknown;
  personId: unknown;
  cityId?: unknown;
  role?: string;
  email: string;
  sentAt?: Date | null;
  reminderSentAt?: Date | null;
  answeredAt?: Date | null;
};

function toRecord(doc: StoredInvitation): FeedbackInvitationRecord {
  return {
    id: doc._id,
    conveningId: String(doc.conveningId),
    personId: String(doc.personId),
    cityId: doc.cityId ? String(doc.cityId) : null,
    role: doc.role ?? "",
    email: doc.email,
    sentAt: doc.sentAt ?? null,
    reminderSentAt: doc.reminderSentAt ?? null,
    answeredAt: doc.answeredAt ?? null,
  };
}

export const hashFeedbackToken = (token: string) => createHash("sha256").update(token).digest("hex");

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
export const isFeedbackTokenShaped = (token: string) => TOKEN_SHAPE.test(token);

/**
 * Claims the person's invitation to the convening's form: the new one-time token when this call
 * made it, null when the person was already invited (by this run or another).
 */
export async function claimFeedbackInvitation(input: {
  conveningId: string;
  personId: string;
  cityId: string | null;
  role: string;
  email: string;
  now: Date;
}): Promise<{ token: string; id: string } | null> {
  const token = randomBytes(32).toString("base64url");
  const id = hashFeedbackToken(token);
  try {
    await FeedbackInvitation.create({ _id: id, ...input, sentAt: input.now });
    return { token, id };
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
}

/** A failed send gives the invitation back, so the next run invites the person again. */
export async function releaseFeedbackInvitation(id: string): Promise<void> {
  await FeedbackInvitation.deleteOne({ _id: id, answeredAt: null });
}

/** True when this call claimed the invitation's one reminder. */
export async function claimFeedbackReminder(id: string, now: Date): Promise<boolean> {
  try {
    await FeedbackReminderClaim.create({ _id: `${id}:reminder`, claimedAt: now });
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
  return true;
}

/**
 * Gives an unanswered invitation a new one-time token for its reminder (the first token is stored
 * nowhere, so it cannot be sent again): the old link stops working. Null when it was answered
 * meanwhile. The claim stays with the old _id, so the reminder is still claimed once.
 */
export async function renewFeedbackToken(
  invitation: FeedbackInvitationRecord,
  now: Date,
): Promise<{ token: string; id: string } | null> {
  const removed = await FeedbackInvitation.deleteOne({ _id: invitation.id, answeredAt: null });
  if (removed.deletedCount !== 1) return null;
  const token = randomBytes(32).toString("base64url");
  const id = hashFeedbackToken(token);
  await FeedbackInvitation.create({
    _id: id,
    conveningId: invitation.conveningId,
    personId: invitation.personId,
    cityId: invitation.cityId,
    role: invitation.role,
    email: invitation.email,
    sentAt: invitation.sentAt,
    reminderSentAt: now,
    answeredAt: null,
  });
  return { token, id };
}

/** A reminder that could not be sent is due again at the next run (under the renewed invitation's claim). */
export async function releaseFeedbackReminder(renewedId: string): Promise<void> {
  await FeedbackInvitation.updateOne({ _id: renewedId }, { $set: { reminderSentAt: null } });
}

/** The invitation a link's token opens, or null for an unknown or malformed token. */
export async function findFeedbackInvitationByToken(token: string): Promise<FeedbackInvitationRecord | null> {
  if (!isFeedbackTokenShaped(token)) return null;
  const doc = await FeedbackInvitation.findById(hashFeedbackToken(token)).lean<StoredInvitation>();
  return doc ? toRecord(doc) : null;
}

/** Marks the person's invitation answered (found by person: a reminder may have renewed its token). */
export async function markFeedbackInvitationAnswered(
  invitation: Pick<FeedbackInvitationRecord, "conveningId" | "personId">,
  at: Date,
): Promise<void> {
  await FeedbackInvitation.updateOne(
    { conveningId: invitation.conveningId, personId: invitation.personId },
    { $set: { answeredAt: at } },
  );
}

/** Every invitation to the convening's form (one per attendee: bounded by the convening). */
export async function listFeedbackInvitations(conveningId: string): Promise<FeedbackInvitationRecord[]> {
  if (!isValidId(conveningId)) return [];
  const docs = await FeedbackInvitation.find({ conveningId }).lean<StoredInvitation[]>();
  return docs.map(toRecord);
}

/** Invited and answered per city (null: people of no city), for response rates. */
export async function countAnswersByCity(
  conveningId: string,
): Promise<Array<{ cityId: string | null; invited: number; answered: number }>> {
  const counts = new Map<string | null, { cityId: string | null; invited: number; answered: number }>();
  for (const invitation of await listFeedbackInvitations(conveningId)) {
    const entry = counts.get(invitation.cityId) ?? { cityId: invitation.cityId, invited: 0, answered: 0 };
    entry.invited += 1;
    if (invitation.answeredAt) entry.answered += 1;
    counts.set(invitation.cityId, entry);
  }
  return [...counts.values()];
}

/** Demo data: an invitation sent (and perhaps answered) in the past; once per (convening, person). */
export async function insertSeedFeedbackInvitation(input: {
  conveningId: string;
  personId: string;
  cityId: string | null;
  role: string;
  email: string;
  sentAt: Date;
  answeredAt: Date | null;
}): Promise<void> {
  try {
    await FeedbackInvitation.create({ _id: hashFeedbackToken(randomBytes(32).toString("base64url")), ...input });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}
