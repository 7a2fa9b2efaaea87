// When a message that could not be sent is tried again: exponential backoff from a minute,
// capped at an hour between attempts, and giving up after MAX_MAIL_ATTEMPTS (about two hours of
// outage in all). A claim older than the lease belongs to a sender that stopped.

export const MAX_MAIL_ATTEMPTS = 8;
export const FIRST_RETRY_DELAY_MS = 60_000;
export const MAX_RETRY_DELAY_MS = 60 * 60_000;
/** Far longer than a send can take (the transports time out within a minute). */
export const MAIL_LEASE_MS = 10 * 60_000;

/** Delay before the attempt after `attempt` (1-based) failed. */
export function retryDelayMs(attempt: number): number {
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS);
}

export function nextAttemptAt(now: Date, attempt: number): Date {
  return new Date(now.getTime() + retryDelayMs(attempt));
}
