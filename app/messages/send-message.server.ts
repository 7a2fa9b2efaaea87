// Sending a message to a convening's people: record it first (once per form token), then queue
// one email per recipient under a key of its own, so a repeat or a retry never sends twice and
// a send that stopped half-way can be finished from the record.
import { MailerError, sendEmail } from "~/mail/mailer.server";
import {
  markConveningMessageQueued,
  recordConveningMessage,
  type ConveningMessageRecord,
} from "~models/convening-message.server";
import { listContactablePeople, type SignedInPerson } from "~models/person.server";
import type { MessageForm } from "./message-form";
import { messageReason, messageText, type MessageConvening } from "./message-email.server";
import type { Recipient } from "./recipients.server";

export type Delivery = {
  message: ConveningMessageRecord;
  /** False when this form had been sent already: its record was found, nothing new was queued for those reached. */
  isNew: boolean;
  /** Emails queued now (a repeat queues none for the people already reached). */
  queued: number;
  /** Addresses the mailer refused, and people who deleted their data since the message was recorded. */
  notSent: number;
};

export const idempotencyKeyOf = (messageId: string, registrationId: string) => `message:${messageId}:${registrationId}`;

/** Records the message from this form (or finds the one it already made) and sends it. */
export async function sendConveningMessage(
  form: MessageForm,
  recipients: Recipient[],
  convening: MessageConvening,
  sender: SignedInPerson,
): Promise<Delivery> {
  const { message, isNew } = await recordConveningMessage({
    conveningId: convening.id,
    audience: form.audience.kind,
    cityId: form.audience.cityId,
    subject: form.subject,
    body: form.body,
    sentById: sender.id,
    replyTo: sender.email,
    recipients: recipients.map(({ registrationId, personId }) => ({ registrationId, personId })),
    formToken: form.formToken,
  });
  return { ...(await deliverConveningMessage(message, convening)), isNew };
}

/** Queues the message for each of its recipients not reached yet; marks it queued once all are. */
export async function deliverConveningMessage(
  message: ConveningMessageRecord,
  convening: MessageConvening,
): Promise<Omit<Delivery, "isNew">> {
  const people = await listContactablePeople(message.recipients.map((recipient) => recipient.personId));
  const text = messageText(message.body, convening);
  const reason = messageReason(message.audience, convening);
  let queued = 0;
  let notSent = 0;
  for (const recipient of message.recipients) {
    const person = people.get(recipient.personId);
    if (!person) {
      notSent += 1;
      continue;
    }
    try {
      const email = await sendEmail({
        to: person.email,
        subject: message.subject,
        text,
        reason,
        idempotencyKey: idempotencyKeyOf(message.id, recipient.registrationId),
        ...(message.replyTo ? { headers: { "Reply-To": message.replyTo } } : {}),
      });
      if (!email.isDuplicate) queued += 1;
    } catch (error) {
      // One address the mailer cannot take does not hold up everyone else's email.
      if (!(error instanceof MailerError)) throw error;
      notSent += 1;
    }
  }
  await markConveningMessageQueued(message.id);
  return { message, queued, notSent };
}
