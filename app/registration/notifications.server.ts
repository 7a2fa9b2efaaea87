// Emails about registrations: confirmation (with the person's calendar entry as an iTIP
// invitation), waitlist, promotion, decline, and the cancellation of a registration or of the
// convening (removing the entry). Messages never contain dietary or access needs.
import { DateTime } from "luxon";
import { pickVersion, versionsOf } from "~/domain/bilingual";
import { FORMAT_LOCALE, type Language } from "~/domain/languages";
import { translatorFor } from "~/i18n/translate.server";
import type { Translate } from "~/i18n/translator";
import { recipientLanguage } from "~/mail/recipient-language";
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

function appUrl() {
  return getEnv().APP_URL.replace(/\/$/, "");
}

/** The convening's days and times at its place, in the reader's language (cy-GB dates for Welsh). */
function when(convening: RegistrationConvening, t: Translate, language: Language) {
  const locale = FORMAT_LOCALE[language];
  const start = DateTime.fromJSDate(new Date(convening.startsAt), { zone: convening.timeZone }).setLocale(locale);
  const end = DateTime.fromJSDate(new Date(convening.endsAt), { zone: convening.timeZone }).setLocale(locale);
  const times = { start: start.toFormat("HH:mm"), end: end.toFormat("HH:mm"), zone: convening.timeZone };
  return start.hasSame(end, "day")
    ? t("email.whenSameDay", { date: start.toFormat("cccc d LLLL yyyy"), ...times })
    : t("email.whenDays", { from: start.toFormat("d LLLL"), to: end.toFormat("d LLLL yyyy"), ...times });
}

/** The entry as an invitation (REQUEST) or its removal (CANCEL); null for a convening no feed shows. */
async function calendarFor(
  method: CalendarPart["method"],
  conveningId: string,
  to: Participant,
  language: Language,
): Promise<CalendarPart | null> {
  const source = await loadInvitationSource(conveningId);
  return source ? calendarPartFor(method, source, to, language) : null;
}

function calendarPartFor(
  method: CalendarPart["method"],
  source: InvitationSource,
  to: Participant,
  language: Language,
) {
  return method === "REQUEST"
    ? calendarUpdate(source, to, { language })
    : calendarCancellation(source, to, { language });
}

/** Who gets a registration email: their saved language, if they chose one, decides its words. */
export type RegistrationRecipient = Participant & { savedLanguage?: Language | null };

export async function sendRegistrationEmail(
  kind: RegistrationEmailKind,
  to: RegistrationRecipient,
  convening: RegistrationConvening,
  extra: {
    reason?: string;
    promotionCause?: PromotionCause;
    hadCalendarEntry?: boolean;
    /** For "restored": the status the registration is back in. */
    restoredStatus?: RegistrationStatus;
    /** The language of the person whose action sends it, for a recipient who never chose one. */
    causerLanguage?: Language | null;
  } = {},
) {
  const language = recipientLanguage(to, extra.causerLanguage);
  const t = translatorFor(language);
  const title = pickVersion(versionsOf(convening, "title"), language).value;
  const dates = () => when(convening, t, language);
  const link = `${appUrl()}/convenings/${convening.id}`;
  const isPlaceRestored = kind === "restored" && CALENDAR_ENTRY_STATUSES.includes(extra.restoredStatus ?? "cancelled");
  const hasPlace = kind === "confirmed" || kind === "approved" || kind === "promoted" || isPlaceRestored;
  const calendar = hasPlace
    ? await calendarFor("REQUEST", convening.id, to, language)
    : kind === "cancelled" && extra.hadCalendarEntry
      ? await calendarFor("CANCEL", convening.id, to, language)
      : null;
  const lines = [t("email.greeting", { name: to.name })];
  if (hasPlace) {
    const place = convening.places[0];
    lines.push(
      kind === "promoted"
        ? t(`email.promoted.${extra.promotionCause ?? "place-free"}`, { title })
        : t(isPlaceRestored ? "email.placeRestored" : "email.place", { title }),
      t("email.when", { when: dates() }),
      place ? t("email.where", { where: [place.name, place.address].filter(Boolean).join(", ") }) : "",
      calendar ? t("email.calendarAdds") : "",
    );
  } else if (kind === "restored") {
    const back = extra.restoredStatus ?? "pending";
    lines.push(
      t("email.restored", { title, when: dates() }),
      back === "pending" ? t("email.restoredPending") : back === "waitlisted" ? t("email.restoredWaitlisted") : "",
    );
  } else if (kind === "pending") {
    lines.push(t("email.pending", { title, when: dates() }));
  } else if (kind === "waitlisted") {
    lines.push(t("email.waitlisted", { title }));
  } else if (kind === "cancelled") {
    lines.push(t("email.cancelled", { title, when: dates() }), calendar ? t("email.calendarRemoves") : "");
  } else {
    lines.push(t("email.declined", { title }), extra.reason ? t("email.reason", { reason: extra.reason }) : "");
  }
  lines.push(t("email.details", { url: link }), t("email.yourRegistrations", { url: `${appUrl()}/me/convenings` }));
  await sendEmail({
    to: to.email,
    subject: t(`email.subject.${kind}`, { title }),
    text: lines.filter(Boolean).join("\n\n"),
    language,
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
  let sent = 0;
  for (const registration of registrations) {
    const person = people.get(registration.personId);
    if (!person || person.email.endsWith("@deleted.invalid")) continue;
    const language = recipientLanguage(person); // a programme-wide notice: no one's colleague sent it
    const t = translatorFor(language);
    const title = pickVersion(versionsOf(convening, "title"), language).value;
    const reason = pickVersion(versionsOf(convening, "cancelReason"), language).value;
    const hasEntry = CALENDAR_ENTRY_STATUSES.includes(registration.status);
    const calendar = source && hasEntry ? calendarPartFor("CANCEL", source, person, language) : null;
    const text = [
      t("email.greeting", { name: person.name }),
      t("email.conveningCancelled", { title, when: when(convening, t, language) }),
      reason ? t("email.reason", { reason }) : "",
      calendar ? t("email.calendarRemoves") : "",
      t("email.details", { url: `${appUrl()}/convenings/${convening.id}` }),
    ];
    await sendEmail({
      to: person.email,
      subject: t("email.conveningCancelledSubject", { title }),
      text: text.filter(Boolean).join("\n\n"),
      language,
      ...(calendar ? { calendar } : {}),
    });
    sent++;
  }
  return sent;
}
