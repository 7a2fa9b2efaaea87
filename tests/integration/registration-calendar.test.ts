// The calendar entry registration emails carry: an iTIP REQUEST with the convening's UID and
// SEQUENCE as the feeds write them, and a CANCEL that removes it when the place or the convening
// is cancelled, read from the text/calendar part of the email the mail API received.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearFeedCache } from "../../app/calendar/feeds.server";
import {
  calendarCancellation,
  calendarUpdate,
  loadInvitationSource,
  type CalendarPart as Invitation,
} from "../../app/calendar/invitations.server";
import { conveningUid, sessionUid } from "../../app/domain/ical/calendar-uids";
import { action as cancelConveningAction } from "../../app/routes/convenings.$conveningId.cancel";
import { cancelSession } from "../../models/agenda-session.server";
import { Convening } from "../../models/convening.server";
import { rotateCalendarToken } from "../../models/person.server";
import { at, createSession } from "../factories/calendar";
import { postForm } from "../factories/convenings";
import { createColleagues } from "../factories/registration";
import { calendarPartOf, invitationEvent } from "../helpers/calendar-mail";
import {
  cancelRegistration,
  register,
  registrationIdOf,
  registrationStatusOf,
  setUpRegistration,
} from "../helpers/registration";
import { clearSentEmails, sentEmails, type SentEmail } from "../mocks/resend";
import { withTestDatabase } from "../setup/database";
import { feedOf, fetchFeed, type ParsedFeed } from "./calendar-helpers";

withTestDatabase();
beforeEach(() => clearSentEmails());
afterEach(() => clearFeedCache());

/** A convening changed three times since it was published: its feed SEQUENCE is 3. */
async function setup(options: Parameters<typeof setUpRegistration>[0] = {}) {
  const context = await setUpRegistration(options);
  await Convening.updateOne({ _id: context.conveningId }, { $set: { sequence: 3 } });
  return context;
}

function feedEventOf(feed: ParsedFeed, uid: string) {
  const vevent = feed.vevents.find((candidate) => candidate.getFirstPropertyValue("uid") === uid);
  if (!vevent) throw new Error(`no ${uid} in the feed`);
  return {
    sequence: Number(vevent.getFirstPropertyValue("sequence")),
    status: vevent.getFirstPropertyValue("status"),
    vevent,
  };
}

function emailWithSubject(prefix: string): SentEmail {
  const matching = sentEmails.filter((email) => email.subject.startsWith(prefix));
  if (matching.length !== 1) throw new Error(`expected one email "${prefix}…", got ${matching.length}`);
  return matching[0];
}

/** The event's own lines other than the scheduling ones, which only an invitation has. */
function eventLines(vevent: ReturnType<typeof feedEventOf>["vevent"]) {
  return vevent
    .toString()
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => !/^(DTSTAMP|ATTENDEE)[:;]/.test(line));
}

describe("the confirmation's calendar entry", () => {
  it("is a METHOD:REQUEST with the convening's UID and SEQUENCE as in the programme and personal feeds", async () => {
    const { rep, conveningId } = await setup();
    await register(rep.id, conveningId, { personId: rep.id });
    const email = emailWithSubject("You are registered");
    const part = calendarPartOf(email)!;
    const sent = invitationEvent(part);
    expect({ ...sent, vevent: undefined }).toEqual({
      method: "REQUEST",
      uid: conveningUid(conveningId),
      sequence: 3,
      status: "CONFIRMED",
      organizer: "mailto:planner@example.org",
      attendee: { address: `MAILTO:${rep.email}`, cn: "Bristol Rep" },
      vevent: undefined,
    });
    expect(part.method).toBe("REQUEST");
    expect(email.text).toContain("The attached calendar invitation adds it to your calendar.");

    const programme = feedEventOf(await feedOf(fetchFeed.programme()), conveningUid(conveningId));
    expect(programme.sequence).toBe(sent.sequence);
    const personal = feedEventOf(
      await feedOf(fetchFeed.personal(await rotateCalendarToken(rep.id))),
      conveningUid(conveningId),
    );
    expect(personal.sequence).toBe(sent.sequence);
    // The entry is the personal feed's event: a client holding both keeps one, unchanged.
    expect(eventLines(sent.vevent)).toEqual(eventLines(personal.vevent));
  });

  it("is a REQUEST in the promotion email of the person who moves up from the waitlist", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const [first, second] = await createColleagues(bristol, 2);
    await register(rep.id, conveningId, { personId: first });
    await register(rep.id, conveningId, { personId: second });
    expect(calendarPartOf(emailWithSubject("You are on the waitlist"))).toBeUndefined();
    clearSentEmails();
    await cancelRegistration(rep.id, conveningId, await registrationIdOf(conveningId, first));
    expect(await registrationStatusOf(conveningId, second)).toBe("registered");
    const promoted = invitationEvent(calendarPartOf(emailWithSubject("A place has opened up"))!);
    expect([promoted.method, promoted.uid, promoted.sequence, promoted.attendee?.address]).toEqual([
      "REQUEST",
      conveningUid(conveningId),
      3,
      `MAILTO:colleague.02.${bristol}@example.org`,
    ]);
  });
});

describe("a cancellation's calendar entry", () => {
  it("removes a cancelled registration's entry: METHOD:CANCEL, the same UID, SEQUENCE at least the feed's, only this attendee", async () => {
    const { rep, conveningId } = await setup();
    await register(rep.id, conveningId, { personId: rep.id });
    clearSentEmails();
    const response = await cancelRegistration(rep.id, conveningId, await registrationIdOf(conveningId, rep.id));
    expect(response).toHaveStatus(200);
    const email = emailWithSubject("Your registration is cancelled");
    expect(email.to).toEqual([rep.email]);
    expect(email.text).toContain("The attached calendar file removes it from your calendar.");
    const part = calendarPartOf(email)!;
    const cancel = invitationEvent(part);
    const feed = feedEventOf(await feedOf(fetchFeed.programme()), conveningUid(conveningId));
    expect([part.method, cancel.method, cancel.uid]).toEqual(["CANCEL", "CANCEL", conveningUid(conveningId)]);
    expect(cancel.sequence).toBeGreaterThanOrEqual(feed.sequence);
    expect(cancel.sequence).toBe(3);
    // The convening goes on: the attendee is uninvited, the event is not marked cancelled (RFC 5546 §3.2.5).
    expect([cancel.status, cancel.attendee?.address, feed.status]).toEqual([null, `MAILTO:${rep.email}`, "CONFIRMED"]);
  });

  it("of a waitlist spot has no calendar part, and its text promises none", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const [first, second] = await createColleagues(bristol, 2);
    await register(rep.id, conveningId, { personId: first });
    await register(rep.id, conveningId, { personId: second });
    clearSentEmails();
    await cancelRegistration(rep.id, conveningId, await registrationIdOf(conveningId, second));
    const email = emailWithSubject("Your registration is cancelled");
    expect(email.to).toEqual([`colleague.02.${bristol}@example.org`]);
    expect(calendarPartOf(email)).toBeUndefined();
    expect(email.text).not.toContain("calendar");
  });

  it("removes everyone's entry when the convening is cancelled: STATUS:CANCELLED at the feed's raised SEQUENCE; the waitlisted get no calendar part", async () => {
    const { rep, manager, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const [placed, waiting] = await createColleagues(bristol, 2);
    await register(rep.id, conveningId, { personId: placed });
    await register(rep.id, conveningId, { personId: waiting });
    clearSentEmails();
    const response = await postForm(
      cancelConveningAction,
      manager.id,
      `/convenings/${conveningId}/cancel`,
      { conveningId },
      { reason: "The council elections moved to that week." },
    );
    expect(response).toHaveStatus(302);
    const feed = feedEventOf(await feedOf(fetchFeed.programme()), conveningUid(conveningId));
    expect([feed.sequence, feed.status]).toEqual([4, "CANCELLED"]);

    const byRecipient = new Map(sentEmails.map((email) => [email.to[0], email]));
    expect([...byRecipient.keys()].sort()).toEqual([
      `colleague.01.${bristol}@example.org`,
      `colleague.02.${bristol}@example.org`,
    ]);
    const placedEmail = byRecipient.get(`colleague.01.${bristol}@example.org`)!;
    expect(placedEmail.text).toContain("The attached calendar file removes it from your calendar.");
    const cancel = invitationEvent(calendarPartOf(placedEmail)!);
    expect([cancel.method, cancel.uid, cancel.sequence, cancel.status]).toEqual([
      "CANCEL",
      conveningUid(conveningId),
      feed.sequence,
      "CANCELLED",
    ]);
    const waitingEmail = byRecipient.get(`colleague.02.${bristol}@example.org`)!;
    expect(calendarPartOf(waitingEmail)).toBeUndefined();
    expect(waitingEmail.text).not.toContain("calendar");
  });
});

describe("a session's calendar entry, for change notices", () => {
  const recipient = { name: "Bristol Rep", email: "rep@bristol.example" };
  const read = (part: Invitation | null) => invitationEvent({ method: part!.method, content: part!.content });

  it("is the feed's session event as a REQUEST, its arrival in New York's zone, and a CANCEL once the session is cancelled", async () => {
    const { manager, conveningId } = await setup();
    const flight = await createSession(conveningId, {
      title: "Flight London to Pittsburgh",
      kind: "travel",
      timeZone: "Europe/London",
      endTimeZone: "America/New_York",
      startsAt: at("2027-03-20T09:00", "Europe/London"),
      endsAt: at("2027-03-20T14:30", "America/New_York"),
    });
    const source = (await loadInvitationSource(conveningId, { includeSessions: true }))!;
    const update = read(calendarUpdate(source, recipient, { sessionId: flight }));
    const feed = feedEventOf(await feedOf(fetchFeed.programme()), sessionUid(flight));
    expect([update.method, update.uid, update.sequence]).toEqual(["REQUEST", sessionUid(flight), feed.sequence]);
    expect(update.vevent.getFirstProperty("dtend")!.getParameter("tzid")).toBe("America/New_York");
    expect(String(update.vevent.getFirstPropertyValue("dtend"))).toBe("2027-03-20T14:30:00");

    expect(
      await cancelSession({ id: conveningId, status: "published" }, flight, {
        id: manager.id,
        name: "Programme Manager",
      }),
    ).toBe(true);
    clearFeedCache();
    const cancelledFeed = feedEventOf(await feedOf(fetchFeed.programme()), sessionUid(flight));
    const after = (await loadInvitationSource(conveningId, { includeSessions: true }))!;
    const cancel = read(calendarCancellation(after, recipient, { sessionId: flight }));
    expect([cancel.method, cancel.uid, cancel.status, cancel.sequence]).toEqual([
      "CANCEL",
      sessionUid(flight),
      "CANCELLED",
      cancelledFeed.sequence,
    ]);
    expect(cancel.sequence).toBeGreaterThan(update.sequence);
    expect(calendarUpdate(after, recipient, { sessionId: "65f0c0ffee0000000000abcd" })).toBeNull();
  });
});
