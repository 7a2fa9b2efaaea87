// Change notices end to end over real SMTP: a manager's edits through the edit pages, batched for
// CHANGE_NOTICE_DELAY, then one email per person whose calendar part updates (or removes) the
// entry their personal feed has, with the same UID and the feed's current SEQUENCE.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { clearFeedCache } from "~/calendar/feeds.server";
import {
  runChangeNotices,
  startChangeNoticeRunner,
  stopChangeNoticeRunner,
} from "~/change-notices/notice-runner.server";
import { setMailDelivery } from "~/mail/background-sender.server";
import { conveningUid, sessionUid } from "~/domain/ical/calendar-uids";
import { loader as editConveningLoader } from "../../app/routes/convenings.$conveningId.edit";
import { loader as editSessionLoader } from "../../app/routes/convenings.$conveningId.sessions.$sessionId.edit";
import { listChanges } from "../../models/convening-change.server";
import { rotateCalendarToken } from "../../models/person.server";
import { createColleagues } from "../factories/registration";
import { toastAfter } from "../factories/toast";
import { invitationEvent } from "../helpers/calendar-mail";
import {
  calendarPartsOfMail,
  editConvening,
  editSession,
  plannedConvening,
  registerPerson,
  runNoticesWhenDue,
  setSessionCancelled,
} from "../helpers/change-notices";
import { createDraft } from "../helpers/convenings";
import { mailQueue, withEnv } from "../helpers/mail";
import { body, load } from "../helpers/routes";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp-server";
import { withTestDatabase } from "../setup/database";
import { feedOf, fetchFeed } from "./calendar-helpers";

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
  clearFeedCache();
});

/** The set-up's own mail (registration confirmations) is not what these tests look at. */
function forgetMailSoFar() {
  smtp.received.length = 0;
}

async function mailTo(address: string) {
  const indexes = smtp.received.flatMap((mail, index) => (mail.to.includes(address) ? [index] : []));
  return Promise.all(indexes.map((index) => smtp.parsed(index)));
}

/** The feed's event for a UID, as the person's own calendar subscription has it now. */
async function personalFeedEvent(personId: string, uid: string) {
  clearFeedCache();
  const feed = await feedOf(fetchFeed.personal(await rotateCalendarToken(personId)));
  const vevent = feed.vevents.find((candidate) => candidate.getFirstPropertyValue("uid") === uid);
  if (!vevent) throw new Error(`no ${uid} in the personal feed`);
  return {
    sequence: Number(vevent.getFirstPropertyValue("sequence")),
    status: vevent.getFirstPropertyValue("status"),
    start: String(vevent.getFirstPropertyValue("dtstart")),
  };
}

const TITLE = "City Working Group meeting: Cardiff";
const SESSION = "Welcome and introductions";

describe("a registered person whose session moves", () => {
  it("gets one notice after the batch window, whose REQUEST updates the entry their feed has", async () => {
    const { rep, manager, conveningId, sessionId } = await plannedConvening();
    await registerPerson(rep.id, conveningId, rep.id);
    const before = await personalFeedEvent(rep.id, sessionUid(sessionId));
    forgetMailSoFar();

    const saved = await editSession(manager.id, conveningId, sessionId, { startTime: "11:00", endTime: "12:00" });
    expect(await toastAfter(saved)).toBe(
      `Saved “${SESSION}”. Attendees will be emailed about it within 5 minutes, in one email with any other changes saved meanwhile.`,
    );
    expect(await runChangeNotices()).toMatchObject({ batches: 0, emails: 0 });
    expect(smtp.received).toEqual([]);

    expect(await runNoticesWhenDue()).toEqual({ batches: 1, emails: 1, digestEntries: 0, digests: 0, refused: 0 });
    const [mail, ...others] = await mailTo(rep.email);
    expect(others).toEqual([]);
    expect(mail.subject).toBe(`Changes to ${TITLE}`);
    expect(mail.text).toContain(
      [
        "What changed:",
        `- “${SESSION}” starts: Thursday 10 October 2030, 09:30 BST → Thursday 10 October 2030, 11:00 BST`,
        `- “${SESSION}” ends: Thursday 10 October 2030, 10:30 BST → Thursday 10 October 2030, 12:00 BST`,
      ].join("\n"),
    );
    expect(mail.text).toContain("The attached calendar invitation updates the entry in your calendar.");

    const parts = calendarPartsOfMail(mail);
    expect(parts.map((part) => part.method)).toEqual(["REQUEST"]);
    const sent = invitationEvent(parts[0]);
    const feed = await personalFeedEvent(rep.id, sessionUid(sessionId));
    expect([sent.method, sent.uid, sent.sequence, sent.status]).toEqual([
      "REQUEST",
      sessionUid(sessionId),
      feed.sequence,
      "CONFIRMED",
    ]);
    expect(feed.sequence).toBeGreaterThan(before.sequence);
    expect([String(sent.vevent.getFirstPropertyValue("dtstart")), feed.start]).toEqual([
      "2030-10-10T11:00:00",
      "2030-10-10T11:00:00",
    ]);

    expect(await runNoticesWhenDue()).toMatchObject({ batches: 0, emails: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("gets one email for three edits within the window, listing all three, with an entry for each thing changed", async () => {
    const { rep, manager, conveningId, sessionId } = await plannedConvening();
    await registerPerson(rep.id, conveningId, rep.id);
    forgetMailSoFar();

    await editSession(manager.id, conveningId, sessionId, { startTime: "10:00", endTime: "11:00" });
    await editSession(manager.id, conveningId, sessionId, { room: "Room 2" });
    await editConvening(manager.id, conveningId, { endDate: "2030-10-12" });
    expect(await runNoticesWhenDue()).toMatchObject({ batches: 1, emails: 1 });

    const [mail, ...others] = await mailTo(rep.email);
    expect(others).toEqual([]);
    expect(mail.text).toContain(
      [
        "What changed:",
        "- Ends: Friday 11 October 2030, 17:00 BST → Saturday 12 October 2030, 17:00 BST",
        `- “${SESSION}” starts: Thursday 10 October 2030, 09:30 BST → Thursday 10 October 2030, 10:00 BST`,
        `- “${SESSION}” ends: Thursday 10 October 2030, 10:30 BST → Thursday 10 October 2030, 11:00 BST`,
        `- “${SESSION}” place: Council Chamber, Cardiff City Hall → Room 2, Cardiff City Hall`,
      ].join("\n"),
    );
    const entries = calendarPartsOfMail(mail).map(invitationEvent);
    expect(entries.map((entry) => [entry.method, entry.uid])).toEqual([
      ["REQUEST", conveningUid(conveningId)],
      ["REQUEST", sessionUid(sessionId)],
    ]);
    expect(entries[0].sequence).toBe((await personalFeedEvent(rep.id, conveningUid(conveningId))).sequence);
    expect(entries[1].sequence).toBe((await personalFeedEvent(rep.id, sessionUid(sessionId))).sequence);
  });

  it("gets nothing when the manager ticks “Don't notify attendees”, while the history still records the change", async () => {
    const { rep, manager, conveningId, sessionId } = await plannedConvening();
    await registerPerson(rep.id, conveningId, rep.id);
    forgetMailSoFar();

    const typoFix = await editSession(manager.id, conveningId, sessionId, {
      room: "Council Chamber (ground floor)",
      skipChangeNotice: "on",
    });
    expect(await toastAfter(typoFix)).toBe(`Saved “${SESSION}”. Attendees were not emailed about it, as you chose.`);
    expect(await runNoticesWhenDue()).toEqual({ batches: 0, emails: 0, digestEntries: 0, digests: 0, refused: 0 });
    expect(smtp.received).toEqual([]);
    expect((await listChanges(conveningId)).map((change) => change.kind)).toEqual([
      "session-updated",
      "convening-published",
    ]);
  });

  it("whose session is cancelled gets a METHOD:CANCEL that removes that session's entry", async () => {
    const { rep, manager, conveningId, sessionId } = await plannedConvening();
    await registerPerson(rep.id, conveningId, rep.id);
    forgetMailSoFar();

    const cancelled = await setSessionCancelled(manager.id, conveningId, sessionId, "cancel");
    expect(await toastAfter(cancelled)).toBe(
      `Cancelled “${SESSION}”. It stays on the agenda, marked cancelled. Attendees will be emailed about it within 5 minutes, in one email with any other changes saved meanwhile.`,
    );
    await runNoticesWhenDue();
    const [mail] = await mailTo(rep.email);
    expect(mail.text).toContain(`- “${SESSION}” status: scheduled → cancelled`);
    expect(mail.text).toContain("The attached calendar invitation removes the cancelled session from your calendar.");
    const [part] = calendarPartsOfMail(mail);
    const sent = invitationEvent(part);
    const feed = await personalFeedEvent(rep.id, sessionUid(sessionId));
    expect([sent.method, sent.uid, sent.status, sent.sequence]).toEqual([
      "CANCEL",
      sessionUid(sessionId),
      "CANCELLED",
      feed.sequence,
    ]);
    expect(feed.status).toBe("CANCELLED");
  });

  it("hears nothing of a session cancelled and restored within the window", async () => {
    const { rep, manager, conveningId, sessionId } = await plannedConvening();
    await registerPerson(rep.id, conveningId, rep.id);
    forgetMailSoFar();

    await setSessionCancelled(manager.id, conveningId, sessionId, "cancel");
    await setSessionCancelled(manager.id, conveningId, sessionId, "restore");
    expect(await runNoticesWhenDue()).toMatchObject({ batches: 1, emails: 0 });
    expect(smtp.received).toEqual([]);
  });
});

describe("sending change notices", () => {
  it("sends one email to each person when two senders run at once", async () => {
    const { rep, bristol, manager, conveningId, sessionId } = await plannedConvening();
    const [colleague] = await createColleagues(bristol, 1);
    await registerPerson(rep.id, conveningId, rep.id);
    await registerPerson(rep.id, conveningId, colleague);
    forgetMailSoFar();

    await editSession(manager.id, conveningId, sessionId, { placeName: "Cardiff Central Library", room: "" });
    const reports = await Promise.all([runNoticesWhenDue(), runNoticesWhenDue()]);
    expect(reports.reduce((sum, report) => sum + report.emails, 0)).toBe(2);
    expect(smtp.received.map((mail) => mail.to).sort()).toEqual(
      [[rep.email], [`colleague.01.${bristol}@example.org`]].sort(),
    );
    const notices = (await mailQueue()).filter((message) => message.subject === `Changes to ${TITLE}`);
    expect(notices.map((message) => message.status)).toEqual(["sent", "sent"]);
  });

  it("does not tell someone who registered after the change what their confirmation already said", async () => {
    const { rep, bristol, manager, conveningId, sessionId } = await plannedConvening();
    const [latecomer] = await createColleagues(bristol, 1);
    await registerPerson(rep.id, conveningId, rep.id);
    await editSession(manager.id, conveningId, sessionId, { room: "Room 2" });
    await registerPerson(rep.id, conveningId, latecomer);
    forgetMailSoFar();

    expect(await runNoticesWhenDue()).toMatchObject({ batches: 1, emails: 1 });
    expect(smtp.received.map((mail) => mail.to)).toEqual([[rep.email]]);
  });

  it("tells a waitlisted person of new dates but not of a new joining link, and never sends them a calendar entry", async () => {
    const { rep, bristol, manager, conveningId } = await plannedConvening({
      placesPerCity: "1",
      format: "hybrid",
      onlineUrl: "https://meet.example.org/cardiff",
    });
    const [waiting] = await createColleagues(bristol, 1);
    const waitingEmail = `colleague.01.${bristol}@example.org`;
    await registerPerson(rep.id, conveningId, rep.id);
    await registerPerson(rep.id, conveningId, waiting);
    const page = await body(
      await load(editConveningLoader, manager.id, `/convenings/${conveningId}/edit`, { conveningId }),
    );
    expect(page.notice).toEqual({ isAnnounced: true, withPlace: 1, waiting: 1, delay: "5 minutes" });
    forgetMailSoFar();

    await editConvening(manager.id, conveningId, { onlineUrl: "https://meet.example.org/cardiff-2" });
    await runNoticesWhenDue();
    expect(smtp.received.map((mail) => mail.to)).toEqual([[rep.email]]);
    const [linkNotice] = await mailTo(rep.email);
    expect(linkNotice.text).toContain(
      "- Online joining link: https://meet.example.org/cardiff → https://meet.example.org/cardiff-2",
    );
    forgetMailSoFar();

    await editConvening(manager.id, conveningId, { startDate: "2030-10-17", endDate: "2030-10-18" });
    await runNoticesWhenDue();
    const [dateNotice, ...others] = await mailTo(waitingEmail);
    expect(others).toEqual([]);
    expect(dateNotice.text).toContain(
      [
        "- Starts: Thursday 10 October 2030, 09:00 BST → Thursday 17 October 2030, 09:00 BST",
        "- Ends: Friday 11 October 2030, 17:00 BST → Friday 18 October 2030, 17:00 BST",
      ].join("\n"),
    );
    expect(dateNotice.text).not.toContain("meet.example.org");
    expect(calendarPartsOfMail(dateNotice)).toEqual([]);
    expect(dateNotice.text).toContain("You receive this because you are on the waitlist for");
    expect(calendarPartsOfMail((await mailTo(rep.email))[0]).map((part) => part.method)).toEqual(["REQUEST"]);
  });

  it("says before saving how many people a session's change will reach, and that a draft's reach nobody", async () => {
    const { rep, manager, conveningId, sessionId } = await plannedConvening();
    await registerPerson(rep.id, conveningId, rep.id);
    const url = `/convenings/${conveningId}/sessions/${sessionId}/edit`;
    const page = await body(await load(editSessionLoader, manager.id, url, { conveningId, sessionId }));
    expect(page.notice).toEqual({ isAnnounced: true, withPlace: 1, waiting: 0, delay: "5 minutes" });

    const draftId = await createDraft(manager.id);
    const draft = await body(
      await load(editConveningLoader, manager.id, `/convenings/${draftId}/edit`, { conveningId: draftId }),
    );
    expect(draft.notice).toEqual({ isAnnounced: false, withPlace: 0, waiting: 0, delay: "5 minutes" });
    await editConvening(manager.id, draftId, { startDate: "2030-11-01", endDate: "2030-11-02" });
    expect(await runNoticesWhenDue()).toMatchObject({ batches: 0, emails: 0 });
  });
});

describe("the app's own runner", () => {
  it("sends a batch by itself when it falls due, and not before", async () => {
    const { rep, manager, conveningId, sessionId } = await plannedConvening();
    await registerPerson(rep.id, conveningId, rep.id);
    forgetMailSoFar();
    setMailDelivery("background");
    startChangeNoticeRunner({ evenInTests: true });
    try {
      await withEnv({ CHANGE_NOTICE_DELAY: "1" }, async () => {
        await editSession(manager.id, conveningId, sessionId, { room: "Room 2" });
        expect(smtp.received).toEqual([]);
        await vi.waitFor(() => expect(smtp.received.map((mail) => mail.to)).toEqual([[rep.email]]), {
          timeout: 10_000,
          interval: 100,
        });
      });
      expect((await smtp.parsed(0)).subject).toBe(`Changes to ${TITLE}`);
    } finally {
      await stopChangeNoticeRunner();
      setMailDelivery("manual");
    }
  });
});
