// Shared steps of the mail tests: run with some environment variables set (or unset), and read
// what the mail queue holds.
import { MailMessage } from "../../models/mail-message.server";

/** No SMTP_URL and no RESEND_API_KEY: mail is held for the outbox. */
export const NO_MAIL_TRANSPORT = { SMTP_URL: undefined, RESEND_API_KEY: undefined };

export async function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(vars);
  try {
    return await run();
  } finally {
    apply(saved);
  }
}

/** Every message in the queue, oldest first, as stored. */
export async function mailQueue() {
  const docs = await MailMessage.find().sort({ createdAt: 1, _id: 1 }).lean();
  return docs.map((doc) => ({
    id: String(doc._id),
    to: doc.to,
    subject: doc.subject,
    status: doc.status,
    attempts: doc.attempts,
    nextAttemptAt: doc.nextAttemptAt,
    lastError: doc.lastError,
    transport: doc.transport,
    transportMessageId: doc.transportMessageId,
  }));
}
