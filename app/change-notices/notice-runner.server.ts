// Runs the change notices: due batches, then due daily digests, in one pass. `npm run send-mail`
// calls a pass before it drains the mail queue; the app runs passes itself on an unref'd timer
// started at start-up (and on the first recorded change), plus one pass right when a batch falls
// due. In tests nothing runs unless a test calls a pass or starts the timer.
import { sendDueChangeNotices, type BatchReport } from "./send-change-notices.server";
import { sendDueDigests, type DigestReport } from "./send-digests.server";

export type ChangeNoticeReport = BatchReport & DigestReport;

/** One pass; safe to run in several processes at once (claims and idempotency keys). */
export async function runChangeNotices(options: { now?: Date } = {}): Promise<ChangeNoticeReport> {
  const now = options.now ?? new Date();
  const batches = await sendDueChangeNotices(now);
  const digests = await sendDueDigests(now);
  return { ...batches, digests: digests.digests, refused: batches.refused + digests.refused };
}

/** The line `npm run send-mail` prints, or null when there was nothing to send. */
export function describeChangeNoticeReport(report: ChangeNoticeReport): string | null {
  if (report.batches === 0 && report.digests === 0) return null;
  const refused = report.refused > 0 ? `, ${report.refused} refused (not an address mail can go to)` : "";
  return `Change notices: ${report.batches} batches, ${report.emails} emails queued, ${report.digestEntries} kept for daily digests, ${report.digests} digests queued${refused}.`;
}

const INTERVAL_MS = 60_000;

type RunnerState = { timer?: NodeJS.Timeout; running?: Promise<void>; isDue?: boolean };
// On globalThis so a dev rebuild that re-imports this module keeps one timer, not one per build.
const globalForRunner = globalThis as typeof globalThis & { __changeNoticeRunner?: RunnerState };
const state: RunnerState = (globalForRunner.__changeNoticeRunner ??= {});

/** One pass at a time per process; a kick during a pass runs one more after it. */
export function kickChangeNotices(): void {
  if (state.running) {
    state.isDue = true;
    return;
  }
  state.running = (async () => {
    do {
      state.isDue = false;
      await runChangeNotices().then(
        () => undefined,
        (error: Error) => console.error(`Sending change notices failed: ${error.message}`),
      );
    } while (state.isDue);
  })().finally(() => {
    state.running = undefined;
  });
}

/** Starts the periodic pass (once per process); in tests only when the test asks (`evenInTests`). */
export function startChangeNoticeRunner(options: { evenInTests?: boolean; intervalMs?: number } = {}): void {
  if (state.timer || (process.env.NODE_ENV === "test" && !options.evenInTests)) return;
  state.timer = setInterval(kickChangeNotices, options.intervalMs ?? INTERVAL_MS);
  state.timer.unref(); // a notice waiting for its batch never keeps the process alive
}

/** Stops the timer and waits for the pass under way, so a script can close the database after it. */
export async function stopChangeNoticeRunner(): Promise<void> {
  if (state.timer) clearInterval(state.timer);
  state.timer = undefined;
  await state.running;
}

/** Called once a change is in a batch: a pass right when the batch is due, rather than up to a minute later. */
export function afterChangeRecorded(dueAt: Date): void {
  startChangeNoticeRunner();
  if (!state.timer) return;
  const wait = Math.max(0, dueAt.getTime() - Date.now()) + 1_000;
  setTimeout(kickChangeNotices, wait).unref();
}
