// Sending feedback forms: once a convening has ended, each attendee gets one email with their own
// one-time link; a week later, one reminder to those who have not answered; nothing after the form
// closes. Every email is claimed before it is sent (the invitation's unique (convening, person)
// insert, then the reminder's own claim), so running the job twice sends nothing twice. The
// daily reminders job runs it; a manager can also send a form at once from its page.
import {
  addDaysTo,
  defaultQuestions,
  isDueForFeedback,
  isFormOpen,
  isReminderDue,
  OPEN_FOR_DAYS,
  SEND_WITHIN_DAYS,
} from "~/domain/feedback/feedback-rules";
import { sendEmail } from "~/mail/mailer.server";
import { getEnv } from "~/utils/env.server";
import { listAgendaSessions } from "~models/agenda-session.server";
import {
  ensureFeedbackForm,
  getFeedbackForm,
  markFeedbackFormSent,
  markFeedbackReminderSent,
  type FeedbackFormRecord,
} from "~models/feedback-form.server";
import {
  claimFeedbackInvitation,
  claimFeedbackReminder,
  listFeedbackInvitations,
  releaseFeedbackInvitation,
  releaseFeedbackReminder,
  renewFeedbackToken,
} from "~models/feedback-invitation.server";
import { listEmailsWithRemindersOff } from "~models/person.server";
import { listConveningsEndedBetween, listFeedbackRecipients } from "~models/queries/feedback-recipients.server";

export type FeedbackMailReport = {
  sent: Array<{ kind: "form" | "reminder"; to: string; conveningId: string }>;
  alreadySent: number;
  failed: Array<{ kind: "form" | "reminder"; to: string; reason: string }>;
};

type ConveningForMail = { id: string; title: string; aims: string[] };

const emptyReport = (): FeedbackMailReport => ({ sent: [], alreadySent: 0, failed: [] });

const closingDay = (at: Date) =>
  at.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The convening's form, made from its aims and live sessions the first time it is asked for. */
export async function ensureFormFor(convening: ConveningForMail): Promise<FeedbackFormRecord> {
  const existing = await getFeedbackForm(convening.id);
  if (existing) return existing;
  const sessions = (await listAgendaSessions(convening.id)).filter((session) => !session.isCancelled);
  return ensureFeedbackForm(
    convening.id,
    defaultQuestions(
      convening.aims,
      sessions.map((session) => ({ id: session.id, title: session.title })),
    ),
  );
}

function formEmail(convening: ConveningForMail, form: FeedbackFormRecord, name: string, token: string) {
  const link = `${getEnv().APP_URL}/feedback/${token}`;
  return {
    subject: `Your feedback on ${convening.title}`,
    text: [
      `Hello ${name},`,
      "",
      `Thank you for taking part in ${convening.title}. How far did it meet its aims, and what will you take back to your city? The form takes about five minutes:`,
      "",
      link,
      "",
      form.named
        ? "Your name will be shown with your answers."
        : "Your answers are confidential: they are not linked to you, and no result is shown for a group of fewer than three people.",
      "The link is yours alone and works once; no account is needed.",
      form.closesAt ? `The form closes on ${closingDay(form.closesAt)}.` : "",
      "",
      "Inclusive Cities planner",
    ]
      .filter((line, index, lines) => line !== "" || lines[index - 1] !== "")
      .join("\n"),
  };
}

/**
 * Sends the form to every attendee not yet invited (all of them the first time); marks the form
 * sent. A closed form sends nothing.
 */
export async function sendFeedbackForm(convening: ConveningForMail, now: Date): Promise<FeedbackMailReport> {
  const report = emptyReport();
  let form = await ensureFormFor(convening);
  if (form.closedAt || (form.sentAt && !isFormOpen(form, now))) return report;
  if (!form.sentAt) {
    await markFeedbackFormSent(convening.id, now, addDaysTo(now, OPEN_FOR_DAYS));
    form = (await getFeedbackForm(convening.id))!;
  }
  for (const recipient of await listFeedbackRecipients(convening.id)) {
    const claim = await claimFeedbackInvitation({
      conveningId: convening.id,
      personId: recipient.personId,
      cityId: recipient.cityId,
      role: recipient.role,
      email: recipient.email,
      now,
    });
    if (!claim) {
      report.alreadySent += 1;
      continue;
    }
    try {
      const email = formEmail(convening, form, recipient.name, claim.token);
      await sendEmail({
        to: recipient.email,
        ...email,
        reason: `You get this email because you attended ${convening.title}.`,
      });
      report.sent.push({ kind: "form", to: recipient.email, conveningId: convening.id });
    } catch (error) {
      await releaseFeedbackInvitation(claim.id);
      report.failed.push({ kind: "form", to: recipient.email, reason: (error as Error).message });
    }
  }
  return report;
}

/** The one reminder, to invitees who have not answered, once it is due; none to those who turned reminders off. */
export async function sendFeedbackReminders(convening: ConveningForMail, now: Date): Promise<FeedbackMailReport> {
  const report = emptyReport();
  const form = await getFeedbackForm(convening.id);
  if (!form || !isReminderDue(form, now)) return report;
  const waiting = (await listFeedbackInvitations(convening.id)).filter((invitation) => !invitation.answeredAt);
  const remindersOff = await listEmailsWithRemindersOff(waiting.map((invitation) => invitation.email));
  const link = `${getEnv().APP_URL}/feedback`;
  for (const invitation of waiting) {
    if (remindersOff.has(invitation.email)) continue;
    if (invitation.reminderSentAt || !(await claimFeedbackReminder(invitation.id, now))) {
      report.alreadySent += 1;
      continue;
    }
    const renewed = await renewFeedbackToken(invitation, now);
    if (!renewed) continue; // answered meanwhile
    try {
      await sendEmail({
        to: invitation.email,
        subject: `Reminder: your feedback on ${convening.title}`,
        text: [
          "Hello,",
          "",
          `A week ago we sent you a short form about ${convening.title}. If you have five minutes, your answers help the programme learn what works:`,
          "",
          `${link}/${renewed.token}`,
          "",
          "This link replaces the one in the first email; it is yours alone and works once.",
          form.closesAt ? `The form closes on ${closingDay(form.closesAt)}.` : "",
          "",
          "Inclusive Cities planner",
        ].join("\n"),
        reason: `You get this email because you attended ${convening.title} and have not yet answered its feedback form.`,
      });
      report.sent.push({ kind: "reminder", to: invitation.email, conveningId: convening.id });
    } catch (error) {
      await releaseFeedbackReminder(renewed.id);
      report.failed.push({ kind: "reminder", to: invitation.email, reason: (error as Error).message });
    }
  }
  await markFeedbackReminderSent(convening.id, now);
  return report;
}

function merge(into: FeedbackMailReport, from: FeedbackMailReport) {
  into.sent.push(...from.sent);
  into.alreadySent += from.alreadySent;
  into.failed.push(...from.failed);
}

/** The scheduled part: forms for convenings that ended lately, and reminders that fell due. */
export async function runFeedbackMail(options: { now?: Date } = {}): Promise<FeedbackMailReport> {
  const now = options.now ?? new Date();
  const report = emptyReport();
  // The window reaches back past the sending window by the time a form stays open, for reminders.
  const convenings = await listConveningsEndedBetween(addDaysTo(now, -(SEND_WITHIN_DAYS + OPEN_FOR_DAYS)), now);
  for (const convening of convenings) {
    if (isDueForFeedback(convening, now)) merge(report, await sendFeedbackForm(convening, now));
    merge(report, await sendFeedbackReminders(convening, now));
  }
  return report;
}
