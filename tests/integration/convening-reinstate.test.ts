// Reinstating a cancelled convening: asked first, managers only. It is published again with the
// same calendar UIDs, a higher SEQUENCE than the cancellation and STATUS:CONFIRMED in every feed,
// registrations as they were, and everyone the cancellation told is emailed over SMTP (an iTIP
// REQUEST for those with a place), unless they chose to hear of no changes.
import type { ParsedMail } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { clearFeedCache } from "../../app/calendar/feeds.server";
import { conveningUid, sessionUid } from "../../app/domain/ical/calendar-uids";
import { drainMailQueue } from "../../app/mail/mail-sender.server";
import * as conveningModule from "../../app/routes/convenings.$conveningId._index";
import { action as cancelAction } from "../../app/routes/convenings.$conveningId.cancel";
import { action as reinstateAction } from "../../app/routes/convenings.$conveningId.reinstate";
import { ConveningChange } from "../../models/convening-change.server";
import { Convening, getConvening } from "../../models/convening.server";
import { Person, rotateCalendarToken } from "../../models/person.server";
import { createSession } from "../factories/calendar";
import { postForm } from "../factories/convenings";
import { createColleagues } from "../factories/registration";
import { toastAfter } from "../factories/toast";
import { invitationEvent } from "../helpers/calendar-mail";
import { calendarPartsOfMail } from "../helpers/change-notices";
import { register, registrationStatusOf, setUpRegistration } from "../helpers/registration";
import { body, load } from "../helpers/routes";
import { withSmtpServer } from "../helpers/smtp-server";
import { withTestDatabase } from "../setup/database";
import { feedOf, fetchFeed, type ParsedFeed } from "./calendar-helpers";

withTestDatabase();
const smtp = withSmtpServer();
afterEach(() => clearFeedCache());

const reinstate = (personId: string, conveningId: string, fields: Record<string, string> = {}) =>
  postForm(reinstateAction, personId, `/convenings/${conveningId}/reinstate`, { conveningId }, fields);

function eventIn(feed: ParsedFeed, uid: string, name = "the") {
  const vevent = feed.vevents.find((candidate) => candidate.getFirstPropertyValue("uid") === uid);
  if (!vevent) throw new Error(`no ${uid} in ${name} feed`);
  return { sequence: Number(vevent.getFirstPropertyValue("sequence")), status: vevent.getFirstPropertyValue("status") };
}

/** Bristol's rep and a colleague with places (the colleague hears of no changes), one on the waitlist; then cancelled. */
async function cancelledConvening() {
  const context = await setUpRegistration({ placesPerCity: 2 });
  const { rep, manager, bristol, conveningId } = context;
  await Convening.updateOne({ _id: conveningId }, { $set: { sequence: 3, hostCityId: bristol } });
  const sessionId = await createSession(conveningId);
  const [quiet, waiting] = await createColleagues(bristol, 2);
  await Person.updateOne({ _id: quiet }, { $set: { changeNotices: "none" } });
  for (const personId of [rep.id, quiet, waiting]) await register(rep.id, conveningId, { personId });
  const cancelled = await postForm(
    cancelAction,
    manager.id,
    `/convenings/${conveningId}/cancel`,
    { conveningId },
    {
      reason: "The council elections moved to that week.",
    },
  );
  expect(cancelled).toHaveStatus(302);
  await drainMailQueue();
  smtp.received.length = 0;
  return { ...context, sessionId, quiet, waiting, cancelledSequence: (await getConvening(conveningId))!.sequence };
}

async function mailTo(address: string): Promise<ParsedMail> {
  const index = smtp.received.findIndex((mail) => mail.to.includes(address));
  if (index < 0) throw new Error(`no mail to ${address}`);
  return smtp.parsed(index);
}

describe("reinstating a cancelled convening", () => {
  it("asks first: without confirmed=yes it stays cancelled and nobody is emailed", async () => {
    const { manager, conveningId } = await cancelledConvening();
    const asked = await reinstate(manager.id, conveningId, { confirmed: "no" });
    expect(asked).toHaveStatus(200);
    expect((await body(asked)).confirmation).toMatchObject({
      title: "Reinstate “City Working Group meeting”?",
      yesLabel: "Yes, reinstate it",
      noLabel: "No, keep it cancelled",
    });
    expect((await getConvening(conveningId))?.status).toBe("cancelled");
    await drainMailQueue();
    expect(smtp.received).toEqual([]);
  });

  it("refuses a city representative with 403, and a convening that is not cancelled with 409", async () => {
    const { rep, manager, conveningId } = await cancelledConvening();
    expect(await reinstate(rep.id, conveningId, { confirmed: "yes" })).toHaveStatus(403);
    expect((await getConvening(conveningId))?.status).toBe("cancelled");
    expect(await reinstate(manager.id, conveningId, { confirmed: "yes" })).toHaveStatus(302);
    expect(await reinstate(manager.id, conveningId, { confirmed: "yes" })).toHaveStatus(409);
  });

  it("puts it back in every feed: same UIDs, a higher SEQUENCE than the cancellation, STATUS:CONFIRMED", async () => {
    const { manager, rep, conveningId, sessionId, cancelledSequence } = await cancelledConvening();
    const uid = conveningUid(conveningId);
    const cancelledInProgramme = eventIn(await feedOf(fetchFeed.programme()), uid);
    expect(cancelledInProgramme.status).toBe("CANCELLED");
    const sessionFeed = () => feedOf(fetchFeed.sessionEvent(conveningId, sessionId));
    const cancelledSession = eventIn(await sessionFeed(), sessionUid(sessionId));
    expect(cancelledSession.status).toBe("CANCELLED");

    const done = await reinstate(manager.id, conveningId, { confirmed: "yes" });
    expect(done).toHaveStatus(302);
    expect(await toastAfter(done)).toBe(
      "Reinstated: it is published again and calendars show it going ahead. 2 people were emailed.",
    );
    const token = await rotateCalendarToken(rep.id);
    const feeds = {
      programme: await feedOf(fetchFeed.programme()),
      city: await feedOf(fetchFeed.city("bristol")),
      conveningEvent: await feedOf(fetchFeed.conveningEvent(conveningId)),
      personal: await feedOf(fetchFeed.personal(token)),
    };
    for (const [name, feed] of Object.entries(feeds)) {
      const event = eventIn(feed, uid, name);
      expect([name, event.status]).toEqual([name, "CONFIRMED"]);
      expect(event.sequence).toBe(cancelledSequence + 1);
      expect(event.sequence).toBeGreaterThan(cancelledInProgramme.sequence);
    }
    const session = eventIn(await sessionFeed(), sessionUid(sessionId));
    expect([session.status, session.sequence]).toEqual(["CONFIRMED", cancelledSession.sequence + 1]);
    // The convening's own feed is its sessions.
    expect(eventIn(await feedOf(fetchFeed.convening(conveningId)), sessionUid(sessionId))).toEqual(session);
  });

  it("keeps everyone's registration, emails those told of the cancellation over SMTP, a REQUEST for those with a place", async () => {
    const { manager, rep, quiet, waiting, bristol, conveningId } = await cancelledConvening();
    expect(await reinstate(manager.id, conveningId, { confirmed: "yes" })).toHaveStatus(302);
    expect(
      await Promise.all([rep.id, quiet, waiting].map((personId) => registrationStatusOf(conveningId, personId))),
    ).toEqual(["registered", "registered", "waitlisted"]);

    expect(await drainMailQueue()).toMatchObject({ sent: 2, failed: 0 });
    const waitingAddress = `colleague.02.${bristol}@example.org`;
    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual([rep.email, waitingAddress].sort());

    const placed = await mailTo(rep.email);
    expect(placed.subject).toBe("Reinstated: City Working Group meeting");
    expect(placed.text).toContain("The attached calendar invitation puts it back in your calendar.");
    const [part] = calendarPartsOfMail(placed);
    const invitation = invitationEvent(part);
    const feedEvent = eventIn(await feedOf(fetchFeed.programme()), conveningUid(conveningId));
    expect([part.method, invitation.method, invitation.uid, invitation.sequence, invitation.status]).toEqual([
      "REQUEST",
      "REQUEST",
      conveningUid(conveningId),
      feedEvent.sequence,
      "CONFIRMED",
    ]);

    const waitlisted = await mailTo(waitingAddress);
    expect(calendarPartsOfMail(waitlisted)).toEqual([]);
    expect(waitlisted.text).toContain("You are back on the waitlist in the place you had.");
  });

  it("records Reinstated in the change history, and the cancellation reason stops showing", async () => {
    const { manager, rep, conveningId } = await cancelledConvening();
    expect(await reinstate(manager.id, conveningId, { confirmed: "yes" })).toHaveStatus(302);
    const kinds = (await ConveningChange.find({ conveningId }).sort({ at: 1 }).lean()).map((change) => change.kind);
    expect(kinds.slice(-2)).toEqual(["convening-cancelled", "convening-reinstated"]);
    const page = await body(await load(conveningModule.loader, rep.id, `/convenings/${conveningId}`, { conveningId }));
    expect([page.convening.status, page.convening.cancelReason]).toEqual(["published", ""]);
  });
});
