// One pass over the mail queue, as `npm run send-mail` runs it from cron: sends what is due and
// says in one line what happened and what is left.
import { countMailMessages } from "~models/mail-message.server";
import { drainMailQueue } from "./mail-sender.server";
import { describeTransport } from "./transport.server";

export async function sendQueuedMail(now = () => new Date()): Promise<string> {
  const transport = describeTransport();
  if (!transport) {
    const { held, queued } = await countMailMessages(now());
    return `Mail: no transport configured (SMTP_URL or RESEND_API_KEY), nothing sent; ${held} held in the outbox, ${queued} queued.`;
  }
  const report = await drainMailQueue({ now });
  const { queued } = await countMailMessages(now());
  return `Mail through the ${transport}: ${report.sent} sent, ${report.retrying} to try again later, ${report.refused} refused, ${report.failed} failed; ${queued} queued.`;
}
