// What the managers' mail page shows: where the queue stands, what waits for a retry, and what
// will not be delivered, with the reason the transport gave.
import {
  countMailMessages,
  listMailMessagesAwaitingRetry,
  listUndeliveredMailMessages,
  retryUndeliveredMailMessage,
} from "~models/mail-message.server";
import { getEnv } from "~/utils/env.server";
import { afterMailQueued } from "./background-sender.server";
import { describeTransport, isTransportConfigured } from "./transport.server";

const DAY_MS = 24 * 60 * 60_000;

export async function loadMailQueue(now = new Date()) {
  const [counts, awaitingRetry, undelivered] = await Promise.all([
    countMailMessages(new Date(now.getTime() - DAY_MS)),
    listMailMessagesAwaitingRetry(),
    listUndeliveredMailMessages(),
  ]);
  return { transport: describeTransport(), counts, awaitingRetry, undelivered };
}

/**
 * "Try again" on a message that was not delivered (after the address was put right, or the
 * server is back): it is sent afresh, or held in the outbox when no transport is configured.
 */
export async function retryUndelivered(id: string, now = new Date()): Promise<"queued" | "outbox" | null> {
  const isHeld = !isTransportConfigured(getEnv());
  if (!(await retryUndeliveredMailMessage(id, isHeld ? "held" : "queued", now))) return null;
  if (isHeld) return "outbox";
  await afterMailQueued(id);
  return "queued";
}
