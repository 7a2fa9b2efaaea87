// Emails about registrations: confirmation (with the convening as an .ics), waitlist, promotion,
// decline, and the convening's cancellation. Messages never contain dietary or access needs.
import { DateTime } from "luxon";
import { buildCalendar } from "~/domain/ical/build-calendar";
import { getEnv } from "~/utils/env.server";
import { sendEmail } from "~/mail/mailer.server";
import { getPeopleByIds } from "~models/person.server";
import { listRegistrationsForConvening } from "~models/registration.server";
import { getRegistrationConvening, type RegistrationConvening } from "~models/convening.server";

export type RegistrationEmailKind = "confirmed" | "pending" | "waitlisted" | "promoted" | "approved" | "declined";

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

export function conveningIcs(convening: RegistrationConvening): string {
  return buildCalendar({
    name: convening.title,
    description: convening.summary,
    events: [
      {
        uid: `convening-${convening.id}@convening-planner`,
        sequence: convening.sequence,
        title: convening.title,
        description: convening.summary,
        start: new Date(convening.startsAt),
        end: new Date(convening.endsAt),
        timeZone: convening.timeZone,
        location: convening.places[0]
          ? { title: convening.places[0].name, address: convening.places[0].address }
          : undefined,
        url: `${appUrl()}/convenings/${convening.id}`,
        status: convening.status === "cancelled" ? "cancelled" : "confirmed",
        lastModified: new Date(convening.updatedAt),
        created: new Date(convening.createdAt),
      },
    ],
  });
}

const SUBJECTS: Record<RegistrationEmailKind, string> = {
  confirmed: "You are registered",
  approved: "Your registration is approved",
  promoted: "A place has opened up: you are registered",
  pending: "Your registration is waiting for approval",
  waitlisted: "You are on the waitlist",
  declined: "Your registration was declined",
};

export async function sendRegistrationEmail(
  kind: RegistrationEmailKind,
  to: { name: string; email: string },
  convening: RegistrationConvening,
  extra: { reason?: string; promotionCause?: PromotionCause } = {},
) {
  const link = `${appUrl()}/convenings/${convening.id}`;
  const lines = [`Dear ${to.name},`];
  if (kind === "confirmed" || kind === "approved" || kind === "promoted") {
    lines.push(
      kind === "promoted"
        ? `${PROMOTION_OPENINGS[extra.promotionCause ?? "place-free"]}, so you have moved from the waitlist to a place at ${convening.title}.`
        : `You have a place at ${convening.title}.`,
      `When: ${when(convening)}`,
      convening.places[0]
        ? `Where: ${[convening.places[0].name, convening.places[0].address].filter(Boolean).join(", ")}`
        : "",
      "The attached calendar file adds it to your calendar.",
    );
  } else if (kind === "pending") {
    lines.push(
      `Your registration for ${convening.title} (${when(convening)}) is waiting for the programme team's approval. We will email you when it is decided.`,
    );
  } else if (kind === "waitlisted") {
    lines.push(
      `${convening.title} is full for now, so you are on the waitlist. If a place opens up you will get it automatically, in the order people joined, and we will email you.`,
    );
  } else {
    lines.push(`Your registration for ${convening.title} was declined.`, extra.reason ? `Reason: ${extra.reason}` : "");
  }
  lines.push(`Details: ${link}`, `Your registrations: ${appUrl()}/me/convenings`);
  const hasPlace = kind === "confirmed" || kind === "approved" || kind === "promoted";
  await sendEmail({
    to: to.email,
    subject: `${SUBJECTS[kind]}: ${convening.title}`,
    text: lines.filter(Boolean).join("\n\n"),
    attachments: hasPlace
      ? [{ filename: "convening.ics", content: conveningIcs(convening), contentType: "text/calendar; charset=utf-8" }]
      : [],
  });
}

/** Tells everyone with a place, a pending request or a waitlist spot that the convening is cancelled. */
export async function notifyConveningCancelled(conveningId: string): Promise<number> {
  const convening = await getRegistrationConvening(conveningId);
  if (!convening) return 0;
  const registrations = await listRegistrationsForConvening(conveningId, {
    statuses: ["registered", "attended", "no-show", "waitlisted", "pending"],
  });
  const people = await getPeopleByIds(registrations.map((registration) => registration.personId));
  const recipients = [...people.values()].filter((person) => !person.email.endsWith("@deleted.invalid"));
  const reason = convening.cancelReason ? `\n\nReason: ${convening.cancelReason}` : "";
  for (const person of recipients) {
    await sendEmail({
      to: person.email,
      subject: `Cancelled: ${convening.title}`,
      text: `Dear ${person.name},\n\n${convening.title} (${when(convening)}) has been cancelled.${reason}\n\nThe attached calendar file removes it from your calendar.\n\nDetails: ${appUrl()}/convenings/${convening.id}`,
      attachments: [
        {
          filename: "convening.ics",
          content: conveningIcs({ ...convening, status: "cancelled" }),
          contentType: "text/calendar; charset=utf-8",
        },
      ],
    });
  }
  return recipients.length;
}
