// The daily reminders job: a digest of due-soon and overdue actions to each owner (or, with no
// owner, the city's operational lead, else its reps), and a weekly plan summary to each city's
// operational lead. Each message is claimed in ReminderDelivery before sending, so running the job
// twice in a day (or a week, for summaries) sends nothing twice.
import {
  addDays,
  describeDue,
  DUE_SOON_DAYS,
  isoWeekPeriod,
  isOverdue,
  progressFigures,
  todayIn,
} from "~/domain/follow-ups/action-rules";
import { getEnv } from "~/utils/env.server";
import { sendEmail } from "~/mail/mailer.server";
import { getPeopleByIds, listCityContacts, type PersonForActions } from "~models/queries/action-context.server";
import { listCities } from "~models/city.server";
import { listEmailsWithRemindersOff } from "~models/person.server";
import { listActionsForCities, listActiveActionsDue, type ActionSummary } from "~models/follow-up-action.server";
import { claimReminder, markReminderSent, releaseReminder, type ReminderKind } from "~models/reminder-delivery.server";

export type ReminderReport = {
  sent: Array<{ kind: ReminderKind; to: string; subject: string }>;
  alreadySent: number;
  failed: Array<{ kind: ReminderKind; to: string; reason: string }>;
};

type Outgoing = { kind: ReminderKind; to: string; period: string; subject: string; text: string; actionCount: number };

/** Owner, else the city's operational leads, else its reps: someone always hears about an action. */
function recipientsFor(
  action: ActionSummary,
  owners: Map<string, PersonForActions>,
  contacts: PersonForActions[],
): PersonForActions[] {
  const owner = action.ownerPersonId ? owners.get(action.ownerPersonId) : undefined;
  if (owner) return [owner];
  const cityPeople = contacts.filter((person) => person.cityId === action.ownerCityId);
  const leads = cityPeople.filter((person) => person.programmeRole === "operational-lead");
  return leads.length > 0 ? leads : cityPeople.filter((person) => person.role === "city-rep");
}

function actionLine(action: ActionSummary, today: string, cityName: string, appUrl: string) {
  return `- ${action.title} (${cityName}, ${describeDue(action, today)})\n  ${appUrl}/actions/${action.id}`;
}

function ownerDigests(
  due: ActionSummary[],
  owners: Map<string, PersonForActions>,
  contacts: PersonForActions[],
  cityName: Map<string, string>,
  today: string,
  appUrl: string,
): Outgoing[] {
  const byRecipient = new Map<string, { person: PersonForActions; actions: ActionSummary[] }>();
  for (const action of due) {
    for (const person of recipientsFor(action, owners, contacts)) {
      const key = person.email.toLowerCase();
      const entry = byRecipient.get(key) ?? { person, actions: [] };
      entry.actions.push(action);
      byRecipient.set(key, entry);
    }
  }
  return [...byRecipient.entries()].map(([email, { person, actions }]) => {
    const overdue = actions.filter((action) => isOverdue(action, today));
    const soon = actions.filter((action) => !isOverdue(action, today));
    const subject = [
      overdue.length > 0 ? `${overdue.length} overdue` : null,
      soon.length > 0 ? `${soon.length} due within ${DUE_SOON_DAYS} days` : null,
    ]
      .filter(Boolean)
      .join(", ");
    const section = (title: string, list: ActionSummary[]) =>
      list.length === 0
        ? []
        : [
            `${title}:`,
            ...list.map((action) => actionLine(action, today, cityName.get(action.ownerCityId) ?? "", appUrl)),
            "",
          ];
    const text = [
      `Hello ${person.name},`,
      "",
      "These follow-up actions need you this week. A progress update (even a line) keeps everyone informed.",
      "",
      ...section("Overdue", overdue),
      ...section(`Due within ${DUE_SOON_DAYS} days`, soon),
      "Inclusive Cities planner",
    ].join("\n");
    return {
      kind: "owner-digest" as const,
      to: email,
      period: today,
      subject: `Follow-up actions: ${subject}`,
      text,
      actionCount: actions.length,
    };
  });
}

function weeklySummaries(
  cityActions: ActionSummary[],
  leads: PersonForActions[],
  cities: Array<{ id: string; slug: string; name: string }>,
  now: Date,
  today: string,
  appUrl: string,
): Outgoing[] {
  const period = isoWeekPeriod(now);
  const weekAgo = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000);
  const messages: Outgoing[] = [];
  for (const city of cities) {
    const actions = cityActions.filter((action) => action.ownerCityId === city.id);
    const cityLeads = leads.filter((lead) => lead.cityId === city.id);
    if (actions.length === 0 || cityLeads.length === 0) continue;
    const figures = progressFigures(actions, today);
    const overdue = actions.filter((action) => isOverdue(action, today));
    const changed = actions.filter((action) => action.lastProgressAt && action.lastProgressAt >= weekAgo).length;
    const lines = [
      `${figures.done} of ${figures.total - figures.dropped} actions done (${figures.percentDone}%), ${figures.overdue} overdue, ${figures.dueSoon} due within ${DUE_SOON_DAYS} days.`,
      `${changed} ${changed === 1 ? "action was" : "actions were"} raised or updated in the last 7 days.`,
      "",
      ...(overdue.length > 0
        ? ["Overdue:", ...overdue.map((action) => actionLine(action, today, city.name, appUrl)), ""]
        : []),
      `The whole plan: ${appUrl}/cities/${city.slug}/plan`,
    ];
    for (const lead of cityLeads) {
      messages.push({
        kind: "weekly-summary",
        to: lead.email.toLowerCase(),
        period,
        subject: `${city.name} action plan: weekly summary`,
        text: [
          `Hello ${lead.name},`,
          "",
          `This week in ${city.name}'s action plan:`,
          "",
          ...lines,
          "",
          "Inclusive Cities planner",
        ].join("\n"),
        actionCount: actions.length,
      });
    }
  }
  return messages;
}

export async function runReminders(options: { now?: Date } = {}): Promise<ReminderReport> {
  const now = options.now ?? new Date();
  const today = todayIn(now);
  const appUrl = getEnv().APP_URL;
  const [due, cities] = await Promise.all([listActiveActionsDue({ to: addDays(today, DUE_SOON_DAYS) }), listCities()]);
  const cityIds = cities.map((city) => city.id);
  const [owners, contacts, cityActions] = await Promise.all([
    getPeopleByIds(due.map((action) => action.ownerPersonId)),
    listCityContacts(cityIds),
    listActionsForCities(cityIds),
  ]);
  const ownerById = new Map(owners.map((owner) => [owner.id, owner]));
  const cityName = new Map(cities.map((city) => [city.id, city.name]));
  const leads = contacts.filter((person) => person.programmeRole === "operational-lead");
  const drafted = [
    ...ownerDigests(due, ownerById, contacts, cityName, today, appUrl),
    ...weeklySummaries(cityActions, leads, cities, now, today, appUrl),
  ];
  // People who turned reminders off at /me/email get neither digests nor weekly summaries.
  const remindersOff = await listEmailsWithRemindersOff(drafted.map((message) => message.to));
  const outgoing = drafted.filter((message) => !remindersOff.has(message.to));

  const report: ReminderReport = { sent: [], alreadySent: 0, failed: [] };
  for (const message of outgoing) {
    const claim = { kind: message.kind, recipient: message.to, period: message.period };
    if (!(await claimReminder({ ...claim, subject: message.subject, actionCount: message.actionCount }))) {
      report.alreadySent += 1;
      continue;
    }
    try {
      await sendEmail({ to: message.to, subject: message.subject, text: message.text });
      await markReminderSent(claim);
      report.sent.push({ kind: message.kind, to: message.to, subject: message.subject });
    } catch (error) {
      // Give the claim back so tomorrow's run (or a re-run) tries this message again.
      await releaseReminder(claim);
      report.failed.push({ kind: message.kind, to: message.to, reason: (error as Error).message });
    }
  }
  return report;
}
