// Emails about registrations: confirmation (with the person's calendar entry as an iTIP
// invitation), waitlist, promotion, decline, and the cancellation of a registration or of the
// convening (removing the entry). Messages never contain dietary or access needs.
import { DateTime } from "luxon";
import type { Participant } from "~/domain/ical/participants";
import {
  calendarCancellation,
  calendarUpdate,
  loadInvitationSource,
  type CalendarPart,
  type InvitationSource,
} from "~/calendar/invitations.server";
import { getEnv } from "~/utils/env.server";
import { sendEmail } from "~/mail/mailer.server";
import { getPeopleByIds } from "~models/person.server";
import { listRegistrationsForConvening } from "~models/registration.server";
import { getRegistrationConvening, type RegistrationConvening } from "~models/convening.server";
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";

export type RegistrationEmailKind =
  "confirmed" | "pending" | "waitlisted" | "promoted" | "approved" | "declined" | "cancelled" | "restored";

/** Registrations whose confirmation put the convening in the person's calendar. */
export const CALENDAR_ENTRY_STATUSES: readonly RegistrationStatus[] = ["registered", "attended", "no-show"];

/** Why a place came free for someone on the waitlist: the promotion email says what really happened. */
export type PromotionCause = "cancellation" | "more-places" | "place-free";

const PROMOTION_OPENINGS: Record<PromotionCause, string> = {
  cancellation: "Someone cancelled",
  "more-places": "More places were made available",
  "place-free": "A place became free",
};

function appUrl() {
  return getEnv().APP_URL.replace(/\/$/, "");
}

function when(convening: RegistrationConvening) {
  const start = DateTime.fromJSDate(new Date(convening.startsAt), { zone: convening.timeZone });
  const end = DateTime.fromJSDate(new Date(convening.endsAt), { zone: convening.timeZone });
  const sameDay = start.hasSame(end, "day");
  const dates = sameDay
    ? start.toFormat("cccc d LLLL yyyy")
    : `${start.toFormat("d LLLL")} to ${end.toFormat("d LLLL yyyy")}`;
  return `${dates}, ${start.toFormat("HH:mm")}–${end.toFormat("HH:mm")} local time (${convening.timeZone})`;
}

/** The entry as an invitation (REQUEST) or its removal (CANCEL); null for a convening no feed shows. */
async function calendarFor(
  method: CalendarPart["method"],
  conveningId: string,
  to: Participant,
): Promise<CalendarPart | null> {
  const source = await loadInvitationSource(conveningId);
  return source ? calendarPartFor(method, source, to) : null;
}

function calendarPartFor(method: CalendarPart["method"], source: InvitationSource, to: Participant) {
  return method === "REQUEST" ? calendarUpdate(source, to) : calendarCancellation(source, to);
}

const SUBJECTS: Record<RegistrationEmailKind, string> = {
  confirmed: "You are registered",
  approved: "Your registration is approved",
  promoted: "A place has opened up: you are registered",
  pending: "Your registration is waiting for approval",
  waitlisted: "You are on the waitlist",
  declined: "Your registration was declined",
  cancelled: "Your registration is cancelled",
  restored: "Your registration is back",
};

/** An undone cancellation or decline: where the registration stands again, in the email's words. */
const RESTORED_LINES: Partial<Record<RegistrationStatus, string>> = {
  pending: "It is waiting for the programme team's approval again; we will email you when it is decided.",
  waitlisted: "You are back on the waitlist in the place you had. If a place opens up you will get it automatically.",
};

export async function sendRegistrationEmail(
  kind: RegistrationEmailKind,
  to: Participant,
  convening: RegistrationConvening,
  extra: {
    reason?: string;
    promotionCause?: PromotionCause;
    hadCalendarEntry?: boolean;
    /** For "restored": the status the registration is back in. */
    restoredStatus?: RegistrationStatus;
  } = {},
) {
  const link = `${appUrl()}/convenings/${convening.id}`;
  const isPlaceRestored = kind === "restored" && CALENDAR_ENTRY_STATUSES.includes(extra.restoredStatus ?? "cancelled");
  const hasPlace = kind === "confirmed" || kind === "approved" || kind === "promoted" || isPlaceRestored;
  const calendar = hasPlace
    ? await calendarFor("REQUEST", convening.id, to)
    : kind === "cancelled" && extra.hadCalendarEntry
      ? await calendarFor("CANCEL", convening.id, to)
      : null;
  const lines = [`Dear ${to.name},`];
  if (hasPlace) {
    lines.push(
      kind === "promoted"
        ? `${PROMOTION_OPENINGS[extra.promotionCause ?? "place-free"]}, so you have moved from the waitlist to a place at ${convening.title}.`
        : isPlaceRestored
          ? `The cancellation of your registration was undone: you have your place at ${convening.title} again.`
          : `You have a place at ${convening.title}.`,
      `When: ${when(convening)}`,
      convening.places[0]
        ? `Where: ${[convening.places[0].name, convening.places[0].address].filter(Boolean).join(", ")}`
        : "",
      calendar ? "The attached calendar invitation adds it to your calendar." : "",
    );
  } else if (kind === "restored") {
    lines.push(
      `The change to your registration for ${convening.title} (${when(convening)}) was undone.`,
      RESTORED_LINES[extra.restoredStatus ?? "pending"] ?? "",
    );
  } else if (kind === "pending") {
    lines.push(
      `Your registration for ${convening.title} (${when(convening)}) is waiting for the programme team's approval. We will email you when it is decided.`,
    );
  } else if (kind === "waitlisted") {
    lines.push(
      `${convening.title} is full for now, so you are on the waitlist. If a place opens up you will get it automatically, in the order people joined, and we will email you.`,
    );
  } else if (kind === "cancelled") {
    lines.push(
      `Your registration for ${convening.title} (${when(convening)}) has been cancelled.`,
      calendar ? "The attached calendar file removes it from your calendar." : "",
    );
  } else {
    lines.push(`Your registration for ${convening.title} was declined.`, extra.reason ? `Reason: ${extra.reason}` : "");
  }
  lines.push(`Details: ${link}`, `Your registrations: ${appUrl()}/me/convenings`);
  await sendEmail({
    to: to.email,
    subject: `${SUBJECTS[kind]}: ${convening.title}`,
    text: lines.filter(Boolean).join("\n\n"),
    ...(calendar ? { calendar } : {}),
  });
}

/**
 * Tells everyone with a place, a pending request or a waitlist spot that the convening is
 * cancelled; those whose calendar has it get the CANCEL that removes it.
 */
export async function notifyConveningCancelled(conveningId: string): Promise<number> {
  const convening = await getRegistrationConvening(conveningId);
  if (!convening) return 0;
  const registrations = await listRegistrationsForConvening(conveningId, {
    statuses: ["registered", "attended", "no-show", "waitlisted", "pending"],
  });
  const [people, source] = await Promise.all([
    getPeopleByIds(registrations.map((registration) => registration.personId)),
    loadInvitationSource(conveningId),
  ]);
  const reason = convening.cancelReason ? `\n\nReason: ${convening.cancelReason}` : "";
  let sent = 0;
  for (const registration of registrations) {
    const person = people.get(registration.personId);
    if (!person || person.email.endsWith("@deleted.invalid")) continue;
    const hasEntry = CALENDAR_ENTRY_STATUSES.includes(registration.status);
    const calendar = source && hasEntry ? calendarPartFor("CANCEL", source, person) : null;
    const removal = calendar ? "\n\nThe attached calendar file removes it from your calendar." : "";
    await sendEmail({
      to: person.email,
      subject: `Cancelled: ${convening.title}`,
      text: `Dear ${person.name},\n\n${convening.title} (${when(convening)}) has been cancelled.${reason}${removal}\n\nDetails: ${appUrl()}/convenings/${convening.id}`,
      ...(calendar ? { calendar } : {}),
    });
    sent++;
  }
  return sent;
}
