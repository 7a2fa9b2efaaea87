// One person's change notice: what changed, from → to, at the place and in their own zone; for
// people with a place, the calendar entries the changes touch, as the feeds now write them (a
// REQUEST updates an entry, a CANCEL removes a cancelled session's), one per message part.
import {
  calendarCancellation,
  calendarUpdate,
  type CalendarPart,
  type InvitationSource,
} from "~/calendar/invitations.server";
import { changeList } from "~/domain/change-notices/describe-changes";
import { changedEntries, type NoticeChange } from "~/domain/change-notices/notice-changes";
import { formatDateRange, isValidTimeZone } from "~/domain/local-time";
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";
import { unsubscribeHeaders } from "~/email-preferences/unsubscribe.server";
import type { Email, EmailAttachment } from "~/mail/mailer.server";
import { getEnv } from "~/utils/env.server";
import type { ConveningRecord } from "~models/convening.server";
import type { NoticeRecipient } from "~models/person.server";
import { hasCalendarEntry } from "./policy";

export type PersonNotice = {
  batchId: string;
  registration: { id: string; status: RegistrationStatus };
  person: NoticeRecipient;
  convening: Pick<ConveningRecord, "id" | "title" | "startsAt" | "endsAt" | "timeZone">;
  /** The batch's changes this person is told of, combined. */
  changes: NoticeChange[];
  /** The convening and its sessions as the feeds write them now; null when no feed shows it. */
  source: InvitationSource | null;
  now: Date;
};

/** The person's own zone when they set a real one; null: times at the place only. */
export function readerZoneOf(person: Pick<NoticeRecipient, "timeZone">): string | null {
  return person.timeZone && isValidTimeZone(person.timeZone) ? person.timeZone : null;
}

/** The entries the changes touch, in the notice's order: the convening's, then each session's. */
function calendarParts(notice: PersonNotice): CalendarPart[] {
  const { source, person, now } = notice;
  if (!source || !hasCalendarEntry(notice.registration.status)) return [];
  return changedEntries(notice.changes)
    .flatMap((sessionId) => {
      if (sessionId === null) return [calendarUpdate(source, person, { sentAt: now })];
      const session = source.sessions.find((candidate) => candidate.id === sessionId);
      if (!session) return [];
      const target = { sessionId, sentAt: now };
      return [
        session.isCancelled ? calendarCancellation(source, person, target) : calendarUpdate(source, person, target),
      ];
    })
    .filter((part): part is CalendarPart => part !== null);
}

// iTIP allows one UID per message: the first entry is the email's calendar part, any other
// travels as an attached invitation of its own.
function attachedInvitation(part: CalendarPart, index: number): EmailAttachment {
  return {
    filename: `calendar-update-${index + 2}.ics`,
    content: part.content,
    contentType: `text/calendar; charset=utf-8; method=${part.method}`,
  };
}

function calendarSentence(parts: CalendarPart[]): string {
  if (parts.length === 0) return "";
  if (parts.length === 1) {
    return parts[0].method === "CANCEL"
      ? "The attached calendar invitation removes the cancelled session from your calendar."
      : "The attached calendar invitation updates the entry in your calendar.";
  }
  return `The attached calendar invitations update the ${parts.length} entries in your calendar.`;
}

/** Why this person hears of this convening, for the footer. */
export function registrationReason(status: RegistrationStatus, title: string): string {
  if (status === "pending") return `your registration for ${title} is waiting for approval`;
  if (status === "waitlisted") return `you are on the waitlist for ${title}`;
  return `you are registered for ${title}`;
}

export function changeNoticeEmail(notice: PersonNotice): Email {
  const { convening, person } = notice;
  const appUrl = getEnv().APP_URL;
  const readerZone = readerZoneOf(person);
  const parts = calendarParts(notice);
  const [calendar, ...others] = parts;
  const dates = formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone);
  const text = [
    `Dear ${person.name},`,
    `The programme team has changed ${convening.title} (${dates}).`,
    `What changed:\n${changeList(notice.changes, readerZone)}`,
    readerZone
      ? `Times are local time at the place, and in your time zone (${readerZone}) where your clock reads differently.`
      : `Times are local time at the place. To see them in your own time zone too, set it at ${appUrl}/me/email.`,
    calendarSentence(parts),
    `The agenda: ${appUrl}/convenings/${convening.id}`,
  ].filter(Boolean);
  return {
    to: person.email,
    subject: `Changes to ${convening.title}`,
    text: text.join("\n\n"),
    ...(calendar ? { calendar } : {}),
    attachments: others.map(attachedInvitation),
    reason: `You receive this because ${registrationReason(notice.registration.status, convening.title)}, and chose to hear of changes as they happen.`,
    headers: unsubscribeHeaders(person.id),
    // A batch sent again (a retry, a second instance) queues nothing new for this registration.
    idempotencyKey: `change-notice:${notice.batchId}:${notice.registration.id}`,
  };
}
