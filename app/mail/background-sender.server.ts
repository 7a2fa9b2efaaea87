// The app drains its own mail queue: the mailer kicks a drain right after it queues a message
// (the request does not wait for it) and starts, on first use, a timer that retries what is due.
// In tests nothing runs unless a test asks: "inline" delivers a message before sendEmail returns,
// "manual" leaves it queued for the test to drain.
import { deliverNewMailMessage, drainMailQueue } from "./mail-sender.server";

export type MailDelivery = "background" | "inline" | "manual";

const RETRY_INTERVAL_MS = 30_000;

type SenderState = { delivery?: MailDelivery; timer?: NodeJS.Timeout; draining?: Promise<void>; isDue?: boolean };
// On globalThis so a dev rebuild that re-imports this module keeps one timer, not one per build.
const globalForSender = globalThis as typeof globalThis & { __mailSender?: SenderState };
const state: SenderState = (globalForSender.__mailSender ??= {});

function delivery(): MailDelivery {
  return state.delivery ?? (process.env.NODE_ENV === "test" ? "manual" : "background");
}

/** For tests: how queued mail is delivered from now on in this process. */
export function setMailDelivery(mode: MailDelivery): void {
  state.delivery = mode;
  if (mode !== "background") stopMailSender();
}

/** One drain at a time per process; a kick during a drain runs one more after it. */
export function kickMailSender(): void {
  if (state.draining) {
    state.isDue = true;
    return;
  }
  state.draining = (async () => {
    do {
      state.isDue = false;
      await drainMailQueue().catch((error: Error) => console.error(`Sending mail failed: ${error.message}`));
    } while (state.isDue);
  })().finally(() => {
    state.draining = undefined;
  });
}

function startMailSender(): void {
  if (state.timer) return;
  state.timer = setInterval(kickMailSender, RETRY_INTERVAL_MS);
  state.timer.unref(); // mail waiting for a retry never keeps the process alive
}

export function stopMailSender(): void {
  if (state.timer) clearInterval(state.timer);
  state.timer = undefined;
}

/**
 * Waits for the drain under way and stops the timer: a script that queued mail calls it before
 * it disconnects, so a message is never cut off between being sent and being marked sent.
 */
export async function settleMailSender(): Promise<void> {
  stopMailSender();
  await state.draining;
}

/**
 * At app start: send what an earlier process left queued or due for a retry, and keep retrying,
 * without waiting for this process to queue a message first.
 */
export function resumeMailSender(): void {
  if (delivery() !== "background") return;
  startMailSender();
  kickMailSender();
}

/** Called by the mailer once a message is stored. */
export async function afterMailQueued(id: string): Promise<void> {
  const mode = delivery();
  if (mode === "inline") {
    await deliverNewMailMessage(id);
  } else if (mode === "background") {
    startMailSender();
    kickMailSender();
  }
}
