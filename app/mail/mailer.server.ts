// Outbound email through the Resend HTTP API; without an API key, messages go to the dev outbox.
import { saveOutboxMessage } from "~models/outbox-message.server";
import { getEnv } from "~/utils/env.server";

export const RESEND_ENDPOINT = "https://api.resend.com/emails";

export type EmailAttachment = { filename: string; content: string; contentType?: string };
export type Email = {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
};

export class MailerError extends Error {}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function textToHtml(text: string) {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

export async function sendEmail(email: Email): Promise<{ id: string; delivery: "api" | "outbox" }> {
  const env = getEnv();
  const to = Array.isArray(email.to) ? email.to : [email.to];
  const html = email.html ?? textToHtml(email.text);
  const attachments = email.attachments ?? [];
  if (!env.RESEND_API_KEY) {
    await saveOutboxMessage({
      to,
      subject: email.subject,
      text: email.text,
      html,
      attachmentNames: attachments.map((attachment) => attachment.filename),
    });
    return { id: "outbox", delivery: "outbox" };
  }
  const response = await fetch(RESEND_ENDPOINT, {
    method: "POST",
    headers: { Authorization: `Bearer ${env.RESEND_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      from: env.MAIL_FROM,
      to,
      subject: email.subject,
      text: email.text,
      html,
      attachments: attachments.map((attachment) => ({
        filename: attachment.filename,
        content: Buffer.from(attachment.content, "utf8").toString("base64"),
        content_type: attachment.contentType,
      })),
    }),
  });
  if (!response.ok) {
    // The provider's body can echo addresses; keep the log to the status.
    throw new MailerError(`Email provider refused the message (HTTP ${response.status}).`);
  }
  const body = (await response.json()) as { id?: string };
  return { id: body.id ?? "", delivery: "api" };
}
