// A convening's feedback form: one document per convening, keyed by the convening's _id, so every
// page reads it by _id. Its questions start from the convening's aims and sessions; the manager
// adds questions, makes it named and sends it. Edits compare-and-set on `revision`.
import { Schema } from "mongoose";
import { QUESTION_KINDS, type FeedbackQuestion } from "~/domain/feedback/feedback-rules";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

const questionSchema = new Schema(
  {
    key: { type: String, required: true },
    kind: { type: String, enum: QUESTION_KINDS, required: true },
    text: { type: String, required: true, maxlength: 400 },
    aimNumber: { type: Number, default: undefined },
    sessionId: { type: Schema.Types.ObjectId, default: undefined },
  },
  { _id: false },
);

const feedbackFormSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true }, // the convening's _id
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    named: { type: Boolean, default: false },
    questions: { type: [questionSchema], default: [] },
    sentAt: { type: Date, default: null },
    reminderSentAt: { type: Date, default: null },
    closesAt: { type: Date, default: null },
    closedAt: { type: Date, default: null },
    revision: { type: Number, required: true, default: 1 },
  },
  { versionKey: false, timestamps: true },
);

export const FeedbackForm = registerModel("FeedbackForm", feedbackFormSchema);

export type FeedbackFormRecord = {
  id: string;
  conveningId: string;
  named: boolean;
  questions: FeedbackQuestion[];
  sentAt: Date | null;
  reminderSentAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
  revision: number;
};

type StoredForm = {
  _id: unknown;
  conveningId: unknown;
  named?: boolean;
  questions?: Array<{
    key: string;
    kind: FeedbackQuestion["kind"];
    text: string;
    aimNumber?: number | null;
    sessionId?: unknown;
  }>;
  sentAt?: Date | null;
  reminderSentAt?: Date | null;
  closesAt?: Date | null;
  closedAt?: Date | null;
  revision: number;
};

function toRecord(doc: StoredForm): FeedbackFormRecord {
  return {
    id: String(doc._id),
    conveningId: String(doc.conveningId),
    named: doc.named ?? false,
    questions: (doc.questions ?? []).map((question) => ({
      key: question.key,
      kind: question.kind,
      text: question.text,
      ...(question.aimNumber ? { aimNumber: question.aimNumber } : {}),
      ...(question.sessionId ? { sessionId: String(question.sessionId) } : {}),
    })),
    sentAt: doc.sentAt ?? null,
    reminderSentAt: doc.reminderSentAt ?? null,
    closesAt: doc.closesAt ?? null,
    closedAt: doc.closedAt ?? null,
    revision: doc.revision,
  };
}

/** The convening's form, or null when none was made yet (or the id is malformed). */
export async function getFeedbackForm(conveningId: string): Promise<FeedbackFormRecord | null> {
  if (!isValidId(conveningId)) return null;
  const doc = await FeedbackForm.findById(conveningId).lean<StoredForm>();
  return doc ? toRecord(doc) : null;
}

/** The convening's form, made from the given questions when there is none; two makers leave one. */
export async function ensureFeedbackForm(
  conveningId: string,
  questions: FeedbackQuestion[],
): Promise<FeedbackFormRecord> {
  const existing = await getFeedbackForm(conveningId);
  if (existing) return existing;
  try {
    await FeedbackForm.create({ _id: conveningId, conveningId, questions });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  return (await getFeedbackForm(conveningId))!;
}

/** Replaces the form's questions and naming if it is still at `revision`; false when stale. */
export async function saveFeedbackForm(
  conveningId: string,
  revision: number,
  changes: Partial<Pick<FeedbackFormRecord, "named" | "questions" | "closedAt" | "closesAt">>,
): Promise<boolean> {
  const result = await FeedbackForm.updateOne({ _id: conveningId, revision }, { $set: changes, $inc: { revision: 1 } });
  return result.modifiedCount === 1;
}

/** Records the first sending (once: a later call keeps the first time and closing day). */
export async function markFeedbackFormSent(conveningId: string, sentAt: Date, closesAt: Date): Promise<void> {
  await FeedbackForm.updateOne({ _id: conveningId, sentAt: null }, { $set: { sentAt, closesAt } });
}

export async function markFeedbackReminderSent(conveningId: string, at: Date): Promise<void> {
  await FeedbackForm.updateOne({ _id: conveningId, reminderSentAt: null }, { $set: { reminderSentAt: at } });
}

/** Forms of these convenings, read by _id. */
export async function listFeedbackForms(conveningIds: string[]): Promise<FeedbackFormRecord[]> {
  const ids = conveningIds.filter(isValidId);
  if (ids.length === 0) return [];
  const docs = await FeedbackForm.find({ _id: { $in: ids } }).lean<StoredForm[]>();
  return docs.map(toRecord);
}
