// The mail queue: every email the planner sends is stored here first and delivered by the mail
// sender, which claims one message at a time (models/mail-claim.server.ts), so an outage of the
// transport delays mail and loses none. With no transport configured, messages are "held": the
// outbox is this collection seen through listOutboxMessages.
import { Schema } from "mongoose";
import { CALENDAR_METHODS, MAIL_STATUSES, MAIL_TRANSPORTS, type CalendarMethod } from "~/domain/vocabulary/mail";
import type { MailStatus, MailTransportName } from "~/domain/vocabulary/mail";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";

const attachmentSchema = new Schema(
  {
    filename: { type: String, required: true },
    content: { type: String, required: true },
    contentType: { type: String, default: null },
  },
  { _id: false },
);

const headerSchema = new Schema(
  { name: { type: String, required: true }, value: { type: String, required: true } },
  { _id: false },
);

const mailMessageSchema = new Schema(
  {
    to: { type: [String], required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    html: { type: String, required: true },
    calendar: {
      type: new Schema(
        { method: { type: String, enum: CALENDAR_METHODS, required: true }, content: { type: String, required: true } },
        { _id: false },
      ),
      default: null,
    },
    attachments: { type: [attachmentSchema], default: [] },
    headers: { type: [headerSchema], default: [] },
    status: { type: String, enum: MAIL_STATUSES, required: true },
    /** Attempts claimed so far; each claim is for attempts + 1 (see models/mail-claim.server.ts). */
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    /** While "sending": when the claim lapses and another sender may take the message back. */
    leaseUntil: { type: Date, default: null },
    lastError: { type: String, default: "" },
    transport: { type: String, enum: [...MAIL_TRANSPORTS, null], default: null },
    transportMessageId: { type: String, default: "" },
    sentAt: { type: Date, default: null },
    /** Absent, not null, on unkeyed messages: a sparse index still indexes nulls. */
    idempotencyKey: { type: String, default: undefined, index: { unique: true, sparse: true } },
  },
  { timestamps: true },
);
mailMessageSchema.index({ status: 1, nextAttemptAt: 1 });

export const MailMessage = registerModel("MailMessage", mailMessageSchema);

type MailMessageDoc = LeanDocument<typeof mailMessageSchema>;

export type MailAttachmentRecord = { filename: string; content: string; contentType: string | null };
export type MailHeaderRecord = { name: string; value: string };
export type MailCalendarRecord = { method: CalendarMethod; content: string };

export type NewMailMessage = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  calendar: MailCalendarRecord | null;
  attachments: MailAttachmentRecord[];
  headers: MailHeaderRecord[];
  idempotencyKey: string | null;
  /** "held" when no transport is configured: kept for the outbox, never sent. */
  status: "queued" | "held";
};

/** A message as a transport needs it. */
export type MailMessageToSend = Omit<NewMailMessage, "idempotencyKey" | "status"> & { id: string; attempt: number };

/** Where a message stands, as the sender decides what to do with it. */
export type MailMessageState = { id: string; status: MailStatus; attempts: number };

function toState(doc: Pick<MailMessageDoc, "_id" | "status" | "attempts">): MailMessageState {
  return { id: String(doc._id), status: doc.status, attempts: doc.attempts };
}

/** Stores the message; a key already queued keeps the first message and stores nothing new. */
export async function queueMailMessage(
  message: NewMailMessage,
  now = new Date(),
): Promise<{ id: string; isDuplicate: boolean }> {
  const { idempotencyKey, ...fields } = message;
  try {
    const doc = await MailMessage.create({
      ...fields,
      ...(idempotencyKey ? { idempotencyKey } : {}),
      transport: message.status === "held" ? "outbox" : null,
      nextAttemptAt: now,
    });
    return { id: String(doc._id), isDuplicate: false };
  } catch (error) {
    if (!idempotencyKey || !isDuplicateKeyError(error)) throw error;
    const existing = await MailMessage.findOne({ idempotencyKey }).select("_id").lean();
    if (!existing) throw error;
    return { id: String(existing._id), isDuplicate: true };
  }
}

export async function getMailMessageState(id: string): Promise<MailMessageState | null> {
  if (!isValidId(id)) return null;
  const doc = await MailMessage.findById(id).select("status attempts").lean();
  return doc ? toState(doc) : null;
}

/** Queued messages whose time has come, and claims left "sending" past their lease (a sender stopped). */
export async function listDueMailMessages(now: Date, limit: number): Promise<MailMessageState[]> {
  const docs = await MailMessage.find({
    $or: [
      { status: "queued", nextAttemptAt: { $lte: now } },
      { status: "sending", leaseUntil: { $lt: now } },
    ],
  })
    .select("status attempts")
    .sort({ nextAttemptAt: 1, _id: 1 })
    .limit(limit)
    .lean();
  return docs.map(toState);
}

/**
 * The winner of attempt `expected.attempts + 1` marks the message "sending" until `leaseUntil`.
 * Conditional on what it saw, so a message that moved meanwhile is left alone (null).
 */
export async function startMailAttempt(
  expected: MailMessageState,
  leaseUntil: Date,
): Promise<MailMessageToSend | null> {
  const attempt = expected.attempts + 1;
  const doc = await MailMessage.findOneAndUpdate(
    { _id: expected.id, status: expected.status, attempts: expected.attempts },
    { $set: { status: "sending", attempts: attempt, leaseUntil } },
    { new: true }, // no projection: FerretDB's findAndModify does not take one
  ).lean();
  if (!doc) return null;
  return {
    id: String(doc._id),
    attempt,
    to: doc.to,
    subject: doc.subject,
    text: doc.text,
    html: doc.html,
    calendar: doc.calendar ? { method: doc.calendar.method, content: doc.calendar.content } : null,
    attachments: doc.attachments.map(({ filename, content, contentType }) => ({
      filename,
      content,
      contentType: contentType ?? null,
    })),
    headers: doc.headers.map(({ name, value }) => ({ name, value })),
  };
}

/**
 * A claim was won but its message never moved (the sender stopped in between): count that
 * attempt as spent, so the next claim is for a fresh number.
 */
export async function skipLostMailAttempt(expected: MailMessageState): Promise<void> {
  await MailMessage.updateOne(
    { _id: expected.id, status: expected.status, attempts: expected.attempts },
    { $set: { attempts: expected.attempts + 1 } },
  );
}

/** Only the sender that holds `attempt` records its outcome. */
function attemptFilter(id: string, attempt: number) {
  return { _id: id, status: "sending", attempts: attempt };
}

export async function recordMailSent(
  id: string,
  attempt: number,
  outcome: { transport: MailTransportName; transportMessageId: string; note: string; sentAt: Date },
): Promise<void> {
  await MailMessage.updateOne(attemptFilter(id, attempt), {
    $set: {
      status: "sent",
      transport: outcome.transport,
      transportMessageId: outcome.transportMessageId,
      lastError: outcome.note,
      sentAt: outcome.sentAt,
      leaseUntil: null,
    },
  });
}

export async function recordMailRetry(
  id: string,
  attempt: number,
  retry: { transport: MailTransportName; nextAttemptAt: Date; error: string },
): Promise<void> {
  await MailMessage.updateOne(attemptFilter(id, attempt), {
    $set: {
      status: "queued",
      transport: retry.transport,
      nextAttemptAt: retry.nextAttemptAt,
      lastError: retry.error,
      leaseUntil: null,
    },
  });
}

/** A final outcome: "refused" (the transport said never) or "failed" (out of attempts). */
export async function recordMailGivenUp(
  state: MailMessageState,
  outcome: { status: "refused" | "failed"; transport: MailTransportName | null; error: string },
): Promise<void> {
  await MailMessage.updateOne(
    { _id: state.id, status: state.status, attempts: state.attempts },
    {
      $set: {
        status: outcome.status,
        lastError: outcome.error,
        leaseUntil: null,
        ...(outcome.transport ? { transport: outcome.transport } : {}),
      },
    },
  );
}

export type MailQueueCounts = Record<"queued" | "sending" | "failed" | "refused" | "held", number> & {
  sentSince: number;
};

/** How many messages stand where, and how many were sent since `since`. */
export async function countMailMessages(since: Date): Promise<MailQueueCounts> {
  const [queued, sending, failed, refused, held, sentSince] = await Promise.all([
    MailMessage.countDocuments({ status: "queued" }),
    MailMessage.countDocuments({ status: "sending" }),
    MailMessage.countDocuments({ status: "failed" }),
    MailMessage.countDocuments({ status: "refused" }),
    MailMessage.countDocuments({ status: "held" }),
    MailMessage.countDocuments({ status: "sent", sentAt: { $gte: since } }),
  ]);
  return { queued, sending, failed, refused, held, sentSince };
}

export type MailProblem = {
  id: string;
  to: string[];
  subject: string;
  status: MailStatus;
  attempts: number;
  transport: MailTransportName | null;
  lastError: string;
  nextAttemptAt: Date;
  updatedAt: Date;
};

function toProblem(doc: MailMessageDoc): MailProblem {
  return {
    id: String(doc._id),
    to: doc.to,
    subject: doc.subject,
    status: doc.status,
    attempts: doc.attempts,
    transport: doc.transport ?? null,
    lastError: doc.lastError,
    nextAttemptAt: doc.nextAttemptAt,
    updatedAt: doc.updatedAt,
  };
}

const PROBLEM_FIELDS = "to subject status attempts transport lastError nextAttemptAt updatedAt";

/**
 * A message that was not delivered goes back to the queue as new (its attempts counted afresh),
 * or to the outbox when no transport is configured; false when it was not undelivered any more.
 */
export async function retryUndeliveredMailMessage(
  id: string,
  to: "queued" | "held",
  now = new Date(),
): Promise<boolean> {
  if (!isValidId(id)) return false;
  const result = await MailMessage.updateOne(
    { _id: id, status: { $in: ["failed", "refused"] } },
    {
      $set: {
        status: to,
        attempts: 0,
        nextAttemptAt: now,
        lastError: "",
        leaseUntil: null,
        transport: to === "held" ? "outbox" : null,
      },
    },
  );
  return result.modifiedCount === 1;
}

/** How many messages will not be delivered (failed every attempt, or refused). */
export function countUndeliveredMailMessages(): Promise<number> {
  return MailMessage.countDocuments({ status: { $in: ["failed", "refused"] } });
}

export async function listUndeliveredMailMessages(limit = 100): Promise<MailProblem[]> {
  const docs = await MailMessage.find({ status: { $in: ["failed", "refused"] } })
    .select(PROBLEM_FIELDS)
    .sort({ updatedAt: -1 })
    .limit(limit)
    .lean();
  return docs.map((doc) => toProblem(doc as MailMessageDoc));
}

/** Queued messages that have failed at least once and wait for their next attempt, soonest first. */
export async function listMailMessagesAwaitingRetry(limit = 100): Promise<MailProblem[]> {
  const docs = await MailMessage.find({ status: "queued", attempts: { $gt: 0 } })
    .select(PROBLEM_FIELDS)
    .sort({ nextAttemptAt: 1 })
    .limit(limit)
    .lean();
  return docs.map((doc) => toProblem(doc as MailMessageDoc));
}

export type OutboxMessage = {
  id: string;
  to: string[];
  subject: string;
  text: string;
  calendar: MailCalendarRecord | null;
  attachmentNames: string[];
  createdAt: Date;
};

/** The outbox: messages held because no transport is configured, latest first. */
export async function listOutboxMessages(limit = 50): Promise<OutboxMessage[]> {
  const docs = await MailMessage.find({ status: "held" })
    .select("to subject text calendar attachments.filename createdAt")
    .sort({ createdAt: -1 })
    .limit(limit)
    .lean();
  return docs.map((doc) => ({
    id: String(doc._id),
    to: doc.to,
    subject: doc.subject,
    text: doc.text,
    calendar: doc.calendar ? { method: doc.calendar.method, content: doc.calendar.content } : null,
    attachmentNames: doc.attachments.map((attachment) => attachment.filename),
    createdAt: doc.createdAt,
  }));
}
