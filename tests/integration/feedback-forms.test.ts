// Feedback forms end to end: the daily job sends each attendee of an ended convening one email
// with their own link (read back from the real SMTP server), the link opens the form without an
// account, and one submission stores answers that are not linked to the person; running the job
// again sends nothing twice, the one reminder goes only to those who have not answered, and bad
// answers, a used link and a closed form are refused in words.
import { beforeAll, describe, expect, it } from "vitest";
import * as respondModule from "../../app/routes/feedback.$token";
import { requestHandlerFor } from "../helpers/remix-handler";
import { runFeedbackMail } from "~/feedback/feedback-mail.server";
import { drainMailQueue } from "~/mail/mail-sender.server";
import { Convening } from "../../models/convening.server";
import { setAttendanceMark } from "../../models/attendance-mark.server";
import { FeedbackForm, getFeedbackForm } from "../../models/feedback-form.server";
import {
  FeedbackInvitation,
  listFeedbackInvitations,
  countAnswersByCity,
} from "../../models/feedback-invitation.server";
import { FeedbackResponse, listFeedbackResponses } from "../../models/feedback-response.server";
import { createPerson } from "../../models/person.server";
import { upsertSeedRegistration } from "../../models/registration.server";
import { action as respondAction, loader as respondLoader } from "../../app/routes/feedback.$token";
import { action as pageAction, loader as pageLoader } from "../../app/routes/convenings.$conveningId.feedback._index";
import { withTestDatabase } from "../setup/database";
import { withSmtpServer } from "../helpers/smtp-server";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { createConvening } from "../factories/registration";
import { thrownResponse } from "../factories/responses";

withTestDatabase();
const smtp = withSmtpServer();

const DAY = 24 * 3600 * 1000;
const NOW = new Date();

async function endedConvening(options: { status?: "published" | "completed" | "cancelled" } = {}) {
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff");
  const conveningId = await createConvening({
    title: "Welcoming Cities Summit",
    status: options.status ?? "completed",
    startsAt: new Date(NOW.getTime() - 3 * DAY),
    endsAt: new Date(NOW.getTime() - DAY),
  });
  await Convening.updateOne({ _id: conveningId }, { $set: { aims: ["Share welcome strategies"] } });
  const people: Record<string, string> = {};
  for (const [name, cityId] of [
    ["Ann", bristol],
    ["Ben", bristol],
    ["Cat", cardiff],
  ] as const) {
    people[name] = await createPerson({
      name,
      email: `${name.toLowerCase()}@example.org`,
      role: "participant",
      cityId,
    });
    await upsertSeedRegistration({
      conveningId,
      personId: people[name],
      cityId,
      status: "registered",
      roleAtEvent: "",
    });
  }
  return { conveningId, bristol, cardiff, people };
}

/** Sends what the job queued over SMTP; each email's recipient and text, sorted by recipient. */
async function deliveredMail() {
  await drainMailQueue();
  const mails = [];
  for (let index = 0; index < smtp.received.length; index += 1) {
    const parsed = await smtp.parsed(index);
    mails.push({ to: smtp.received[index].to[0], subject: parsed.subject ?? "", text: parsed.text ?? "" });
  }
  return mails.sort((a, b) => a.to.localeCompare(b.to));
}

const tokenIn = (text: string) => /http:\/\/planner\.test\/feedback\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

async function openForm(token: string) {
  const response = await respondLoader({
    request: await requestAs(null, `/feedback/${token}`),
    params: { token },
    context: {},
  });
  return (response as Response).json();
}

async function submit(token: string, fields: Record<string, string>) {
  const response = (await respondAction({
    request: await formRequest(null, `/feedback/${token}`, fields),
    params: { token },
    context: {},
  })) as Response;
  return { status: response.status, body: await response.json() };
}

describe("sending feedback forms when a convening ends", () => {
  it("sends one form per attendee; the link opens the form and one submission is stored, not linked to the person", async () => {
    const { conveningId, bristol } = await endedConvening();
    const report = await runFeedbackMail({ now: NOW });
    expect(report.sent.map((sent) => sent.to).sort()).toEqual([
      "ann@example.org",
      "ben@example.org",
      "cat@example.org",
    ]);
    const mails = await deliveredMail();
    expect(mails.map((mail) => [mail.to, mail.subject])).toEqual([
      ["ann@example.org", "Your feedback on Welcoming Cities Summit"],
      ["ben@example.org", "Your feedback on Welcoming Cities Summit"],
      ["cat@example.org", "Your feedback on Welcoming Cities Summit"],
    ]);
    expect(mails[0].text).toContain("Your answers are confidential");
    const token = tokenIn(mails[0].text);

    const page = await openForm(token);
    expect(page.state).toBe("open");
    expect(page.named).toBe(false);
    expect(page.questions.map((question: { key: string }) => question.key)).toEqual(["aim-1", "take-back", "change"]);

    const answer = await submit(token, { "aim-1": "4", "take-back": "A buddy scheme for newcomers", change: "" });
    expect(answer).toEqual({ status: 200, body: { status: "saved" } });

    const stored = await FeedbackResponse.find().lean();
    expect(stored).toHaveLength(1);
    expect(stored[0].personId).toBeUndefined();
    expect(String(stored[0].cityId)).toBe(bristol);
    expect(stored[0].submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const invitations = await FeedbackInvitation.find().lean();
    expect(invitations.map((invitation) => invitation._id)).not.toContain(stored[0]._id);
    expect(await listFeedbackResponses(conveningId)).toEqual([
      {
        cityId: bristol,
        role: "participant",
        answers: [
          { key: "aim-1", score: 4 },
          { key: "take-back", text: "A buddy scheme for newcomers" },
        ],
      },
    ]);
    const byCity = (await countAnswersByCity(conveningId)).sort((a, b) => b.invited - a.invited);
    expect(byCity.map((row) => [row.invited, row.answered])).toEqual([
      [2, 1],
      [1, 0],
    ]);
  });

  it("running the job twice sends nothing twice", async () => {
    await endedConvening();
    await runFeedbackMail({ now: NOW });
    const again = await runFeedbackMail({ now: new Date(NOW.getTime() + 3600 * 1000) });
    expect([again.sent, again.alreadySent]).toEqual([[], 3]);
    expect(await deliveredMail()).toHaveLength(3);
    expect(await FeedbackInvitation.countDocuments()).toBe(3);
  });

  it("sends to those marked here when attendance was taken, and to none for a cancelled convening", async () => {
    const { conveningId, people } = await endedConvening();
    const manager = await createAccount({ role: "manager" });
    await setAttendanceMark({
      conveningId,
      slot: "session-0123456789abcdef01234567",
      personId: people.Ann,
      mark: "here",
      markedById: manager.id,
    });
    await setAttendanceMark({
      conveningId,
      slot: "session-0123456789abcdef01234567",
      personId: people.Ben,
      mark: "away",
      markedById: manager.id,
    });
    const report = await runFeedbackMail({ now: NOW });
    expect(report.sent.map((sent) => sent.to)).toEqual(["ann@example.org"]);
    await Convening.updateOne({ _id: conveningId }, { $set: { status: "cancelled" } });
    await FeedbackInvitation.deleteMany({});
    expect((await runFeedbackMail({ now: NOW })).sent).toEqual([]);
  });

  it("sends the one reminder a week later only to those who have not answered, with a new link", async () => {
    const { conveningId } = await endedConvening();
    await runFeedbackMail({ now: NOW });
    const first = await deliveredMail();
    const annToken = tokenIn(first[0].text);
    const benToken = tokenIn(first[1].text);
    await submit(annToken, { "aim-1": "5" });
    smtp.received.length = 0;

    expect((await runFeedbackMail({ now: new Date(NOW.getTime() + 3 * DAY) })).sent).toEqual([]);
    const weekLater = new Date(NOW.getTime() + 8 * DAY);
    const report = await runFeedbackMail({ now: weekLater });
    expect(report.sent.map((sent) => [sent.kind, sent.to]).sort()).toEqual([
      ["reminder", "ben@example.org"],
      ["reminder", "cat@example.org"],
    ]);
    const reminders = await deliveredMail();
    expect(reminders.map((mail) => mail.subject)).toEqual([
      "Reminder: your feedback on Welcoming Cities Summit",
      "Reminder: your feedback on Welcoming Cities Summit",
    ]);
    const renewed = tokenIn(reminders[0].text);
    expect(renewed).not.toBe(benToken);
    const gone = await thrownResponse(openForm(benToken));
    expect(gone.status).toBe(404);
    expect((await openForm(renewed)).state).toBe("open");

    const again = await runFeedbackMail({ now: new Date(weekLater.getTime() + DAY) });
    expect(again.sent).toEqual([]);
    expect((await getFeedbackForm(conveningId))?.reminderSentAt).toEqual(weekLater);
  });
});

describe("answering a feedback form", () => {
  async function linkOfAnn() {
    const setup = await endedConvening();
    await runFeedbackMail({ now: NOW });
    const mails = await deliveredMail();
    return { ...setup, token: tokenIn(mails[0].text) };
  }

  it("refuses a score out of range at its field with the input kept, and stores nothing", async () => {
    const { token } = await linkOfAnn();
    const answer = await submit(token, { "aim-1": "7", "take-back": "Keep this text" });
    expect(answer).toEqual({
      status: 400,
      body: {
        status: "invalid",
        errors: { "aim-1": "Choose a score from 1 to 5, or leave it unanswered" },
        values: { "aim-1": "7", "take-back": "Keep this text", change: "" },
      },
    });
    expect(await FeedbackResponse.countDocuments()).toBe(0);
    expect((await FeedbackInvitation.find({ answeredAt: { $ne: null } }).lean()).length).toBe(0);
  });

  it("refuses a link used twice", async () => {
    const { token } = await linkOfAnn();
    await submit(token, { "aim-1": "3" });
    expect(await submit(token, { "aim-1": "1" })).toEqual({
      status: 409,
      body: { status: "refused", message: "This link has already been used: thank you, your answers were saved." },
    });
    expect((await openForm(token)).state).toBe("answered");
    expect(await FeedbackResponse.countDocuments()).toBe(1);
  });

  it("refuses answers to a closed form", async () => {
    const { conveningId, token } = await linkOfAnn();
    await FeedbackForm.updateOne({ _id: conveningId }, { $set: { closedAt: new Date() } });
    expect((await openForm(token)).state).toBe("closed");
    expect(await submit(token, { "aim-1": "3" })).toEqual({
      status: 409,
      body: {
        status: "refused",
        message: "This feedback form has closed: answers are no longer taken. Thank you all the same.",
      },
    });
    expect(await FeedbackResponse.countDocuments()).toBe(0);
  });

  it("answers an unknown link with a 404 in words", async () => {
    await endedConvening();
    const response = await thrownResponse(openForm("A".repeat(43)));
    expect([response.status, await response.text()]).toEqual([
      404,
      "This feedback link is not known. It may have been mistyped, or replaced by the link in a reminder email.",
    ]);
  });
});

describe("the manager's feedback page", () => {
  it("makes the form named before sending; respondents are told, and their answers carry their name", async () => {
    const { conveningId, people } = await endedConvening();
    const manager = await createAccount({ role: "manager" });
    const url = `/convenings/${conveningId}/feedback`;
    const loaded = await (
      (await pageLoader({
        request: await requestAs(manager.id, url),
        params: { conveningId },
        context: {},
      })) as Response
    ).json();
    expect(loaded.form.named).toBe(false);
    const named = (await pageAction({
      request: await formRequest(manager.id, url, {
        intent: "set-named",
        revision: String(loaded.form.revision),
        named: "on",
      }),
      params: { conveningId },
      context: {},
    })) as Response;
    expect(named.status).toBe(302);
    const added = (await pageAction({
      request: await formRequest(manager.id, url, {
        intent: "add-question",
        revision: String(loaded.form.revision + 1),
        kind: "scale",
        text: "How good was the venue?",
      }),
      params: { conveningId },
      context: {},
    })) as Response;
    expect(added.status).toBe(302);
    const sent = (await pageAction({
      request: await formRequest(manager.id, url, { intent: "send-now" }),
      params: { conveningId },
      context: {},
    })) as Response;
    expect(sent.status).toBe(302);
    const mails = await deliveredMail();
    expect(mails[0].text).toContain("Your name will be shown with your answers.");
    const token = tokenIn(mails[0].text);
    const page = await openForm(token);
    expect(page.named).toBe(true);
    expect(page.questions.at(-1)).toEqual({ key: "added-1", kind: "scale", text: "How good was the venue?" });
    await submit(token, { "added-1": "2" });
    expect(await listFeedbackResponses(conveningId)).toEqual([
      expect.objectContaining({ personId: people.Ann, answers: [{ key: "added-1", score: 2 }] }),
    ]);
    expect((await listFeedbackInvitations(conveningId)).length).toBe(3);
  });

  it("shows a city rep their own city's response rate only, and refuses a participant", async () => {
    const { conveningId, cardiff } = await endedConvening();
    await runFeedbackMail({ now: NOW });
    const rep = await createAccount({ role: "city-rep", cityId: cardiff });
    const url = `/convenings/${conveningId}/feedback`;
    const data = await (
      (await pageLoader({ request: await requestAs(rep.id, url), params: { conveningId }, context: {} })) as Response
    ).json();
    expect([data.canManage, data.byCity, data.form.questions]).toEqual([
      false,
      [{ cityName: "Cardiff", invited: 1, answered: 0 }],
      [],
    ]);
    const participant = await createAccount({ role: "participant", cityId: cardiff });
    const refused = await thrownResponse(
      pageLoader({ request: await requestAs(participant.id, url), params: { conveningId }, context: {} }),
    );
    expect(refused.status).toBe(403);
    const repPost = await thrownResponse(
      pageAction({
        request: await formRequest(rep.id, url, { intent: "send-now" }),
        params: { conveningId },
        context: {},
      }),
    );
    expect(repPost.status).toBe(403);
  });
});

describe("the respondent's page as a browser gets it", () => {
  let handle: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    handle = await requestHandlerFor({ "routes/feedback.$token": { path: "feedback/:token", module: respondModule } });
  });

  it("tells the respondent of a named form before the questions, and shows a refused score at its field", async () => {
    const { conveningId } = await endedConvening();
    await FeedbackForm.create({
      _id: conveningId,
      conveningId,
      named: true,
      questions: [{ key: "aim-1", kind: "aim", text: "How far did the meeting achieve aim 1?", aimNumber: 1 }],
    });
    await runFeedbackMail({ now: NOW });
    const token = tokenIn((await deliveredMail())[0].text);
    const page = await (await handle(await requestAs(null, `/feedback/${token}`))).text();
    expect(page).toContain("Your name will be shown with your answers.");
    expect(page.indexOf("Your name will be shown")).toBeLessThan(
      page.indexOf("How far did the meeting achieve aim 1?"),
    );
    expect(page).toContain("<legend>How far did the meeting achieve aim 1?</legend>");

    const refused = await handle(await formRequest(null, `/feedback/${token}`, { "aim-1": "9" }));
    const html = await refused.text();
    expect(refused.status).toBe(400);
    expect(html).toContain('id="q-aim-1-error"');
    expect(html).toContain("Choose a score from 1 to 5, or leave it unanswered");
    expect(html).toContain('aria-invalid="true"');
  });
});
