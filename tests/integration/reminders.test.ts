import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { runReminders } from "~/follow-ups/reminders.server";
import { drainMailQueue } from "~/mail/mail-sender.server";
import { RESEND_ENDPOINT } from "~/mail/mailer.server";
import { createFollowUpAction, recordProgress, type NewFollowUpAction } from "../../models/follow-up-action.server";
import { createPerson } from "../../models/person.server";
import { ReminderDelivery } from "../../models/reminder-delivery.server";
import { mockServer } from "../mocks";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity } from "../factories/people";

withTestDatabase();
beforeEach(() => clearSentEmails());

const MONDAY = new Date("2026-11-23T07:00:00Z");
const TUESDAY = new Date("2026-11-24T07:00:00Z");

async function programme() {
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff");
  await createCity("glasgow");
  const manager = await createAccount({ role: "manager" });
  await createPerson({
    name: "Bristol Lead",
    email: "lead@bristol.example",
    role: "city-rep",
    cityId: bristol,
    programmeRole: "operational-lead",
  });
  const owner = await createPerson({
    name: "Bristol Owner",
    email: "owner@bristol.example",
    role: "participant",
    cityId: bristol,
  });
  await createPerson({ name: "Cardiff Rep", email: "rep@cardiff.example", role: "city-rep", cityId: cardiff });
  const base = (
    ownerCityId: string,
    title: string,
    dueOn: string,
    ownerPersonId: string | null = null,
  ): NewFollowUpAction => ({
    title,
    description: "",
    conveningId: null,
    sessionId: null,
    ownerCityId,
    ownerPersonId,
    dueOn,
    priority: "medium",
    principles: [],
    themes: [],
    resourcesNeeded: "",
    createdBy: { id: manager.id, name: "Manager" },
  });
  await createFollowUpAction(base(bristol, "Publish the welcome strategy", "2026-11-20", owner));
  await createFollowUpAction(base(bristol, "Brief the new cabinet member", "2026-11-27", owner));
  await createFollowUpAction(base(bristol, "Book the taskforce venue", "2026-11-25"));
  await createFollowUpAction(base(bristol, "Plan the spring event", "2026-12-15", owner));
  await createFollowUpAction(base(cardiff, "Share the ESOL data", "2026-11-01"));
  const done = await createFollowUpAction(base(bristol, "Already finished", "2026-11-01", owner));
  await recordProgress(done, {
    authorId: manager.id,
    authorName: "Manager",
    text: "",
    evidenceUrl: "",
    status: "done",
  });
}

const summary = () => sentEmails.map((email) => `${email.to.join(",")} | ${email.subject}`).sort();

describe("npm run reminders", () => {
  it("emails each owner one digest of overdue and due-soon actions, falls back to the lead or reps, and sends the lead a weekly summary", async () => {
    await programme();
    const report = await runReminders({ now: MONDAY });
    expect(summary()).toEqual([
      "lead@bristol.example | Bristol action plan: weekly summary",
      "lead@bristol.example | Follow-up actions: 1 due within 7 days",
      "owner@bristol.example | Follow-up actions: 1 overdue, 1 due within 7 days",
      "rep@cardiff.example | Follow-up actions: 1 overdue",
    ]);
    expect(report.sent).toHaveLength(4);
    const ownerDigest = sentEmails.find((email) => email.to[0] === "owner@bristol.example")!;
    expect(ownerDigest.text).toContain("Publish the welcome strategy (Bristol, 3 days overdue)");
    expect(ownerDigest.text).toContain("Brief the new cabinet member (Bristol, due in 4 days)");
    expect(ownerDigest.text).not.toContain("Plan the spring event");
    expect(ownerDigest.text).not.toContain("Already finished");
    expect(ownerDigest.text).toMatch(/http:\/\/planner\.test\/actions\/[a-f0-9]{24}/);
    const weekly = sentEmails.find((email) => email.subject.includes("weekly summary"))!;
    expect(weekly.text).toContain("1 of 5 actions done (20%), 1 overdue, 2 due within 7 days.");
    expect(weekly.text).toContain("http://planner.test/cities/bristol/plan");
  });

  it("sends nothing twice when run again the same day, and only the daily digests the next day", async () => {
    await programme();
    await runReminders({ now: MONDAY });
    clearSentEmails();
    const again = await runReminders({ now: new Date(MONDAY.getTime() + 6 * 60 * 60 * 1000) });
    expect(sentEmails).toEqual([]);
    expect(again).toMatchObject({ sent: [], alreadySent: 4, failed: [] });
    const tuesday = await runReminders({ now: TUESDAY });
    expect(summary()).toEqual([
      "lead@bristol.example | Follow-up actions: 1 due within 7 days",
      "owner@bristol.example | Follow-up actions: 1 overdue, 1 due within 7 days",
      "rep@cardiff.example | Follow-up actions: 1 overdue",
    ]);
    expect(tuesday.alreadySent).toBe(1); // the weekly summary of this week
    expect(await ReminderDelivery.countDocuments({ sentAt: { $ne: null } })).toBe(7);
  });

  it("does not send twice when two runs overlap", async () => {
    await programme();
    const [first, second] = await Promise.all([runReminders({ now: MONDAY }), runReminders({ now: MONDAY })]);
    expect(first.sent.length + second.sent.length).toBe(4);
    expect(sentEmails).toHaveLength(4);
  });

  it("keeps a digest the email provider could not take queued, and delivers it once the provider answers", async () => {
    await programme();
    mockServer.use(
      http.post(RESEND_ENDPOINT, async ({ request }) => {
        const body = (await request.json()) as { to: string[] };
        if (body.to.includes("rep@cardiff.example")) return HttpResponse.json({ message: "down" }, { status: 503 });
        return HttpResponse.json({ id: "ok" });
      }),
    );
    const first = await runReminders({ now: MONDAY });
    expect([first.sent.length, first.failed]).toEqual([4, []]);
    mockServer.resetHandlers();
    const afterBackoff = () => new Date(Date.now() + 2 * 60_000);
    expect(await drainMailQueue({ now: afterBackoff })).toEqual({ sent: 1, retrying: 0, refused: 0, failed: 0 });
    expect(summary()).toEqual(["rep@cardiff.example | Follow-up actions: 1 overdue"]);
    const again = await runReminders({ now: MONDAY });
    expect(again.alreadySent).toBe(4);
  });
});
