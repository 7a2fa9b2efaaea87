// What the managers' mail page shows: where the queue stands, what waits for a retry, and what
// will not be delivered, with the reason the transport gave.
import {
  countMailMessages,
  listMailMessagesAwaitingRetry,
  listUndeliveredMailMessages,
} from "~models/mail-message.server";
import { describeTransport } from "./transport.server";

const DAY_MS = 24 * 60 * 60_000;

export async function loadMailQueue(now = new Date()) {
  const [counts, awaitingRetry, undelivered] = await Promise.all([
    countMailMessages(new Date(now.getTime() - DAY_MS)),
    listMailMessagesAwaitingRetry(),
    listUndeliveredMailMessages(),
  ]);
  return { transport: describeTransport(), counts, awaitingRetry, undelivered };
}
