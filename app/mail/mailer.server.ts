// The one mailer: checks an email, gives it its HTML and text parts with the footer, and stores it
// in the mail queue, returning once it is stored. The mail sender delivers it (SMTP, or the Resend
// API); with no transport configured it is held for the outbox at /dev/outbox.
import { queueMailMessage } from "~models/mail-message.server";
import { getEnv } from "~/utils/env.server";
import { afterMailQueued } from "./background-sender.server";
import { checkEmail, type Email } from "./email";
import { formatEmailBody, type FooterWords } from "./email-format";
import { translatorFor } from "~/i18n/translate.server";
import type { Language } from "~/domain/languages";
import { isTransportConfigured } from "./transport.server";

export { MailerError, type Email, type EmailAttachment, type EmailCalendar } from "./email";
export { RESEND_ENDPOINT } from "./resend-transport.server";

export type QueuedEmail = { id: string; delivery: "queued" | "outbox"; isDuplicate: boolean };

export async function sendEmail(email: Email): Promise<QueuedEmail> {
  const { to } = checkEmail(email);
  const env = getEnv();
  const isHeld = !isTransportConfigured(env);
  const body = formatEmailBody({
    subject: email.subject,
    text: email.text,
    html: email.html,
    reason: email.reason,
    preferencesUrl: `${env.APP_URL}/me/email`,
    ...(email.language && email.language !== "en"
      ? { language: email.language, footer: footerWords(email.language) }
      : {}),
  });
  const queued = await queueMailMessage({
    to,
    subject: email.subject,
    ...body,
    calendar: email.calendar ? { method: email.calendar.method, content: email.calendar.content } : null,
    attachments: (email.attachments ?? []).map((attachment) => ({
      filename: attachment.filename,
      content: attachment.content,
      contentType: attachment.contentType ?? null,
    })),
    headers: Object.entries(email.headers ?? {}).map(([name, value]) => ({ name, value })),
    idempotencyKey: email.idempotencyKey ?? null,
    status: isHeld ? "held" : "queued",
  });
  // A repeat of a keyed email is already on its way (or gone): nothing more to send.
  if (!isHeld && !queued.isDuplicate) await afterMailQueued(queued.id);
  return { id: queued.id, delivery: isHeld ? "outbox" : "queued", isDuplicate: queued.isDuplicate };
}

function footerWords(language: Language): FooterWords {
  const t = translatorFor(language);
  return {
    reason: t("email.footerReason"),
    preferences: (url) => t("email.footerPreferences", { url }),
    preferencesLink: t("email.footerPreferencesLink"),
  };
}
