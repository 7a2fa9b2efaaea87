// Sends the change-notice batches that are due: each is claimed by one sender (an insert against
// its _id), combined into one set of changes, and told to each registration it concerns: by an
// email now, or into the person's daily digest. Every email has an idempotency key (batch and
// registration), so a batch sent again after a crash, by an overlapping run or by another app
// instance, queues nothing twice.
import { loadInvitationSource } from "~/calendar/invitations.server";
import { changeList } from "~/domain/change-notices/describe-changes";
import { audienceOf, combineChanges } from "~/domain/change-notices/notice-changes";
import { digestDay, digestZone } from "~/domain/change-notices/notice-timing";
import { MailerError, sendEmail } from "~/mail/mailer.server";
import {
  listBatchChanges,
  listDueBatches,
  markBatchSent,
  type ChangeNoticeBatchRecord,
} from "~models/change-notice.server";
import { claimBatch } from "~models/change-notice-claim.server";
import { getConvening } from "~models/convening.server";
import { addDigestEntry } from "~models/digest-entry.server";
import { listNoticeRecipients } from "~models/person.server";
import { listRegistrationsForConvening } from "~models/registration.server";
import { changeNoticeEmail, readerZoneOf, type PersonNotice } from "./notice-email.server";
import { isAnnounced, isToldOf, TOLD_STATUSES } from "./policy";

/** A claimed batch still unsent after this long was left by a sender that stopped: send it again. */
export const BATCH_LEASE_MS = 10 * 60_000;

export type BatchReport = { batches: number; emails: number; digestEntries: number; refused: number };

const NOTHING: BatchReport = { batches: 0, emails: 0, digestEntries: 0, refused: 0 };

function add(a: BatchReport, b: BatchReport): BatchReport {
  return {
    batches: a.batches + b.batches,
    emails: a.emails + b.emails,
    digestEntries: a.digestEntries + b.digestEntries,
    refused: a.refused + b.refused,
  };
}

async function tellPerson(notice: PersonNotice): Promise<BatchReport> {
  if (notice.person.changeNotices === "daily-digest") {
    const zone = digestZone(notice.person.timeZone);
    const isNew = await addDigestEntry({
      id: `${notice.batchId}:${notice.registration.id}`,
      personId: notice.person.id,
      conveningId: notice.convening.id,
      conveningTitle: notice.convening.title,
      changeList: changeList(notice.changes, readerZoneOf(notice.person)),
      day: digestDay(notice.now, zone),
      zone,
      at: notice.now,
    });
    return { ...NOTHING, digestEntries: isNew ? 1 : 0 };
  }
  try {
    const queued = await sendEmail(changeNoticeEmail(notice));
    return { ...NOTHING, emails: queued.isDuplicate ? 0 : 1 };
  } catch (error) {
    // An address no email can be sent to: the others are still told.
    if (error instanceof MailerError) return { ...NOTHING, refused: 1 };
    throw error;
  }
}

/** Tells one claimed batch to everyone it concerns. */
async function tellBatch(batch: ChangeNoticeBatchRecord, now: Date): Promise<BatchReport> {
  const [recorded, convening] = await Promise.all([listBatchChanges(batch.id), getConvening(batch.conveningId)]);
  if (!convening || !isAnnounced(convening) || combineChanges(recorded).length === 0) return NOTHING;
  const [registrations, source] = await Promise.all([
    listRegistrationsForConvening(convening.id, { statuses: TOLD_STATUSES }),
    loadInvitationSource(convening.id, { includeSessions: true }),
  ]);
  const people = await listNoticeRecipients(registrations.map((registration) => registration.personId));
  let report = NOTHING;
  for (const registration of registrations) {
    const person = people.get(registration.personId);
    // Someone who registered meanwhile had the new details in their confirmation: only later changes are news.
    const since = combineChanges(recorded.filter((change) => change.at >= registration.createdAt));
    const told = since
      .map(({ at: _at, ...change }) => change)
      .filter((change) => isToldOf(registration.status, audienceOf(change)));
    if (!person || person.changeNotices === "none" || told.length === 0) continue;
    report = add(
      report,
      await tellPerson({ batchId: batch.id, registration, person, convening, changes: told, source, now }),
    );
  }
  return report;
}

export async function sendDueChangeNotices(now = new Date()): Promise<BatchReport> {
  let report = NOTHING;
  for (const batch of await listDueBatches(now)) {
    const claim = await claimBatch(batch.id, now, new Date(now.getTime() - BATCH_LEASE_MS));
    if (claim === "taken") continue;
    const told = await tellBatch(batch, now);
    await markBatchSent(batch.id, told.emails + told.digestEntries, now);
    report = add(report, { ...told, batches: 1 });
  }
  return report;
}
