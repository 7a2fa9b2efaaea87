// Everyone the cancellation told hears that the convening is back: people with a place get an
// iTIP REQUEST (same UID, the reinstatement's higher SEQUENCE, STATUS:CONFIRMED) that puts the
// entry back in their calendar; people pending or waitlisted, who had no entry, get the news
// alone. Those who chose to hear of no changes are not emailed; their feed shows it.
import { DateTime } from "luxon";
import { calendarUpdate, loadInvitationSource } from "~/calendar/invitations.server";
import { hasCalendarEntry, TOLD_STATUSES, wantsChangeNotices } from "~/change-notices/policy";
import { unsubscribeHeaders } from "~/email-preferences/unsubscribe.server";
import { sendEmail } from "~/mail/mailer.server";
import { getEnv } from "~/utils/env.server";
import type { ConveningRecord } from "~models/convening.server";
import { listNoticeRecipients } from "~models/person.server";
import { listRegistrationsForConvening } from "~models/registration.server";

function dates(convening: ConveningRecord) {
  const start = DateTime.fromJSDate(convening.startsAt, { zone: convening.timeZone });
  const end = DateTime.fromJSDate(convening.endsAt, { zone: convening.timeZone });
  return start.hasSame(end, "day")
    ? `${start.toFormat("cccc d LLLL yyyy, HH:mm")}–${end.toFormat("HH:mm")} local time`
    : `${start.toFormat("d LLLL")} to ${end.toFormat("d LLLL yyyy")}`;
}

/** Queues one email per person told of the cancellation; returns how many were queued. */
export async function notifyConveningReinstated(convening: ConveningRecord): Promise<number> {
  const registrations = await listRegistrationsForConvening(convening.id, { statuses: TOLD_STATUSES });
  const [people, source] = await Promise.all([
    listNoticeRecipients(registrations.map((registration) => registration.personId)),
    loadInvitationSource(convening.id),
  ]);
  const link = `${getEnv().APP_URL.replace(/\/$/, "")}/convenings/${convening.id}`;
  let queued = 0;
  for (const registration of registrations) {
    const person = people.get(registration.personId);
    if (!person || !wantsChangeNotices(person.changeNotices)) continue;
    const hasPlace = hasCalendarEntry(registration.status);
    const calendar = source && hasPlace ? calendarUpdate(source, person) : null;
    const standing = hasPlace
      ? `Your place is kept.${calendar ? " The attached calendar invitation puts it back in your calendar." : ""}`
      : registration.status === "pending"
        ? "Your registration is waiting for the programme team's approval again."
        : "You are back on the waitlist in the place you had.";
    await sendEmail({
      to: person.email,
      subject: `Reinstated: ${convening.title}`,
      text: `Dear ${person.name},\n\n${convening.title} (${dates(convening)}) was cancelled and is going ahead after all.\n\n${standing}\n\nDetails: ${link}`,
      ...(calendar ? { calendar } : {}),
      headers: unsubscribeHeaders(person.id),
      // A reinstatement retried sends nothing twice; a later one (a higher sequence) is news again.
      idempotencyKey: `convening-reinstated:${convening.id}:${convening.sequence}:${registration.id}`,
    });
    queued++;
  }
  return queued;
}
