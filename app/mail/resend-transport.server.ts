// Mail through the Resend HTTP API. The calendar part travels as an attachment whose content type
// names its method, which calendar clients read as an invitation or a cancellation.
import type { MailMessageToSend } from "~models/mail-message.server";
import type { Env } from "~/utils/env.server";
import { CALENDAR_FILENAME, TransportFailure, type MailTransport } from "./transport-failure.server";

export const RESEND_ENDPOINT = "https://api.resend.com/emails";

const REQUEST_TIMEOUT_MS = 30_000;

/** The provider's own words (its body can echo addresses: it is shown to managers only, never logged). */
async function providerReason(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
  const message = typeof body?.message === "string" ? `: ${body.message.slice(0, 300)}` : "";
  return `HTTP ${response.status}${message}`;
}

function attachmentsOf(message: MailMessageToSend) {
  const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
  const attachments = message.attachments.map((attachment) => ({
    filename: attachment.filename,
    content: base64(attachment.content),
    ...(attachment.contentType ? { content_type: attachment.contentType } : {}),
  }));
  if (message.calendar) {
    attachments.push({
      filename: CALENDAR_FILENAME,
      content: base64(message.calendar.content),
      content_type: `text/calendar; method=${message.calendar.method}; charset=utf-8`,
    });
  }
  return attachments;
}

export function resendTransport(env: Pick<Env, "MAIL_FROM"> & { RESEND_API_KEY: string }): MailTransport {
  return {
    name: "resend",
    async send(message: MailMessageToSend) {
      let response: Response;
      try {
        response = await fetch(RESEND_ENDPOINT, {
          method: "POST",
          headers: {
            Authorization: `Bearer ${env.RESEND_API_KEY}`,
            "Content-Type": "application/json",
            // Resend accepts a message once per key, so a retry after a lost answer sends nothing twice.
            "Idempotency-Key": `planner-${message.id}`,
          },
          body: JSON.stringify({
            from: env.MAIL_FROM,
            to: message.to,
            subject: message.subject,
            text: message.text,
            html: message.html,
            headers: Object.fromEntries(message.headers.map((header) => [header.name, header.value])),
            attachments: attachmentsOf(message),
          }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
      } catch (error) {
        throw new TransportFailure(`The Resend API could not be reached: ${(error as Error).message}`, false);
      }
      if (!response.ok) {
        // 429 and 5xx pass; so do 401 and 403, a key to fix in the configuration, not this message's fault.
        const isPermanent = response.status < 500 && ![401, 403, 429].includes(response.status);
        const reason = await providerReason(response);
        throw new TransportFailure(
          isPermanent
            ? `Resend refused the message (${reason}).`
            : `Resend did not take the message for now (${reason}).`,
          isPermanent,
        );
      }
      const body = (await response.json().catch(() => ({}))) as { id?: unknown };
      return { transportMessageId: typeof body.id === "string" ? body.id : "", note: "" };
    },
  };
}
