// The Resend email API as msw sees it: records every message so tests can assert on what was sent.
import { http, HttpResponse } from "msw";
import { RESEND_ENDPOINT } from "~/mail/mailer.server";

export type SentEmail = {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ filename: string; content: string; content_type?: string }>;
  headers?: Record<string, string>;
};

export const sentEmails: SentEmail[] = [];

export function clearSentEmails() {
  sentEmails.length = 0;
}

/** Decoded text of an attachment (the API takes base64). */
export function attachmentText(email: SentEmail, filename: string): string | undefined {
  const attachment = email.attachments.find((candidate) => candidate.filename === filename);
  return attachment ? Buffer.from(attachment.content, "base64").toString("utf8") : undefined;
}

export const resendHandlers = [
  http.post(RESEND_ENDPOINT, async ({ request }) => {
    if (!request.headers.get("Authorization")?.startsWith("Bearer ")) {
      return HttpResponse.json({ message: "Missing API key" }, { status: 401 });
    }
    const body = (await request.json()) as SentEmail;
    sentEmails.push({ ...body, to: Array.isArray(body.to) ? body.to : [body.to], attachments: body.attachments ?? [] });
    return HttpResponse.json({ id: `email_${sentEmails.length}` });
  }),
];
