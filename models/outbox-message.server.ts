// The dev outbox: email the mailer would have sent, kept when no email API key is configured.
import { Schema } from "mongoose";
import { registerModel } from "./register-model.server";

const outboxMessageSchema = new Schema(
  {
    to: { type: [String], required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    html: { type: String, default: "" },
    attachmentNames: { type: [String], default: [] },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
outboxMessageSchema.index({ createdAt: -1 });

export const OutboxMessage = registerModel("OutboxMessage", outboxMessageSchema);

export async function saveOutboxMessage(message: {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachmentNames: string[];
}) {
  await OutboxMessage.create(message);
}

export async function listOutboxMessages(limit = 50) {
  const docs = await OutboxMessage.find()
    .select("to subject text attachmentNames createdAt")
    .sort({ createdAt: -1 })
    .limit(limit)
    .lean();
  return docs.map(({ _id, to, subject, text, attachmentNames, createdAt }) => ({
    id: String(_id),
    to,
    subject,
    text,
    attachmentNames,
    createdAt,
  }));
}
