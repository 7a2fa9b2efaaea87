// Messages written to a convening's people: what was sent, to which audience, by whom, and to
// which registrations. The record is written before any email, under the unique token of the
// form it came from, so a form posted twice finds the first record instead of making a second.
import { randomBytes } from "node:crypto";
import { Schema } from "mongoose";
import {
  MAX_MESSAGE_BODY_LENGTH,
  MAX_MESSAGE_SUBJECT_LENGTH,
  MESSAGE_AUDIENCES,
  type MessageAudience,
} from "~/domain/vocabulary/messages";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { idOrNull, isValidId } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";

const recipientSchema = new Schema(
  {
    registrationId: { type: Schema.Types.ObjectId, ref: "Registration", required: true },
    personId: { type: Schema.Types.ObjectId, ref: "Person", required: true },
  },
  { _id: false },
);

const conveningMessageSchema = new Schema(
  {
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    audience: { type: String, enum: MESSAGE_AUDIENCES, required: true },
    cityId: { type: Schema.Types.ObjectId, ref: "City", default: null }, // the delegation's city
    subject: { type: String, required: true, maxlength: MAX_MESSAGE_SUBJECT_LENGTH },
    body: { type: String, required: true, maxlength: MAX_MESSAGE_BODY_LENGTH },
    // Welsh versions, optional (decision 038): a Welsh reader gets them where written.
    subjectCy: { type: String, default: "", maxlength: MAX_MESSAGE_SUBJECT_LENGTH },
    bodyCy: { type: String, default: "", maxlength: MAX_MESSAGE_BODY_LENGTH },
    sentById: { type: Schema.Types.ObjectId, ref: "Person", required: true },
    replyTo: { type: String, default: "" }, // the writer's address when it was sent: replies go to them
    // Fixed when the message is recorded: sending again (after a failure) reaches the same people.
    recipients: { type: [recipientSchema], default: [] },
    recipientCount: { type: Number, required: true, min: 1 },
    formToken: { type: String, required: true, unique: true },
    queuedAt: { type: Date, default: null }, // when every recipient's email was in the mail queue
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
conveningMessageSchema.index({ conveningId: 1, createdAt: -1 });

export const ConveningMessage = registerModel("ConveningMessage", conveningMessageSchema);

export type MessageRecipient = { registrationId: string; personId: string };

export type ConveningMessageRecord = {
  id: string;
  conveningId: string;
  audience: MessageAudience;
  cityId: string | null;
  subject: string;
  body: string;
  /** Welsh versions; "" when not written. */
  subjectCy: string;
  bodyCy: string;
  sentById: string;
  replyTo: string;
  recipients: MessageRecipient[];
  recipientCount: number;
  queuedAt: Date | null;
  createdAt: Date;
};

/** What the messages page lists: no body, no recipients. */
export type ConveningMessageSummary = Pick<
  ConveningMessageRecord,
  "id" | "audience" | "cityId" | "subject" | "recipientCount" | "queuedAt" | "createdAt"
>;

type ConveningMessageDoc = LeanDocument<typeof conveningMessageSchema>;

const SUMMARY_FIELDS = "audience cityId subject recipientCount queuedAt createdAt";
const RECORD_FIELDS = `conveningId ${SUMMARY_FIELDS} body subjectCy bodyCy sentById replyTo recipients`;

function toSummary(
  doc: Pick<
    ConveningMessageDoc,
    "_id" | "audience" | "cityId" | "subject" | "recipientCount" | "queuedAt" | "createdAt"
  >,
): ConveningMessageSummary {
  return {
    id: String(doc._id),
    audience: doc.audience,
    cityId: idOrNull(doc.cityId),
    subject: doc.subject,
    recipientCount: doc.recipientCount,
    queuedAt: doc.queuedAt ?? null,
    createdAt: doc.createdAt,
  };
}

function toRecord(doc: ConveningMessageDoc): ConveningMessageRecord {
  return {
    ...toSummary(doc),
    conveningId: String(doc.conveningId),
    body: doc.body,
    subjectCy: doc.subjectCy ?? "",
    bodyCy: doc.bodyCy ?? "",
    sentById: String(doc.sentById),
    replyTo: doc.replyTo ?? "",
    recipients: (doc.recipients ?? []).map(({ registrationId, personId }) => ({
      registrationId: String(registrationId),
      personId: String(personId),
    })),
  };
}

const FORM_TOKEN = /^[A-Za-z0-9_-]{24}$/;

/** The token a message form carries from the moment it is shown: one token, one message. */
export function newMessageFormToken(): string {
  return randomBytes(18).toString("base64url");
}

export function isMessageFormToken(token: string): boolean {
  return FORM_TOKEN.test(token);
}

export type NewConveningMessage = Omit<
  ConveningMessageRecord,
  "id" | "recipientCount" | "queuedAt" | "createdAt" | "subjectCy" | "bodyCy"
> & {
  formToken: string;
  subjectCy?: string;
  bodyCy?: string;
};

/**
 * Records a message once per form token: the insert against the unique token wins once, and a
 * repeat (a double submit, a retry, a parallel post) gets the record the first one made.
 */
export async function recordConveningMessage(
  message: NewConveningMessage,
): Promise<{ message: ConveningMessageRecord; isNew: boolean }> {
  try {
    const doc = await ConveningMessage.create({ ...message, recipientCount: message.recipients.length });
    return { message: toRecord(doc.toObject()), isNew: true };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await findConveningMessageByFormToken(message.formToken);
    if (!existing) throw error;
    return { message: existing, isNew: false };
  }
}

/** The message recorded from this form, if it was sent already. */
export async function findConveningMessageByFormToken(formToken: string): Promise<ConveningMessageRecord | null> {
  if (!isMessageFormToken(formToken)) return null;
  const doc = await ConveningMessage.findOne({ formToken }).select(RECORD_FIELDS).lean();
  return doc ? toRecord(doc) : null;
}

export async function getConveningMessage(id: string): Promise<ConveningMessageRecord | null> {
  if (!isValidId(id)) return null;
  const doc = await ConveningMessage.findById(id).select(RECORD_FIELDS).lean();
  return doc ? toRecord(doc) : null;
}

/** A convening's messages, newest first. */
export async function listConveningMessages(conveningId: string): Promise<ConveningMessageSummary[]> {
  if (!isValidId(conveningId)) return [];
  const docs = await ConveningMessage.find({ conveningId })
    .select(SUMMARY_FIELDS)
    .sort({ createdAt: -1, _id: -1 })
    .lean();
  return docs.map(toSummary);
}

/** Every recipient's email is in the mail queue (the queue sends and retries from there). */
export async function markConveningMessageQueued(id: string, now = new Date()) {
  await ConveningMessage.updateOne({ _id: id, queuedAt: null }, { $set: { queuedAt: now } });
}
