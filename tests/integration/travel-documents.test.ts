// Delegates' travel documents on /convenings/:id/delegates/:personId: who reads and saves them,
// what a city representative learns instead, the checks at the fields, that they reach no other
// page, feed, email or log, and their deletion after the exchange.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loader as delegateLoader } from "../../app/routes/convenings.$conveningId.delegates.$personId";
import { loader as attendeesLoader } from "../../app/routes/convenings.$conveningId.attendees";
import { loader as attendeesCsvLoader } from "../../app/routes/convenings.$conveningId.attendees[.]csv";
import { loader as myConveningsLoader } from "../../app/routes/me.convenings";
import { action as myDataAction } from "../../app/routes/me.data";
import { action as attendeesAction } from "../../app/routes/convenings.$conveningId.attendees";
import { purgeTravelDocuments } from "~/exchanges/travel-document-purge.server";
import { rotateCalendarToken } from "../../models/person.server";
import { TravelDocument } from "../../models/travel-document.server";
import { withTestDatabase } from "../setup/database";
import { formRequest } from "../factories/people";
import { createConvening } from "../factories/registration";
import {
  createExchange,
  EXCHANGE_YEAR as Y,
  exchangeEndedAt,
  exchangeEndedDaysAgo,
  exchangeEndedOnDayBefore,
  setUpExchange,
  TRAVEL_DOCUMENT_SECRETS,
  travelDocumentFields,
} from "../factories/delegates";
import { body, load } from "../helpers/routes";
import { mailQueue, withEnv } from "../helpers/mail";
import { register, registrationIdOf } from "../helpers/registration";
import { fetchFeed } from "./calendar-helpers";
import { Convening } from "../../models/convening.server";
import { MailMessage } from "../../models/mail-message.server";
import { delegatePageOf, postToDelegatePage } from "../helpers/delegate-page";

withTestDatabase();

const pageOf = delegatePageOf;

function openPage(actorId: string | null, conveningId: string, personId: string) {
  return load(delegateLoader, actorId, pageOf(conveningId, personId), { conveningId, personId });
}

const post = postToDelegatePage;

type DocumentsView = { kind: string; values?: Record<string, string>; summary?: string; record?: string };

async function documentsSeenBy(actorId: string, conveningId: string, personId: string): Promise<DocumentsView> {
  return (await body<{ documents: DocumentsView }>(await openPage(actorId, conveningId, personId))).documents;
}

const SAVED_VALUES = (() => {
  const { intent: _intent, revision: _revision, ...values } = travelDocumentFields();
  return values;
})();

describe("a delegate's travel documents", () => {
  it("are saved and read back by the delegate themself and by a manager", async () => {
    const { manager, delegate, conveningId } = await setUpExchange();
    expect(await documentsSeenBy(delegate.id, conveningId, delegate.id)).toMatchObject({
      kind: "form",
      summary: "Missing: passport, ESTA or visa, travel insurance, emergency contact",
    });
    const saved = await post(delegate.id, conveningId, delegate.id, travelDocumentFields());
    expect(saved).toHaveStatus(302);
    expect(saved.headers.get("Location")).toBe(pageOf(conveningId, delegate.id));
    const asManager = await documentsSeenBy(manager.id, conveningId, delegate.id);
    expect(asManager).toMatchObject({ kind: "form", summary: "Complete" });
    expect(asManager.values).toEqual({ ...SAVED_VALUES, revision: "1" });

    const corrected = await post(
      manager.id,
      conveningId,
      delegate.id,
      travelDocumentFields({ revision: "1", emergencyPhone: "+44 29 2087 2001" }),
    );
    expect(corrected).toHaveStatus(302);
    expect((await documentsSeenBy(delegate.id, conveningId, delegate.id)).values).toEqual({
      ...SAVED_VALUES,
      emergencyPhone: "+44 29 2087 2001",
      revision: "2",
    });
  });

  it("show a representative of the delegate's city only whether they are complete, and refuse their save", async () => {
    const { bristolRep, delegate, conveningId } = await setUpExchange();
    await post(
      delegate.id,
      conveningId,
      delegate.id,
      travelDocumentFields({ entryStatus: "applied", entryExpiry: "", insuranceValidUntil: "" }),
    );
    const response = await openPage(bristolRep.id, conveningId, delegate.id);
    const text = await response.text();
    expect(JSON.parse(text).documents).toEqual({ kind: "summary", summary: "Missing: ESTA, travel insurance" });
    for (const secret of TRAVEL_DOCUMENT_SECRETS) expect(text).not.toContain(secret);
    expect(await post(bristolRep.id, conveningId, delegate.id, travelDocumentFields({ revision: "1" }))).toHaveStatus(
      403,
    );
  });

  it("are refused with 403 to a representative of another city and to another participant, 404 to a non-delegate", async () => {
    const { cardiffRep, colleague, cardiffDelegate, delegate, conveningId } = await setUpExchange();
    const statuses = [
      (await openPage(cardiffRep.id, conveningId, delegate.id)).status,
      (await openPage(colleague.id, conveningId, delegate.id)).status,
      (await openPage(cardiffDelegate.id, conveningId, delegate.id)).status,
      (await post(cardiffRep.id, conveningId, delegate.id, travelDocumentFields())).status,
      (await post(colleague.id, conveningId, delegate.id, travelDocumentFields())).status,
      (await openPage(colleague.id, conveningId, colleague.id)).status,
    ];
    expect(statuses).toEqual([403, 403, 403, 403, 403, 404]);
    expect(await TravelDocument.countDocuments()).toBe(0);
  });

  it("exist only for learning exchanges, and not for a draft to anyone but managers", async () => {
    const { bristolRep, manager, delegate } = await setUpExchange();
    const meeting = await createConvening({ title: "City Working Group meeting" });
    await register(bristolRep.id, meeting, { personId: delegate.id });
    const draft = await createExchange();
    await register(manager.id, draft, { personId: delegate.id });
    await Convening.updateOne({ _id: draft }, { $set: { status: "draft" } });
    expect([
      (await openPage(delegate.id, meeting, delegate.id)).status,
      (await openPage(manager.id, meeting, delegate.id)).status,
      (await openPage(delegate.id, draft, delegate.id)).status,
      (await openPage(bristolRep.id, draft, delegate.id)).status,
      (await openPage(manager.id, draft, delegate.id)).status,
    ]).toEqual([404, 404, 404, 404, 200]);
  });

  it("refuse a passport that expires before the return at its field, keeping everything typed", async () => {
    const { delegate, conveningId } = await setUpExchange();
    // The exchange ends on 25 May; Bethan flies home on the 26th.
    const typed = travelDocumentFields({ passportExpiry: `${Y}-05-25` });
    const response = await post(delegate.id, conveningId, delegate.id, typed);
    expect(response).toHaveStatus(400);
    const reply = await body(response);
    expect(reply.errors).toEqual({
      passportExpiry: `The passport expires on 25 May ${Y}, before the return on 26 May ${Y}: it must be valid until the return`,
    });
    expect(reply.values).toEqual(typed);
    expect(await TravelDocument.countDocuments()).toBe(0);
  });

  it("refuse an ESTA or visa that ends before the return, an approved one without its expiry, and dates that are not dates", async () => {
    const { delegate, conveningId } = await setUpExchange();
    const response = await post(
      delegate.id,
      conveningId,
      delegate.id,
      travelDocumentFields({ entryKind: "visa", entryExpiry: `${Y}-05-20`, insuranceValidUntil: "27/05/2030" }),
    );
    expect(response).toHaveStatus(400);
    expect((await body(response)).errors).toEqual({
      entryExpiry: `The Visa expires on 20 May ${Y}, before the return on 26 May ${Y}: it must be valid until the return`,
      insuranceValidUntil: "Enter the last day of cover as a date, like 2027-01-31",
    });
    const approved = await post(delegate.id, conveningId, delegate.id, travelDocumentFields({ entryExpiry: "" }));
    expect((await body(approved)).errors).toEqual({ entryExpiry: "Enter the date the approved ESTA expires" });
  });

  it("are not overwritten by a form opened before someone else saved", async () => {
    const { manager, delegate, conveningId } = await setUpExchange();
    await post(delegate.id, conveningId, delegate.id, travelDocumentFields());
    const stale = await post(manager.id, conveningId, delegate.id, travelDocumentFields({ emergencyName: "Someone" }));
    expect(stale).toHaveStatus(409);
    const reply = await body(stale);
    expect(reply.errors.form).toMatch(/^This was changed by someone else since you opened it/);
    expect(reply.values).toMatchObject({ emergencyName: "Someone", revision: "1" });
    expect((await documentsSeenBy(delegate.id, conveningId, delegate.id)).values?.emergencyName).toBe(
      "Rhodri Iestyn Rees",
    );
  });
});

describe("the way to a delegate page", () => {
  it("is each delegate's name on an exchange's attendee page, and 'Your travel documents' on My convenings", async () => {
    const { bristolRep, delegate, colleague, conveningId } = await setUpExchange();
    const meeting = await createConvening({ title: "City Working Group meeting" });
    await register(bristolRep.id, meeting, { personId: delegate.id });
    await register(bristolRep.id, meeting, { personId: colleague.id });
    const attendees = async (id: string) =>
      body<{ hasDelegatePages: boolean }>(
        await load(attendeesLoader, bristolRep.id, `/convenings/${id}/attendees`, { conveningId: id }),
      );
    expect([(await attendees(conveningId)).hasDelegatePages, (await attendees(meeting)).hasDelegatePages]).toEqual([
      true,
      false,
    ]);
    const mine = await body<{ registrations: Array<{ convening: { id: string }; travelDocumentsUrl: string | null }> }>(
      await load(myConveningsLoader, delegate.id, "/me/convenings"),
    );
    expect(
      Object.fromEntries(
        mine.registrations.map((registration) => [registration.convening.id, registration.travelDocumentsUrl]),
      ),
    ).toEqual({ [conveningId]: pageOf(conveningId, delegate.id), [meeting]: null });
  });
});

describe("travel documents never leave the delegate page", () => {
  let logged: ReturnType<typeof vi.spyOn>[] = [];
  beforeEach(() => {
    logged = (["log", "info", "warn", "debug"] as const).map((level) => vi.spyOn(console, level));
  });
  afterEach(() => {
    logged = [];
  });

  it("not in the attendee page or CSV, the personal feed, any email queued, nor any log", async () => {
    const { manager, bristolRep, delegate, cardiffDelegate, conveningId } = await setUpExchange({
      isApprovalRequired: true,
    });
    await post(delegate.id, conveningId, delegate.id, travelDocumentFields());
    // Approving sends the confirmation with the calendar invitation after the documents are saved.
    const approved = await attendeesAction({
      request: await formRequest(manager.id, `/convenings/${conveningId}/attendees`, {
        intent: "approve",
        registrationId: await registrationIdOf(conveningId, delegate.id),
      }),
      params: { conveningId },
      context: {},
    });
    expect(approved).toHaveStatus(200);
    const token = await rotateCalendarToken(delegate.id);
    const texts: Record<string, string> = {};
    for (const [name, actorId] of [
      ["manager", manager.id],
      ["rep", bristolRep.id],
    ] as const) {
      const params = { conveningId };
      texts[`attendees as ${name}`] = await (
        await load(attendeesLoader, actorId, `/convenings/${conveningId}/attendees`, params)
      ).text();
      texts[`attendees CSV as ${name}`] = await (
        await load(attendeesCsvLoader, actorId, `/convenings/${conveningId}/attendees.csv`, params)
      ).text();
    }
    texts["my convenings"] = await (await load(myConveningsLoader, delegate.id, "/me/convenings")).text();
    texts["personal feed"] = await (await fetchFeed.personal(token)).text();
    const queued = await MailMessage.find().lean();
    expect((await mailQueue()).map((message) => [message.to, message.status])).toEqual([
      [[delegate.email], "sent"],
      [[cardiffDelegate.email], "sent"],
      [[delegate.email], "sent"],
    ]);
    texts["mail queue"] = JSON.stringify(queued);
    texts.logs = logged.flatMap((spy) => spy.mock.calls.flat().map(String)).join("\n");
    expect(texts["attendees CSV as manager"]).toContain("Bethan Rees");
    expect(texts["personal feed"]).toContain("BEGIN:VCALENDAR");
    const leaks = Object.entries(texts).flatMap(([where, text]) =>
      TRAVEL_DOCUMENT_SECRETS.filter((secret) => text.includes(secret)).map((secret) => `${secret} in ${where}`),
    );
    expect(leaks).toEqual([]);
  });

  it("are deleted with the rest of a person's data when they ask", async () => {
    const { delegate, conveningId } = await setUpExchange();
    await post(delegate.id, conveningId, delegate.id, travelDocumentFields());
    const deleted = await myDataAction({
      request: await formRequest(delegate.id, "/me/data", { confirm: "delete my data" }),
      params: {},
      context: {},
    });
    expect(deleted).toHaveStatus(302);
    expect(await TravelDocument.countDocuments()).toBe(0);
  });
});

describe("deleting travel documents after the exchange", () => {
  it("deletes the values once the retention has run out, keeps the record, and a second run changes nothing", async () => {
    const { manager, bristolRep, delegate, cardiffDelegate, conveningId } = await setUpExchange();
    await post(delegate.id, conveningId, delegate.id, travelDocumentFields());
    await post(cardiffDelegate.id, conveningId, cardiffDelegate.id, travelDocumentFields());
    // Ended at 17:00 in Washington DC 29 days ago there: the 30 days (the default) are not up yet.
    const endsAt = await exchangeEndedOnDayBefore(conveningId, 29);
    expect(await purgeTravelDocuments()).toEqual({ exchanges: 0, delegates: 0 });
    expect((await documentsSeenBy(delegate.id, conveningId, delegate.id)).values?.passportName).toBe(
      "BETHAN ANGHARAD REES",
    );

    // The run the day the 30 days are up, an hour after the time of day the exchange ended.
    const now = new Date(endsAt.getTime() + 30 * 24 * 3600 * 1000 + 3600 * 1000);
    expect(await purgeTravelDocuments(now)).toEqual({ exchanges: 1, delegates: 2 });
    const stored = await TravelDocument.find().sort({ _id: 1 }).lean();
    expect(stored.map((doc) => [doc.details, doc.purgedAt?.toISOString()])).toEqual([
      [undefined, now.toISOString()],
      [undefined, now.toISOString()],
    ]);
    const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "America/New_York" }).format(now);
    const record = `Travel documents deleted on ${day}, 30 days after the exchange.`;
    expect([
      await documentsSeenBy(delegate.id, conveningId, delegate.id),
      await documentsSeenBy(manager.id, conveningId, delegate.id),
      await documentsSeenBy(bristolRep.id, conveningId, delegate.id),
    ]).toEqual([
      { kind: "deleted", record },
      { kind: "deleted", record },
      { kind: "deleted", record },
    ]);

    const again = await purgeTravelDocuments(new Date(now.getTime() + 3600 * 1000));
    expect(again).toEqual({ exchanges: 0, delegates: 0 });
    expect(await TravelDocument.find().sort({ _id: 1 }).lean()).toEqual(stored);
    const refused = await post(delegate.id, conveningId, delegate.id, travelDocumentFields({ revision: "1" }));
    expect(refused).toHaveStatus(409);
    const reply = await body(refused);
    expect(reply.errors).toEqual({
      form: "The travel documents for this exchange have been deleted after it, and are no longer kept.",
    });
    expect(JSON.stringify(reply)).not.toContain("BETHAN ANGHARAD REES");
  });

  it("records the calendar days at the exchange's place, not the whole days since its end nor the days in UTC", async () => {
    const { manager, delegate, conveningId } = await setUpExchange();
    await post(delegate.id, conveningId, delegate.id, travelDocumentFields());
    // Ended at 23:30 on 4 June in Washington DC (03:30 on 5 June UTC); the run 30 days and an
    // hour later is at 00:30 on 5 July there: 31 calendar days at the place, 30 whole days, 30 in UTC.
    await exchangeEndedAt(conveningId, new Date("2026-06-05T03:30:00Z"));
    const now = new Date("2026-07-05T04:30:00Z");
    expect(await purgeTravelDocuments(now)).toEqual({ exchanges: 1, delegates: 1 });
    expect(await documentsSeenBy(manager.id, conveningId, delegate.id)).toEqual({
      kind: "deleted",
      record: "Travel documents deleted on 5 July 2026, 31 days after the exchange.",
    });
  });

  it("follows TRAVEL_DOCUMENTS_RETENTION_DAYS, and shows nothing once it has run out, before the purge runs", async () => {
    const { delegate, conveningId } = await setUpExchange();
    await post(delegate.id, conveningId, delegate.id, travelDocumentFields());
    await exchangeEndedDaysAgo(conveningId, 3);
    await withEnv({ TRAVEL_DOCUMENTS_RETENTION_DAYS: "7" }, async () => {
      expect(await purgeTravelDocuments()).toEqual({ exchanges: 0, delegates: 0 });
    });
    await withEnv({ TRAVEL_DOCUMENTS_RETENTION_DAYS: "2" }, async () => {
      expect(await documentsSeenBy(delegate.id, conveningId, delegate.id)).toEqual({
        kind: "deleted",
        record:
          "Travel documents are deleted 2 days after the exchange: these are being deleted and are no longer shown.",
      });
      expect(await purgeTravelDocuments()).toEqual({ exchanges: 1, delegates: 1 });
    });
  });
});
