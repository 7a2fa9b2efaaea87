// Unsubscribing from change-notice emails without signing in: each notice and digest carries
// List-Unsubscribe with a link signed for its person (RFC 2369), and List-Unsubscribe-Post for
// the one-click POST mail providers send on the person's behalf (RFC 8058).
import { createHmac, timingSafeEqual } from "node:crypto";
import { parseMailbox } from "~/domain/ical/participants";
import { getEnv } from "~/utils/env.server";
import { stopChangeNoticeEmails } from "~models/person.server";

// A token is the person's id and an HMAC of it under SESSION_SECRET, for this purpose only: it
// cannot be guessed or made for another person, needs no storage, and every token stops working
// if SESSION_SECRET is replaced.
const PURPOSE = "unsubscribe-change-notices";
const TOKEN_PATTERN = /^([0-9a-f]{24})\.([A-Za-z0-9_-]{43})$/;

function signature(personId: string): string {
  return createHmac("sha256", getEnv().SESSION_SECRET).update(`${PURPOSE}:${personId}`).digest("base64url");
}

export function unsubscribeToken(personId: string): string {
  return `${personId}.${signature(personId)}`;
}

/** The person a token was made for, or null for anything else (cut short, altered, made up). */
export function personIdOfUnsubscribeToken(token: string | null | undefined): string | null {
  const match = TOKEN_PATTERN.exec(token ?? "");
  if (!match) return null;
  const [, personId, given] = match;
  const expected = Buffer.from(signature(personId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? personId : null;
}

export function unsubscribeUrl(personId: string): string {
  return `${getEnv().APP_URL}/me/email/unsubscribe?token=${unsubscribeToken(personId)}`;
}

/**
 * The headers of a change notice or digest. The mailto reaches the programme's mailbox
 * (MAIL_FROM), where the team acts on it by hand; the https link works at once.
 */
export function unsubscribeHeaders(personId: string): Record<string, string> {
  const mailbox = parseMailbox(getEnv().MAIL_FROM, "");
  const mailto = mailbox ? `, <mailto:${mailbox.email}?subject=unsubscribe>` : "";
  return {
    "List-Unsubscribe": `<${unsubscribeUrl(personId)}>${mailto}`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/** RFC 8058: a one-click unsubscribe is a POST whose form is exactly this field. */
export function isOneClickUnsubscribe(form: FormData): boolean {
  return form.get("List-Unsubscribe") === "One-Click";
}

export const BAD_TOKEN_MESSAGE =
  "This unsubscribe link is not valid: it may have been cut short when it was copied. Sign in and choose which emails you receive at /me/email.";

/** Turns the token's person's change notices off; false for a token that is not valid. */
export async function unsubscribeWithToken(token: string | null): Promise<boolean> {
  const personId = personIdOfUnsubscribeToken(token);
  return personId !== null && (await stopChangeNoticeEmails(personId));
}
