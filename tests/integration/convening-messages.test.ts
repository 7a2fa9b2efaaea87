import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loader as conveningLoader } from "../../app/routes/convenings.$conveningId._index";
import * as messagesModule from "../../app/routes/convenings.$conveningId.messages";
import { ConveningMessage, recordConveningMessage } from "../../models/convening-message.server";
import { MailMessage } from "../../models/mail-message.server";
import { anonymisePerson } from "../../models/person.server";
import { Registration } from "../../models/registration.server";
import { postForm } from "../factories/convenings";
import { createAccount, formRequest, requestAs } from "../factories/people";
import { createColleagues, createConvening } from "../factories/registration";
import { toastAfter } from "../factories/toast";
import { register, registrationIdOf, setUpRegistration } from "../helpers/registration";
import { requestHandlerFor } from "../helpers/remix-handler";
import { body, load } from "../helpers/routes";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { withTestDatabase } from "../setup/database";

withTestDatabase();
beforeEach(() => clearSentEmails());

const { action: messagesAction, loader: messagesLoader } = messagesModule;

const TITLE = "City Working Group meeting";
const REGISTERED_REASON = `You receive this because you are registered for ${TITLE}.`;

/** Bristol's two colleagues and one Cardiff officer registered for a published convening. */
async function setUp() {
  const base = await setUpRegistration({ placesPerCity: 3 });
  const bristolPeople = await createColleagues(base.bristol, 2, "bristolian");
  const [cardiffOfficer] = await createColleagues(base.cardiff, 1, "cardiffian");
  for (const personId of bristolPeople) await register(base.rep.id, base.conveningId, { personId });
  await register(base.manager.id, base.conveningId, { personId: cardiffOfficer });
  clearSentEmails(); // the registration confirmations
  return { ...base, bristolPeople, cardiffOfficer };
}

/** The address createColleagues gives its people. */
const emailOf = (cityId: string, prefix: string, number: string) => `${prefix}.${number}.${cityId}@example.org`;

/** Emails queued for messages (registration emails aside). */
const queuedMessageEmails = () => MailMessage.countDocuments({ idempotencyKey: /^message:/ });

async function openPage(personId: string | null, conveningId: string) {
  return load(messagesLoader, personId, `/convenings/${conveningId}/messages`, { conveningId });
}

async function pageOf(personId: string, conveningId: string) {
  const response = await openPage(personId, conveningId);
  expect(response).toHaveStatus(200);
  return body(response);
}

function post(personId: string, conveningId: string, fields: Record<string, string>) {
  return postForm(messagesAction, personId, `/convenings/${conveningId}/messages`, { conveningId }, fields);
}

/** The form as the page showed it to `personId`, filled in, with the button's intent. */
async function filledForm(
  personId: string,
  conveningId: string,
  fields: Record<string, string>,
): Promise<Record<string, string>> {
  const { formToken } = await pageOf(personId, conveningId);
  return {
    formToken,
    audience: "everyone",
    cityId: "",
    subject: "Travel to Cardiff",
    body: "Trains from Bristol Temple Meads leave at 07:30.\r\n\r\nSee you there.",
    ...fields,
  };
}

describe("previewing a message", () => {
  it("shows the message as recipients read it and how many it goes to, and sends nothing", async () => {
    const { manager, conveningId } = await setUp();
    const page = await pageOf(manager.id, conveningId);
    expect(page.audienceOptions.map((option: { label: string }) => option.label)).toEqual([
      "Everyone registered (3 people)",
      "One city's delegation (choose the city below)",
      "The waitlist (0 people)",
      "Registrations waiting for approval (0 people)",
    ]);
    const fields = await filledForm(manager.id, conveningId, { intent: "preview" });
    const response = await post(manager.id, conveningId, fields);
    expect(response).toHaveStatus(200);
    const answer = await body(response);
    expect(answer.preview).toMatchObject({
      subject: "Travel to Cardiff",
      recipientCount: 3,
      audience: "Everyone registered",
    });
    expect(answer.preview.text).toMatch(
      new RegExp(
        `^Trains from Bristol Temple Meads leave at 07:30\\.\\n\\nSee you there\\.\\n\\n${TITLE}, .+: http\\S+/convenings/${conveningId}\\n\\n-- \\n${REGISTERED_REASON.replace(/\./g, "\\.")}\\n`,
      ),
    );
    expect(answer.values).toMatchObject({
      formToken: fields.formToken,
      audience: "everyone",
      subject: "Travel to Cardiff",
      body: fields.body,
    });
    expect([sentEmails.length, await queuedMessageEmails(), await ConveningMessage.countDocuments()]).toEqual([
      0, 0, 0,
    ]);
  });
});

describe("sending to one city's delegation", () => {
  it("reaches exactly that city's people, once, even when the same form is posted twice", async () => {
    const { manager, bristol, conveningId, bristolPeople } = await setUp();
    const fields = await filledForm(manager.id, conveningId, { intent: "send", audience: "city", cityId: bristol });
    const first = await post(manager.id, conveningId, fields);
    expect(first).toHaveStatus(302);
    expect(first.headers.get("Location")).toBe(`/convenings/${conveningId}/messages`);
    expect(await toastAfter(first)).toBe("Sent to 2 people: the emails are on their way.");
    const again = await post(manager.id, conveningId, fields);
    expect(await toastAfter(again)).toBe("This message was sent already (to 2 people), so nobody got it twice.");

    expect(sentEmails.map((email) => email.to).sort()).toEqual([
      [emailOf(bristol, "bristolian", "01")],
      [emailOf(bristol, "bristolian", "02")],
    ]);
    expect(sentEmails.map((email) => email.subject)).toEqual(["Travel to Cardiff", "Travel to Cardiff"]);
    expect(sentEmails[0].text).toContain(REGISTERED_REASON);
    expect(sentEmails[0].headers?.["Reply-To"]).toBe(manager.email);
    const [message] = await ConveningMessage.find().lean();
    expect(await ConveningMessage.countDocuments()).toBe(1);
    const keys = (
      await MailMessage.find({ idempotencyKey: /^message:/ })
        .select("idempotencyKey")
        .lean()
    )
      .map((mail) => mail.idempotencyKey)
      .sort();
    const registrationIds = await Promise.all(bristolPeople.map((personId) => registrationIdOf(conveningId, personId)));
    expect(keys).toEqual(registrationIds.map((id) => `message:${String(message._id)}:${id}`).sort());
  });

  it("sends once when the same form arrives twice at the same moment", async () => {
    const { rep, bristol, conveningId } = await setUp();
    const fields = await filledForm(rep.id, conveningId, { intent: "send", audience: "city", cityId: bristol });
    const answers = await Promise.all([post(rep.id, conveningId, fields), post(rep.id, conveningId, fields)]);
    expect(answers.map((answer) => answer.status)).toEqual([302, 302]);
    expect([await ConveningMessage.countDocuments(), sentEmails.length]).toEqual([1, 2]);
  });

  it("finishes a send that stopped after the record was made, without sending anyone a second copy", async () => {
    const { manager, bristol, conveningId, bristolPeople } = await setUp();
    const fields = await filledForm(manager.id, conveningId, { intent: "send", audience: "city", cityId: bristol });
    // The request stopped after recording the message and before any email was queued.
    const registrationIds = await Promise.all(bristolPeople.map((personId) => registrationIdOf(conveningId, personId)));
    const { message } = await recordConveningMessage({
      conveningId,
      audience: "city",
      cityId: bristol,
      subject: fields.subject,
      body: "Trains leave at 07:30.",
      sentById: manager.id,
      replyTo: manager.email,
      recipients: registrationIds.map((registrationId, index) => ({ registrationId, personId: bristolPeople[index] })),
      formToken: fields.formToken,
    });
    const stopped = (await pageOf(manager.id, conveningId)).history;
    expect(stopped.map((line: { isQueued: boolean }) => line.isQueued)).toEqual([false]);

    const resumed = await post(manager.id, conveningId, { intent: "resume", messageId: message.id });
    expect(await toastAfter(resumed)).toBe(
      "“Travel to Cardiff”: every recipient's email is on its way (2 people sent now).",
    );
    const repeat = await post(manager.id, conveningId, fields);
    expect(await toastAfter(repeat)).toBe("This message was sent already (to 2 people), so nobody got it twice.");
    expect(sentEmails.map((email) => email.text.split("\n")[0])).toEqual([
      "Trains leave at 07:30.",
      "Trains leave at 07:30.",
    ]);
    expect((await pageOf(manager.id, conveningId)).history[0].isQueued).toBe(true);
  });

  it("never writes to a person whose data was deleted", async () => {
    const { manager, bristol, conveningId, bristolPeople } = await setUp();
    await anonymisePerson(bristolPeople[0]);
    const fields = await filledForm(manager.id, conveningId, { intent: "send", audience: "city", cityId: bristol });
    expect(await toastAfter(await post(manager.id, conveningId, fields))).toBe(
      "Sent to 1 person: the emails are on their way.",
    );
    expect(sentEmails.map((email) => email.to)).toEqual([[emailOf(bristol, "bristolian", "02")]]);
  });
});

describe("audiences", () => {
  it("means people with a place for everyone, and the waitlist and pending registrations for the others", async () => {
    const { manager, bristol, conveningId } = await setUpRegistration({ placesPerCity: 10 });
    const people = await createColleagues(bristol, 7, "delegate");
    const statuses = ["registered", "attended", "no-show", "waitlisted", "pending", "cancelled", "declined"] as const;
    await Registration.insertMany(
      statuses.map((status, index) => ({ conveningId, personId: people[index], cityId: bristol, status })),
    );
    const page = await pageOf(manager.id, conveningId);
    expect(page.audienceOptions.map((option: { label: string }) => option.label)).toEqual([
      "Everyone registered (3 people)",
      "One city's delegation (choose the city below)",
      "The waitlist (1 person)",
      "Registrations waiting for approval (1 person)",
    ]);
    expect(page.cityOptions).toEqual([
      { value: bristol, label: "Bristol (3 people)" },
      { value: expect.any(String), label: "Cardiff (0 people)" },
    ]);
    const fields = await filledForm(manager.id, conveningId, { intent: "send", audience: "waitlist" });
    expect(await toastAfter(await post(manager.id, conveningId, fields))).toBe(
      "Sent to 1 person: the emails are on their way.",
    );
    expect(sentEmails.map((email) => email.to)).toEqual([[emailOf(bristol, "delegate", "04")]]);
    expect(sentEmails[0].text).toContain(`You receive this because you are on the waitlist for ${TITLE}.`);
  });
});

describe("what a city representative may send", () => {
  it("writes to their own city's delegation, sees counts only, and cannot pick another city or the waitlist", async () => {
    const { rep, bristol, cardiff, conveningId } = await setUp();
    const page = await pageOf(rep.id, conveningId);
    expect([page.canChooseAudience, page.audienceOptions, page.cityOptions, page.ownCity]).toEqual([
      false,
      [],
      [],
      { id: bristol, name: "Bristol", recipientCount: 2 },
    ]);
    expect(JSON.stringify(page)).not.toContain("@example.org");

    const toCardiff = await filledForm(rep.id, conveningId, { intent: "send", audience: "city", cityId: cardiff });
    expect(await post(rep.id, conveningId, toCardiff)).toHaveStatus(403);
    const toWaitlist = await filledForm(rep.id, conveningId, { intent: "preview", audience: "waitlist" });
    expect(await post(rep.id, conveningId, toWaitlist)).toHaveStatus(403);
    expect([sentEmails.length, await ConveningMessage.countDocuments()]).toEqual([0, 0]);

    const own = await filledForm(rep.id, conveningId, { intent: "send", audience: "city", cityId: bristol });
    expect(await toastAfter(await post(rep.id, conveningId, own))).toBe(
      "Sent to 2 people: the emails are on their way.",
    );
    expect(sentEmails.map((email) => email.to).sort()).toEqual([
      [emailOf(bristol, "bristolian", "01")],
      [emailOf(bristol, "bristolian", "02")],
    ]);
  });

  it("answers 403 to a rep once the convening is no longer published, 404 for a draft, and 403 to a participant", async () => {
    const { rep, manager } = await setUp();
    const completed = await createConvening({ status: "completed" });
    const draft = await createConvening({ status: "draft" });
    const participant = await createAccount({ role: "participant" });
    expect((await openPage(rep.id, completed)).status).toBe(403);
    expect((await openPage(rep.id, draft)).status).toBe(404);
    expect((await openPage(participant.id, completed)).status).toBe(403);
    expect((await openPage(manager.id, draft)).status).toBe(200);
    const signedOut = await openPage(null, completed);
    expect([signedOut.status, signedOut.headers.get("Location")]).toEqual([
      302,
      `/login?redirectTo=${encodeURIComponent(`/convenings/${completed}/messages`)}`,
    ]);
  });

  it("links the page from the convening for managers and the city's rep, not for guests", async () => {
    const { rep, manager, conveningId } = await setUp();
    const flag = async (personId: string | null) =>
      (await body(await load(conveningLoader, personId, `/convenings/${conveningId}`, { conveningId }))).viewer
        .canWriteMessages;
    expect([await flag(manager.id), await flag(rep.id), await flag(null)]).toEqual([true, true, false]);
  });
});

describe("bad input", () => {
  it("names a subject over 200 characters and an empty message at their fields, keeping what was typed", async () => {
    const { manager, bristol, conveningId } = await setUp();
    const subject = "S".repeat(201);
    const fields = await filledForm(manager.id, conveningId, {
      intent: "send",
      audience: "city",
      cityId: bristol,
      subject,
      body: "   ",
    });
    const response = await post(manager.id, conveningId, fields);
    expect(response).toHaveStatus(400);
    const answer = await body(response);
    expect(answer.errors).toEqual({
      subject: "Subject must be 200 characters or fewer (it has 201)",
      body: "Write the message",
    });
    expect(answer.values).toMatchObject({ formToken: fields.formToken, audience: "city", cityId: bristol, subject });
    expect([sentEmails.length, await ConveningMessage.countDocuments()]).toEqual([0, 0]);
  });

  it("names a message over 10,000 characters, and asks for the city of a delegation", async () => {
    const { manager, conveningId } = await setUp();
    const fields = await filledForm(manager.id, conveningId, {
      intent: "preview",
      audience: "city",
      body: "x".repeat(10_001),
    });
    const answer = await body(await post(manager.id, conveningId, fields));
    expect(answer.errors).toEqual({
      body: "Message must be 10000 characters or fewer (it has 10001)",
      cityId: "Choose the city whose delegation gets the message",
    });
  });

  it("refuses a message to nobody, at the field that chose the audience", async () => {
    const { manager, rep, cardiff, conveningId } = await setUpRegistration();
    const toWaitlist = await filledForm(manager.id, conveningId, { intent: "send", audience: "waitlist" });
    const waitlist = await post(manager.id, conveningId, toWaitlist);
    expect(waitlist).toHaveStatus(400);
    expect((await body(waitlist)).errors).toEqual({
      audience: "Nobody is on the waitlist, so there is nobody to write to.",
    });
    const toCardiff = await filledForm(manager.id, conveningId, {
      intent: "preview",
      audience: "city",
      cityId: cardiff,
    });
    expect((await body(await post(manager.id, conveningId, toCardiff))).errors).toEqual({
      cityId: "Nobody from Cardiff has a place yet, so there is nobody to write to.",
    });
    const fromRep = await filledForm(rep.id, conveningId, { intent: "send", audience: "city", cityId: rep.cityId! });
    const repAnswer = await body(await post(rep.id, conveningId, fromRep));
    expect(repAnswer.errors).toEqual({ form: "Nobody from Bristol has a place yet, so there is nobody to write to." });
    expect(repAnswer.values.subject).toBe("Travel to Cardiff");
    expect([sentEmails.length, await ConveningMessage.countDocuments()]).toEqual([0, 0]);
  });

  it("sends nothing for a form without the token it was shown with, and gives it a fresh one", async () => {
    const { manager, conveningId } = await setUp();
    const fields = await filledForm(manager.id, conveningId, { intent: "send", formToken: "" });
    const answer = await body(await post(manager.id, conveningId, fields));
    expect(answer.errors.form).toBe(
      "This form could not be matched to the page it came from, so nothing was sent. Check the message and send it again.",
    );
    expect(answer.values.formToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(sentEmails.length).toBe(0);
  });
});

describe("the record of messages", () => {
  it("lists each message for managers, and for a rep only their own city's", async () => {
    const { manager, rep, bristol, cardiff, conveningId } = await setUp();
    const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff });
    const toBristol = await filledForm(manager.id, conveningId, { intent: "send", audience: "city", cityId: bristol });
    await post(manager.id, conveningId, toBristol);
    const toEveryone = await filledForm(manager.id, conveningId, {
      intent: "send",
      subject: "Agenda published",
      body: "The agenda is ready.",
    });
    await post(manager.id, conveningId, toEveryone);
    const lines = (history: Array<Record<string, unknown>>) =>
      history.map(({ subject, audience, recipientCount, isQueued }) => ({
        subject,
        audience,
        recipientCount,
        isQueued,
      }));
    const managerView = await pageOf(manager.id, conveningId);
    expect(lines(managerView.history)).toEqual([
      { subject: "Agenda published", audience: "Everyone registered", recipientCount: 3, isQueued: true },
      { subject: "Travel to Cardiff", audience: "Bristol's delegation", recipientCount: 2, isQueued: true },
    ]);
    expect(managerView.history[0].sentAtText).toMatch(/^\d{1,2} \w+ \d{4}, \d{2}:\d{2} \w+/);
    expect(lines((await pageOf(rep.id, conveningId)).history)).toEqual([
      { subject: "Travel to Cardiff", audience: "Bristol's delegation", recipientCount: 2, isQueued: true },
    ]);
    expect((await pageOf(cardiffRep.id, conveningId)).history).toEqual([]);
  });
});

describe("the page as a browser without JavaScript gets it", () => {
  let handle: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    handle = await requestHandlerFor({
      "routes/convenings.$conveningId.messages": { path: "convenings/:conveningId/messages", module: messagesModule },
    });
  });

  it("labels every field, answers Preview with the message and its count, and lists what was sent", async () => {
    const { manager, bristol, conveningId } = await setUp();
    const path = `/convenings/${conveningId}/messages`;
    const page = await (await handle(await requestAs(manager.id, path))).text();
    expect(page).toContain('<label for="audience">Send to</label>');
    expect(page).toContain('<label for="subject">Subject</label>');
    expect(page).toContain('<label for="body">Message</label>');
    expect(page).toContain("No messages yet.");

    const fields = await filledForm(manager.id, conveningId, { intent: "preview", audience: "city", cityId: bristol });
    const previewed = await handle(await formRequest(manager.id, path, fields));
    expect(previewed.status).toBe(200);
    const html = (await previewed.text()).replaceAll("<!-- -->", "");
    expect(html).toContain("This will go to 2 people (Bristol&#x27;s delegation).");
    expect(html).toContain(`<input type="hidden" name="formToken" value="${fields.formToken}"/>`);
    expect(html).toContain('value="Travel to Cardiff"');
    expect(sentEmails.length).toBe(0);

    await post(manager.id, conveningId, { ...fields, intent: "send" });
    const after = (await (await handle(await requestAs(manager.id, path))).text()).replaceAll("<!-- -->", "");
    expect(after).toMatch(
      /<td data-label="Subject">Travel to Cardiff<\/td><td data-label="To">Bristol&#x27;s delegation<\/td><td data-label="People">2<\/td>/,
    );
  });
});
