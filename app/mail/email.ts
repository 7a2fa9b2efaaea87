// What callers hand the mailer, and the checks made before anything is queued: addresses,
// subject and headers that could not be sent safely are refused with a MailerError.
import { z } from "zod";
import type { Language } from "~/domain/languages";
import type { CalendarMethod } from "~/domain/vocabulary/mail";

export type EmailAttachment = { filename: string; content: string; contentType?: string };

/** An iCalendar object (the .ics text) sent as the message's text/calendar part. */
export type EmailCalendar = { method: CalendarMethod; content: string };

export type Email = {
  to: string | string[];
  subject: string;
  /** The message as plain text; the HTML part is made from it unless `html` is given. */
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
  calendar?: EmailCalendar;
  /** Why the person gets this email, said in the footer (a default sentence otherwise). */
  reason?: string;
  /** Extra headers such as List-Unsubscribe, carried by every transport. */
  headers?: Record<string, string>;
  /** The same key queued twice stores one message and sends one email. */
  idempotencyKey?: string;
  /** The reader's language (recipient-language.ts): the footer's words and `<html lang>`. English by default. */
  language?: Language;
};

export class MailerError extends Error {
  override name = "MailerError";
}

/** Longest subject accepted: a 160-character convening title after the longest prefix fits. */
export const MAX_SUBJECT_LENGTH = 250;

const MAX_ADDRESS_LENGTH = 254;
const LINE_BREAK = /[\r\n]/;
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
// Headers the mailer writes itself: a caller setting them would contradict the message.
const RESERVED_HEADERS = new Set([
  "from",
  "to",
  "cc",
  "bcc",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-type",
  "content-transfer-encoding",
]);

const isAddress = (value: string) => z.string().email().safeParse(value).success;

function checkAddress(address: string) {
  if (LINE_BREAK.test(address)) {
    throw new MailerError(`Email refused: the address ${JSON.stringify(address)} contains a line break.`);
  }
  if (address.length > MAX_ADDRESS_LENGTH || !isAddress(address)) {
    throw new MailerError(`Email refused: ${JSON.stringify(address)} is not an email address.`);
  }
}

/** The recipients, checked; throws MailerError for anything that must not be queued. */
export function checkEmail(email: Email): { to: string[] } {
  const to = (Array.isArray(email.to) ? email.to : [email.to]).map((address) => address.trim());
  if (to.length === 0) throw new MailerError("Email refused: it has no recipient.");
  to.forEach(checkAddress);
  if (email.subject.trim() === "") throw new MailerError("Email refused: the subject is empty.");
  if (LINE_BREAK.test(email.subject)) throw new MailerError("Email refused: the subject contains a line break.");
  if (email.subject.length > MAX_SUBJECT_LENGTH) {
    throw new MailerError(
      `Email refused: the subject is ${email.subject.length} characters long, more than ${MAX_SUBJECT_LENGTH}.`,
    );
  }
  for (const [name, value] of Object.entries(email.headers ?? {})) {
    if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) {
      throw new MailerError(`Email refused: ${JSON.stringify(name)} cannot be set as a header.`);
    }
    if (LINE_BREAK.test(value)) throw new MailerError(`Email refused: the ${name} header contains a line break.`);
  }
  return { to };
}
