// After a manager saves an edit: the notifiable changes (dates, place, format, joining link; a
// session's time, place, status) go into the convening's open batch of change notices, which one
// email per person announces CHANGE_NOTICE_DELAY after the batch's first change.
import {
  conveningNoticeChanges,
  sessionNoticeChanges,
  type NoticeChange,
  type SessionNoticeState,
} from "~/domain/change-notices/notice-changes";
import { batchDueAt, describeDelay } from "~/domain/change-notices/notice-timing";
import { getEnv } from "~/utils/env.server";
import {
  addBatchChanges,
  findLatestBatch,
  getBatch,
  openBatch,
  removeBatchChanges,
  type ChangeNoticeBatchRecord,
} from "~models/change-notice.server";
import { isBatchClaimed } from "~models/change-notice-claim.server";
import type { ConveningInput, ConveningRecord } from "~models/convening.server";
import type { AgendaSessionRecord, SessionInput } from "~models/agenda-session.server";
import type { NoticeChoice } from "./notice-choice";
import { afterChangeRecorded } from "./notice-runner.server";
import { isAnnounced } from "./policy";

/** What became of an edit's changes: in a batch, left out as the manager chose, or nothing to tell. */
export type NoticeOutcome = "recorded" | "not-notified" | "nothing-to-tell";

// A batch claimed between finding it and adding to it sends the next batch's changes: try again.
const ATTEMPTS = 5;

/** The open batch of the convening: the newest one no sender has claimed, else a new one. */
async function openBatchFor(conveningId: string, now: Date): Promise<ChangeNoticeBatchRecord> {
  const latest = await findLatestBatch(conveningId);
  if (latest && !(await isBatchClaimed(latest.id))) return latest;
  const number = (latest?.number ?? 0) + 1;
  const opened = await openBatch({
    conveningId,
    number,
    openedAt: now,
    dueAt: batchDueAt(now, getEnv().CHANGE_NOTICE_DELAY),
  });
  // Someone else opened it a moment ago: theirs is the open batch.
  return opened ?? (await getBatch(`${conveningId}:${number}`))!;
}

/**
 * Adds changes to the convening's open batch. Changes are written before the claim is checked, so
 * a sender that claimed the batch first has either read them or they move to the next batch (a
 * change is never lost; at the very worst it is told twice).
 */
export async function recordNoticeChanges(conveningId: string, changes: NoticeChange[], now = new Date()) {
  if (changes.length === 0) return null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const batch = await openBatchFor(conveningId, now);
    const ids = await addBatchChanges(batch.id, changes, now);
    if (!(await isBatchClaimed(batch.id))) {
      afterChangeRecorded(batch.dueAt);
      return batch;
    }
    await removeBatchChanges(ids);
  }
  throw new Error(`Change notices of convening ${conveningId}: no open batch after ${ATTEMPTS} attempts`);
}

async function record(
  convening: { id: string; status: string },
  changes: NoticeChange[],
  choice: NoticeChoice,
): Promise<NoticeOutcome> {
  if (!isAnnounced(convening) || changes.length === 0) return "nothing-to-tell";
  if (!choice.isNotified) return "not-notified";
  await recordNoticeChanges(convening.id, changes);
  return "recorded";
}

/** A saved convening edit; `before` is the convening as the form was checked against (its revision). */
export function announceConveningEdit(before: ConveningRecord, after: ConveningInput, choice: NoticeChoice) {
  return record(before, conveningNoticeChanges(before, after, after.title), choice);
}

const sessionState = (session: Omit<SessionNoticeState, "isCancelled">, isCancelled: boolean) => ({
  startsAt: session.startsAt,
  endsAt: session.endsAt,
  timeZone: session.timeZone,
  endTimeZone: session.endTimeZone,
  room: session.room,
  placeName: session.placeName,
  isCancelled,
});

/** A saved session edit: its times and place. */
export function announceSessionEdit(
  convening: { id: string; status: string },
  before: AgendaSessionRecord,
  after: SessionInput,
  choice: NoticeChoice,
) {
  const changes = sessionNoticeChanges(
    before.id,
    sessionState(before, before.isCancelled),
    sessionState(after, before.isCancelled),
    after.title,
  );
  return record(convening, changes, choice);
}

/** A session cancelled or restored. */
export function announceSessionStatus(
  convening: { id: string; status: string },
  session: AgendaSessionRecord,
  isCancelled: boolean,
  choice: NoticeChoice,
) {
  const changes = sessionNoticeChanges(
    session.id,
    sessionState(session, session.isCancelled),
    sessionState(session, isCancelled),
    session.title,
  );
  return record(convening, changes, choice);
}

/** The sentence the manager reads after saving. */
export function noticeNote(outcome: NoticeOutcome): string {
  if (outcome === "not-notified") return "Attendees were not emailed about it, as you chose.";
  if (outcome === "nothing-to-tell") return "";
  const delay = getEnv().CHANGE_NOTICE_DELAY;
  if (delay === 0) return "Attendees will be emailed about it in a moment.";
  return `Attendees will be emailed about it within ${describeDelay(delay)}, in one email with any other changes saved meanwhile.`;
}
