// Email preferences at /me/email: change notices as they happen, in a daily digest or not at all,
// reminders on or off, the person's own zone; the digest over real SMTP with its RFC 8058
// List-Unsubscribe headers, and the one-click unsubscribe that works without a session.
import type { ParsedMail } from "mailparser";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runChangeNotices } from "~/change-notices/notice-runner.server";
import { digestDay, digestDueAt } from "~/domain/change-notices/notice-timing";
import { BAD_TOKEN_MESSAGE } from "~/email-preferences/unsubscribe.server";
import { runReminders } from "~/follow-ups/reminders.server";
import { getEnv } from "~/utils/env.server";
import { loader as myDataJsonLoader } from "../../app/routes/me.data[.]json";
import { action as preferencesAction, loader as preferencesLoader } from "../../app/routes/me.email._index";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "../../app/routes/me.email.unsubscribe";
import { createFollowUpAction } from "../../models/follow-up-action.server";
import { createPerson, getEmailPreferences, updateEmailPreferences } from "../../models/person.server";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { thrownResponse } from "../factories/responses";
import { toastAfter } from "../factories/toast";
import { editSession, plannedConvening, registerPerson, runNoticesWhenDue } from "../helpers/change-notices";
import { body, load } from "../helpers/routes";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp-server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.stop());
beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
});
afterEach(() => {
  delete process.env.SMTP_URL;
});

const NEW_YORK = "America/New_York";

async function choose(personId: string, fields: Record<string, string>) {
  const response = await preferencesAction({
    request: await formRequest(personId, "/me/email", fields),
    params: {},
    context: {},
  });
  return response as Response;
}

/** The one-click POST a mail provider sends to the List-Unsubscribe address (RFC 8058), from its own servers. */
function oneClickPost(url: string) {
  return new Request(url, {
    method: "POST",
    body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://mail.provider.example" },
  });
}

/** A header as sent, its folded lines joined again (RFC 5322 unfolding). */
const header = (mail: ParsedMail, key: string) =>
  mail.headerLines.find((line) => line.key === key)?.line.replace(/\r?\n(?=[ \t])/g, "");

describe("/me/email", () => {
  it("sends a signed-out visitor to sign in, as the other /me pages do", async () => {
    const response = await load(preferencesLoader, null, "/me/email");
    expect([response.status, response.headers.get("Location")]).toEqual([302, "/login?redirectTo=%2Fme%2Femail"]);
    const posted = await thrownResponse(
      preferencesAction({
        request: await formRequest(null, "/me/email", { changeNotices: "none" }),
        params: {},
        context: {},
      }),
    );
    expect([posted.status, posted.headers.get("Location")]).toEqual([302, "/login?redirectTo=%2Fme%2Femail"]);
  });

  it("shows the person's choices, offers the zone their browser reported, and saves what they choose", async () => {
    const person = await createAccount({ role: "participant" });
    const signedIn = await requestAs(person.id, "/me/email");
    // The browser's zone, as the agenda pages' script stores it beside the session cookie.
    const request = new Request(signedIn, {
      headers: { Cookie: `${signedIn.headers.get("Cookie")}; tz=America%2FNew_York` },
    });
    const page = await body((await preferencesLoader({ request, params: {}, context: {} })) as Response);
    expect(page).toEqual({
      values: { changeNotices: "immediately", isReminderWanted: "on", timeZone: NEW_YORK },
      browserZone: NEW_YORK,
    });

    const saved = await choose(person.id, { changeNotices: "daily-digest", timeZone: "Europe/Berlin" });
    expect(await toastAfter(saved)).toBe("Your email preferences are saved.");
    expect(await getEmailPreferences(person.id)).toEqual({
      changeNotices: "daily-digest",
      isReminderWanted: false,
      timeZone: "Europe/Berlin",
    });
    // What they chose is theirs: it is in their data download too.
    const download = await myDataJsonLoader({
      request: await requestAs(person.id, "/me/data.json"),
      params: {},
      context: {},
    });
    expect(((await download.json()) as { profile: Record<string, unknown> }).profile).toMatchObject({
      changeNotices: "daily-digest",
      isReminderWanted: false,
      timeZone: "Europe/Berlin",
    });
  });

  it("answers a time zone that does not exist with a message at the field, keeping what was typed", async () => {
    const person = await createAccount({ role: "participant" });
    const response = await choose(person.id, {
      changeNotices: "none",
      isReminderWanted: "on",
      timeZone: "Europe/Cardiff",
    });
    expect(response).toHaveStatus(400);
    const reply = await body(response);
    expect([reply.errors, reply.values]).toEqual([
      { timeZone: "Enter a time zone such as Europe/London or America/New_York, or leave it blank" },
      { changeNotices: "none", isReminderWanted: "on", timeZone: "Europe/Cardiff" },
    ]);
    expect(await getEmailPreferences(person.id)).toEqual({
      changeNotices: "immediately",
      isReminderWanted: true,
      timeZone: null,
    });
  });
});

describe("a person who chose a daily digest", () => {
  it("gets nothing when the change is made and one digest the next morning at 07:00 their time, with one-click unsubscribe", async () => {
    const { rep, manager, conveningId, sessionId } = await plannedConvening();
    await registerPerson(rep.id, conveningId, rep.id);
    await choose(rep.id, { changeNotices: "daily-digest", isReminderWanted: "on", timeZone: NEW_YORK });
    smtp.received.length = 0;

    await editSession(manager.id, conveningId, sessionId, { startTime: "11:00", endTime: "12:00" });
    const sentAt = new Date(Date.now() + (getEnv().CHANGE_NOTICE_DELAY + 1) * 1000);
    expect(await runChangeNotices({ now: sentAt })).toEqual({
      batches: 1,
      emails: 0,
      digestEntries: 1,
      digests: 0,
      refused: 0,
    });
    expect(smtp.received).toEqual([]);

    const due = digestDueAt(digestDay(sentAt, NEW_YORK), NEW_YORK);
    expect(await runChangeNotices({ now: new Date(due.getTime() - 1) })).toMatchObject({ digests: 0 });
    const [first, second] = await Promise.all([runChangeNotices({ now: due }), runChangeNotices({ now: due })]);
    expect(first.digests + second.digests).toBe(1);
    expect(await runChangeNotices({ now: new Date(due.getTime() + 86_400_000) })).toMatchObject({ digests: 0 });
    expect(smtp.received.map((mail) => mail.to)).toEqual([[rep.email]]);

    const digest = await smtp.parsed(0);
    expect(digest.subject).toMatch(/^Daily digest: changes to your convenings on \w+day \d{1,2} \w+ \d{4}$/);
    expect(digest.text).toContain(
      [
        `City Working Group meeting: Cardiff (http://planner.test/convenings/${conveningId}):`,
        "- “Welcome and introductions” starts: Thursday 10 October 2030, 09:30 BST → Thursday 10 October 2030, 11:00 BST",
        "  Your time (America/New_York): Thursday 10 October 2030, 04:30 EDT → Thursday 10 October 2030, 06:00 EDT",
      ].join("\n"),
    );
    expect(digest.attachments).toEqual([]);
    const unsubscribe =
      /^List-Unsubscribe: <(http:\/\/planner\.test\/me\/email\/unsubscribe\?token=[^>]+)>, <mailto:planner@example\.org\?subject=unsubscribe>$/.exec(
        header(digest, "list-unsubscribe") ?? "",
      );
    expect(unsubscribe).not.toBeNull();
    expect(header(digest, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    // The mail provider's one-click POST: no session, another origin, the token in the address.
    const response = (await unsubscribeAction({
      request: oneClickPost(unsubscribe![1]),
      params: {},
      context: {},
    })) as Response;
    expect([response.status, await response.text()]).toEqual([
      200,
      "Unsubscribed: you will get no more emails about changes to your convenings.",
    ]);
    expect(await getEmailPreferences(rep.id)).toMatchObject({ changeNotices: "none" });

    await editSession(manager.id, conveningId, sessionId, { startTime: "11:30", endTime: "12:30" });
    expect(await runNoticesWhenDue()).toMatchObject({ batches: 1, emails: 0, digestEntries: 0 });
  });
});

describe("the unsubscribe link", () => {
  it("refuses a one-click POST whose token is altered, cut short or missing, with a plain message", async () => {
    const person = await createAccount({ role: "participant" });
    const forged = `${person.id}.${"A".repeat(43)}`;
    for (const token of [forged, person.id, ""]) {
      const url = `http://planner.test/me/email/unsubscribe${token ? `?token=${token}` : ""}`;
      const response = await thrownResponse(unsubscribeAction({ request: oneClickPost(url), params: {}, context: {} }));
      expect([response.status, response.headers.get("Content-Type"), await response.text()]).toEqual([
        403,
        "text/plain; charset=utf-8",
        BAD_TOKEN_MESSAGE,
      ]);
    }
    expect(await getEmailPreferences(person.id)).toMatchObject({ changeNotices: "immediately" });
  });

  it("opens a page with a button rather than unsubscribing on a GET, and 400 for a bad token", async () => {
    const { rep, manager, conveningId, sessionId } = await plannedConvening();
    await registerPerson(rep.id, conveningId, rep.id);
    smtp.received.length = 0;
    await editSession(manager.id, conveningId, sessionId, { room: "Room 2" });
    await runNoticesWhenDue();
    const notice = await smtp.parsed(0);
    const url = /<(http:[^>]+)>/.exec(header(notice, "list-unsubscribe") ?? "")![1];

    const page = await load(unsubscribeLoader, null, url);
    expect(page).toHaveStatus(200);
    expect(await getEmailPreferences(rep.id)).toMatchObject({ changeNotices: "immediately" });
    const bad = await load(unsubscribeLoader, null, "/me/email/unsubscribe?token=nonsense");
    expect([bad.status, await bad.json()]).toEqual([400, { token: null }]);

    // The page's button is an ordinary form of this site: checked for its origin like every form.
    const token = new URL(url).searchParams.get("token")!;
    const crossSite = new Request(url, {
      method: "POST",
      body: new URLSearchParams({ token }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
    });
    expect(await thrownResponse(unsubscribeAction({ request: crossSite, params: {}, context: {} }))).toHaveStatus(403);
    const pressed = await unsubscribeAction({
      request: await requestAs(null, url, {
        method: "POST",
        body: new URLSearchParams({ token }),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
      params: {},
      context: {},
    });
    expect(await (pressed as Response).json()).toEqual({
      done: "Unsubscribed: you will get no more emails about changes to your convenings.",
    });
    expect(await getEmailPreferences(rep.id)).toMatchObject({ changeNotices: "none" });
  });
});

describe("reminders", () => {
  it("are not sent to a person who turned them off, neither the daily digest nor the weekly summary", async () => {
    const manager = await createAccount({ role: "manager" });
    const bristol = await createCity("bristol");
    const lead = await createPerson({
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
    await createFollowUpAction({
      title: "Publish the welcome strategy",
      description: "",
      conveningId: null,
      sessionId: null,
      ownerCityId: bristol,
      ownerPersonId: owner,
      dueOn: "2026-11-20",
      priority: "medium",
      principles: [],
      themes: [],
      resourcesNeeded: "",
      createdBy: { id: manager.id, name: "Manager" },
    });
    await updateEmailPreferences(lead, { changeNotices: "immediately", isReminderWanted: false, timeZone: null });
    smtp.received.length = 0;

    const report = await runReminders({ now: new Date("2026-11-23T07:00:00Z") });
    expect(report.sent.map((message) => `${message.kind} ${message.to}`)).toEqual([
      "owner-digest owner@bristol.example",
    ]);
    expect(smtp.received.map((mail) => mail.to)).toEqual([["owner@bristol.example"]]);
  });
});
