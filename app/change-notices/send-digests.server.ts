// The daily digest: for each person who chose it, one email on the morning after a day with
// changes, listing that day's change notices of all their convenings. Its idempotency key is the
// person and the day, so however often the runner or `npm run send-mail` runs, and on however
// many instances, a person gets one digest a day.
import { dayName as nameOfDay, isDigestDue } from "~/domain/change-notices/notice-timing";
import { unsubscribeHeaders } from "~/email-preferences/unsubscribe.server";
import { MailerError, sendEmail, type Email } from "~/mail/mailer.server";
import { getEnv } from "~/utils/env.server";
import { listUndigestedEntries, markEntriesDigested, type DigestEntryRecord } from "~models/digest-entry.server";
import { listNoticeRecipients, type NoticeRecipient } from "~models/person.server";
import { wantsChangeNotices } from "./policy";

export type DigestReport = { digests: number; refused: number };

type DigestDay = { personId: string; day: string; zone: string; entries: DigestEntryRecord[] };

function dueDigests(entries: DigestEntryRecord[], now: Date): DigestDay[] {
  const days = new Map<string, DigestDay>();
  for (const entry of entries) {
    if (!isDigestDue(entry.day, entry.zone, now)) continue;
    const key = `${entry.personId}:${entry.day}`;
    const digest = days.get(key) ?? { personId: entry.personId, day: entry.day, zone: entry.zone, entries: [] };
    digest.entries.push(entry);
    days.set(key, digest);
  }
  return [...days.values()];
}

/** One section per convening, its notices of the day in the order they were sent. */
function sections(entries: DigestEntryRecord[], appUrl: string): string[] {
  const byConvening = new Map<string, DigestEntryRecord[]>();
  for (const entry of entries)
    byConvening.set(entry.conveningId, [...(byConvening.get(entry.conveningId) ?? []), entry]);
  return [...byConvening.entries()].map(([conveningId, notices]) =>
    [
      `${notices[notices.length - 1].conveningTitle} (${appUrl}/convenings/${conveningId}):`,
      ...notices.map((notice) => notice.changeList),
    ].join("\n"),
  );
}

export function digestEmail(person: NoticeRecipient, digest: DigestDay): Email {
  const appUrl = getEnv().APP_URL;
  const dayName = nameOfDay(digest.day);
  const count = new Set(digest.entries.map((entry) => entry.conveningId)).size;
  const text = [
    `Dear ${person.name},`,
    `On ${dayName} the programme team changed ${count === 1 ? "a convening" : `${count} convenings`} you are registered for or waiting for a place at.`,
    ...sections(digest.entries, appUrl),
    "Times are local time at the place, and in your own time zone where you set one and your clock reads differently.",
    `This digest carries no calendar invitations: your personal calendar feed keeps your calendar up to date (${appUrl}/me/calendar).`,
  ];
  return {
    to: person.email,
    subject: `Daily digest: changes to your convenings on ${dayName}`,
    text: text.join("\n\n"),
    reason: "You receive this because you chose a daily digest of changes to your convenings.",
    headers: unsubscribeHeaders(person.id),
    idempotencyKey: `change-digest:${person.id}:${digest.day}`,
  };
}

export async function sendDueDigests(now = new Date()): Promise<DigestReport> {
  const digests = dueDigests(await listUndigestedEntries(), now);
  const people = await listNoticeRecipients(digests.map((digest) => digest.personId));
  const report: DigestReport = { digests: 0, refused: 0 };
  for (const digest of digests) {
    const person = people.get(digest.personId);
    // Someone who unsubscribed (or whose data was deleted) since is sent nothing.
    if (person && wantsChangeNotices(person.changeNotices)) {
      try {
        const queued = await sendEmail(digestEmail(person, digest));
        if (!queued.isDuplicate) report.digests += 1;
      } catch (error) {
        if (!(error instanceof MailerError)) throw error;
        report.refused += 1;
      }
    }
    await markEntriesDigested(
      digest.entries.map((entry) => entry.id),
      now,
    );
  }
  return report;
}
