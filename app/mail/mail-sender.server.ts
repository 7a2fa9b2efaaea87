// Delivers the mail queue: claims one message at a time (an insert only one sender wins, then a
// conditional update), sends it through the configured transport and records the outcome: sent,
// queued again with a backoff, refused for good, or failed after the last attempt. Any number of
// senders (app instances, `npm run send-mail`) may drain at once; each message goes out once.
import { claimMailAttempt } from "~models/mail-claim.server";
import {
  listDueMailMessages,
  recordMailGivenUp,
  recordMailRetry,
  recordMailSent,
  skipLostMailAttempt,
  startMailAttempt,
  type MailMessageState,
} from "~models/mail-message.server";
import { MAIL_LEASE_MS, MAX_MAIL_ATTEMPTS, nextAttemptAt } from "./retry-schedule";
import { configuredTransport } from "./transport.server";
import { TransportFailure, type MailTransport } from "./transport-failure.server";

export type DeliveryOutcome = "sent" | "retrying" | "refused" | "failed" | "skipped";

export type DrainReport = Record<Exclude<DeliveryOutcome, "skipped">, number>;

type Clock = () => Date;

const BATCH_SIZE = 20;

async function deliver(state: MailMessageState, transport: MailTransport, now: Clock): Promise<DeliveryOutcome> {
  if (state.attempts >= MAX_MAIL_ATTEMPTS) {
    // Only a lapsed "sending" claim gets here: its sender stopped during the last attempt.
    await recordMailGivenUp(state, {
      status: "failed",
      transport: transport.name,
      error: `Gave up after ${MAX_MAIL_ATTEMPTS} attempts; the last one was interrupted.`,
    });
    return "failed";
  }
  const claimedAt = now();
  const claim = await claimMailAttempt(
    { messageId: state.id, attempt: state.attempts + 1, now: claimedAt },
    new Date(claimedAt.getTime() - MAIL_LEASE_MS),
  );
  if (claim === "abandoned") {
    await skipLostMailAttempt(state);
    return deliver({ ...state, attempts: state.attempts + 1 }, transport, now);
  }
  if (claim === "taken") return "skipped";
  const message = await startMailAttempt(state, new Date(claimedAt.getTime() + MAIL_LEASE_MS));
  if (!message) return "skipped";
  const attempt = message.attempt;
  let sent: Awaited<ReturnType<MailTransport["send"]>>;
  try {
    sent = await transport.send(message);
  } catch (error) {
    const failure = error instanceof TransportFailure ? error : new TransportFailure((error as Error).message, false);
    const sending = { id: message.id, status: "sending" as const, attempts: attempt };
    if (failure.isPermanent || attempt >= MAX_MAIL_ATTEMPTS) {
      const status = failure.isPermanent ? "refused" : "failed";
      await recordMailGivenUp(sending, { status, transport: transport.name, error: failure.message });
      return status;
    }
    await recordMailRetry(message.id, attempt, {
      transport: transport.name,
      nextAttemptAt: nextAttemptAt(now(), attempt),
      error: failure.message,
    });
    return "retrying";
  }
  await recordMailSent(message.id, attempt, { transport: transport.name, ...sent, sentAt: now() });
  return "sent";
}

/** Sends every message that is due, until none is left that this sender can claim. */
export async function drainMailQueue(options: { now?: Clock } = {}): Promise<DrainReport> {
  const now = options.now ?? (() => new Date());
  const report: DrainReport = { sent: 0, retrying: 0, refused: 0, failed: 0 };
  const transport = configuredTransport();
  if (!transport) return report; // no way out: queued messages wait for one to be configured
  for (;;) {
    const due = await listDueMailMessages(now(), BATCH_SIZE);
    let hasClaimedAny = false;
    for (const state of due) {
      const outcome = await deliver(state, transport, now);
      if (outcome === "skipped") continue;
      report[outcome] += 1;
      hasClaimedAny = true;
    }
    // Nothing due, or everything due is another sender's: that sender finishes it.
    if (!hasClaimedAny) return report;
  }
}

/** One attempt at a message just queued (no attempt yet); what became of it. */
export async function deliverNewMailMessage(id: string, options: { now?: Clock } = {}): Promise<DeliveryOutcome> {
  const transport = configuredTransport();
  if (!transport) return "skipped";
  return deliver({ id, status: "queued", attempts: 0 }, transport, options.now ?? (() => new Date()));
}
