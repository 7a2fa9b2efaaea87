// Mail over SMTP with nodemailer, from SMTP_URL (smtp:// upgrades with STARTTLS when the server
// offers it, smtps:// is TLS from the start). The calendar part goes as nodemailer's icalEvent:
// a text/calendar alternative with its method, and the same file attached.
import { createTransport, type Transporter } from "nodemailer";
import type { NodemailerError } from "nodemailer/lib/errors";
import type { MailMessageToSend } from "~models/mail-message.server";
import type { Env } from "~/utils/env.server";
import { CALENDAR_FILENAME, TransportFailure, type MailTransport } from "./transport-failure.server";

// A send never outlives the claim's lease (app/mail/retry-schedule.ts).
const TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

const transporters = new Map<string, Transporter>();

function transporterFor(url: string): Transporter {
  let transporter = transporters.get(url);
  if (!transporter) {
    transporter = createTransport({ url, ...TIMEOUTS });
    transporters.set(url, transporter);
  }
  return transporter;
}

/** A refusal of this recipient or this message for good (5xx); anything else may pass later. */
function isPermanentRefusal(error: NodemailerError): boolean {
  const isAboutThisMessage = error.command === "RCPT TO" || error.command === "DATA" || error.code === "EMESSAGE";
  const isPermanentReply =
    error.permanent ?? (error.responseCode !== undefined && error.responseCode >= 500 && error.responseCode !== 503);
  return isAboutThisMessage && isPermanentReply;
}

function refusalReasons(error: NodemailerError): string {
  const perRecipient = (error.rejectedErrors ?? []).map(
    (rejected) => `${rejected.recipient ?? "a recipient"}: ${rejected.response ?? rejected.message}`,
  );
  return perRecipient.length > 0 ? perRecipient.join("; ") : (error.response ?? error.message);
}

function failureOf(error: unknown): TransportFailure {
  const smtpError = error as NodemailerError;
  if (isPermanentRefusal(smtpError)) {
    return new TransportFailure(`The SMTP server refused the message: ${refusalReasons(smtpError)}`, true);
  }
  const reply = smtpError.response ? ` (${smtpError.response})` : "";
  return new TransportFailure(`SMTP delivery failed for now: ${smtpError.message}${reply}`, false);
}

export function smtpTransport(env: Pick<Env, "MAIL_FROM" | "APP_URL"> & { SMTP_URL: string }): MailTransport {
  return {
    name: "smtp",
    async send(message: MailMessageToSend) {
      try {
        const info = await transporterFor(env.SMTP_URL).sendMail({
          from: env.MAIL_FROM,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          // The same Message-ID on every attempt lets receiving servers drop a repeat.
          messageId: `<${message.id}@${new URL(env.APP_URL).hostname}>`,
          headers: Object.fromEntries(message.headers.map((header) => [header.name, header.value])),
          attachments: message.attachments.map((attachment) => ({
            filename: attachment.filename,
            content: attachment.content,
            ...(attachment.contentType ? { contentType: attachment.contentType } : {}),
          })),
          ...(message.calendar
            ? {
                icalEvent: {
                  method: message.calendar.method,
                  content: message.calendar.content,
                  filename: CALENDAR_FILENAME,
                },
              }
            : {}),
        });
        const rejected = (info.rejected ?? []).map(String);
        return {
          transportMessageId: String(info.messageId ?? ""),
          note: rejected.length > 0 ? `Refused for ${rejected.join(", ")}; delivered to the others.` : "",
        };
      } catch (error) {
        throw failureOf(error);
      }
    },
  };
}
