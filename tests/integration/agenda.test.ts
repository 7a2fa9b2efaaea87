import mongoose from "mongoose";
import { describe, expect, it } from "vitest";
import { loader as agendaJsonLoader } from "../../app/routes/convenings.$conveningId.agenda[.]json";
import { loader as changesLoader } from "../../app/routes/convenings.$conveningId.changes";
import { loader as conveningLoader } from "../../app/routes/convenings.$conveningId._index";
import { loader as printLoader } from "../../app/routes/convenings.$conveningId.print";
import {
  action as editSessionAction,
  loader as editSessionLoader,
} from "../../app/routes/convenings.$conveningId.sessions.$sessionId.edit";
import { loader as shareLoader } from "../../app/routes/share.$token";
import { AgendaSession, getSession, listSessions } from "../../models/agenda-session.server";
import { ConveningVisit } from "../../models/convening-visit.server";
import { getConvening } from "../../models/convening.server";
import { Registration } from "../../models/registration.server";
import { postForm } from "../factories/convenings";
import { toastAfter } from "../factories/toast";
import { createAccount, createCity } from "../factories/people";
import { withTestDatabase } from "../setup/database";
import { addSession, createDraft, publish } from "../helpers/convenings";
import { body, load } from "../helpers/routes";

withTestDatabase();

async function setUp(overrides: Record<string, string | string[]> = {}) {
  const manager = await createAccount({ role: "manager", name: "Pat Manager" });
  const conveningId = await createDraft(manager.id, overrides);
  return { manager, conveningId, params: { conveningId } };
}

describe("sessions at local wall-clock time", () => {
  it("stores a session entered at 10:00 in New York as 14:00 UTC in May 2018, with the zone", async () => {
    const { manager, conveningId } = await setUp({
      "places.0.name": "Pittsburgh",
      "places.0.timeZone": "America/New_York",
      startDate: "2018-05-21",
      endDate: "2018-05-25",
    });
    const response = await addSession(manager.id, conveningId, {
      timeZone: "America/New_York",
      startDate: "2018-05-21",
      startTime: "10:00",
      endTime: "11:30",
      placeName: "Pittsburgh",
    });
    expect(response.status).toBe(302);
    const [session] = await listSessions(conveningId);
    expect(session.startsAt.toISOString()).toBe("2018-05-21T14:00:00.000Z");
    expect(session.endsAt.toISOString()).toBe("2018-05-21T15:30:00.000Z");
    expect(session.timeZone).toBe("America/New_York");
  });

  it("stores a travel leg from London to Pittsburgh with both zones", async () => {
    const { manager, conveningId } = await setUp({
      "places.0.timeZone": "America/New_York",
      startDate: "2018-05-20",
      endDate: "2018-05-25",
    });
    await addSession(manager.id, conveningId, {
      title: "Flight to Pittsburgh",
      kind: "travel",
      timeZone: "Europe/London",
      startDate: "2018-05-20",
      startTime: "11:00",
      endTimeZone: "America/New_York",
      endTime: "14:30",
    });
    const [session] = await listSessions(conveningId);
    expect(session.startsAt.toISOString()).toBe("2018-05-20T10:00:00.000Z");
    expect(session.endsAt.toISOString()).toBe("2018-05-20T18:30:00.000Z");
    expect(session.endTimeZone).toBe("America/New_York");
    const page = await body(await load(conveningLoader, manager.id, `/convenings/${conveningId}`, { conveningId }));
    expect(page.days[0].items[0].placeTime).toBe("11:00 BST – 14:30 EDT");
  });

  it.each([
    [
      "Europe/London",
      "2019-03-31",
      "01:30",
      "01:30 on 31 March 2019 does not exist in Europe/London: clocks go forward from 01:00 to 02:00 (GMT to BST). Choose a time before 01:00 or from 02:00.",
    ],
    [
      "Europe/London",
      "2020-03-29",
      "01:15",
      "01:15 on 29 March 2020 does not exist in Europe/London: clocks go forward from 01:00 to 02:00 (GMT to BST). Choose a time before 01:00 or from 02:00.",
    ],
    [
      "America/New_York",
      "2018-03-11",
      "02:30",
      "02:30 on 11 March 2018 does not exist in America/New_York: clocks go forward from 02:00 to 03:00 (EST to EDT). Choose a time before 02:00 or from 03:00.",
    ],
  ])("refuses %s %s %s, a time skipped by the clocks going forward", async (zone, date, time, message) => {
    const { manager, conveningId } = await setUp();
    const response = await addSession(manager.id, conveningId, {
      timeZone: zone,
      startDate: date,
      startTime: time,
      endTime: "04:00",
      title: "Early start",
    });
    expect(response.status).toBe(400);
    const data = await body(response);
    expect(data.errors.startTime).toBe(message);
    expect(data.values.title).toBe("Early start");
    expect(await listSessions(conveningId)).toEqual([]);
  });

  it.each([
    ["Europe/London", "2019-10-27", "earlier", "2019-10-27T00:30:00.000Z", "01:30 BST – 02:30 GMT"],
    ["Europe/London", "2019-10-27", "later", "2019-10-27T01:30:00.000Z", "01:30–02:30 GMT"],
    ["America/New_York", "2020-11-01", "earlier", "2020-11-01T05:30:00.000Z", "01:30 EDT – 02:30 EST"],
    ["America/New_York", "2018-11-04", "later", "2018-11-04T06:30:00.000Z", "01:30–02:30 EST"],
  ])(
    "resolves %s %s 01:30 (clocks go back) to the %s occurrence and shows which",
    async (zone, date, choice, instant, label) => {
      const { manager, conveningId } = await setUp({
        "places.0.timeZone": zone,
        startDate: date,
        endDate: date,
        startTime: "00:00",
        endTime: "23:00",
      });
      const response = await addSession(manager.id, conveningId, {
        timeZone: zone,
        startDate: date,
        startTime: "01:30",
        endTime: "02:30",
        repeatedHour: choice,
      });
      expect(response.status).toBe(302);
      expect(await toastAfter(response)).toMatch(/01:30 occurs twice on/);
      const [session] = await listSessions(conveningId);
      expect(session.startsAt.toISOString()).toBe(instant);
      const page = await body(await load(conveningLoader, manager.id, `/convenings/${conveningId}`, { conveningId }));
      expect(page.days[0].items[0].placeTime).toBe(label);

      // The edit form opens with the stored choice, so saving it unchanged moves nothing.
      const params = { conveningId, sessionId: session.id };
      const url = `/convenings/${conveningId}/sessions/${session.id}/edit`;
      const form = await body(await load(editSessionLoader, manager.id, url, params));
      expect(form.values.repeatedHour).toBe(choice);
      expect((await postForm(editSessionAction, manager.id, url, params, form.values)).status).toBe(302);
      const saved = await getSession(conveningId, session.id);
      expect([saved!.startsAt.toISOString(), saved!.endsAt.toISOString()]).toEqual([
        session.startsAt.toISOString(),
        session.endsAt.toISOString(),
      ]);
    },
  );

  it("refuses an end before the start, a session over 7 days, an unknown zone and an over-long title", async () => {
    const { manager, conveningId } = await setUp();
    const backwards = await body(await addSession(manager.id, conveningId, { startTime: "11:00", endTime: "10:00" }));
    expect(backwards.errors.endTime).toBe("The end must be after the start");
    const tooLong = await body(await addSession(manager.id, conveningId, { endDate: "2030-10-18", endTime: "10:00" }));
    expect(tooLong.errors.endTime).toBe("A session can last at most 7 days");
    const unknown = await body(await addSession(manager.id, conveningId, { timeZone: "Europe/Atlantis" }));
    expect(unknown.errors.timeZone).toMatch(/"Europe\/Atlantis" is not a recognised IANA time zone/);
    const empty = await body(await addSession(manager.id, conveningId, { title: "", room: "r".repeat(161) }));
    expect(empty.errors.title).toBe("Enter a title");
    expect(empty.errors.room).toMatch(/160 characters or fewer/);
    expect(empty.values.room).toBe("r".repeat(161));
  });

  it("keeps facilitators from the system and guest speakers", async () => {
    const { manager, conveningId } = await setUp();
    const facilitator = await createAccount({ role: "participant", name: "Fiona Facilitator" });
    await addSession(manager.id, conveningId, {
      facilitatorIds: [facilitator.id],
      guestSpeakers: "Dr Guest\nA. N. Other",
      themes: ["T2"],
      track: "Track A",
    });
    const [session] = await listSessions(conveningId);
    expect(session.speakers).toEqual([
      { personId: facilitator.id, name: "Fiona Facilitator", role: "facilitator" },
      { personId: null, name: "Dr Guest", role: "speaker" },
      { personId: null, name: "A. N. Other", role: "speaker" },
    ]);
    expect(session.themes).toEqual(["T2"]);
    expect(session.track).toBe("Track A");
    const unknown = await body(
      await addSession(manager.id, conveningId, { facilitatorIds: ["0123456789abcdef01234567"] }),
    );
    expect(unknown.errors.facilitatorIds).toBe("Choose people from the list");
  });
});

describe("the agenda page", () => {
  it("shows the viewer's own time beside the place's time when the tz cookie differs, and only the place's without it", async () => {
    const { manager, conveningId } = await setUp({
      "places.0.timeZone": "America/New_York",
      startDate: "2030-05-21",
      endDate: "2030-05-22",
    });
    await addSession(manager.id, conveningId, {
      timeZone: "America/New_York",
      startDate: "2030-05-21",
      startTime: "10:00",
      endTime: "11:00",
    });
    await publish(manager.id, conveningId);
    const withCookie = await body(
      await load(
        conveningLoader,
        null,
        `/convenings/${conveningId}`,
        { conveningId },
        { headers: { Cookie: "tz=Europe%2FLondon" } },
      ),
    );
    expect(withCookie.days[0].items[0].placeTime).toBe("10:00–11:00 EDT");
    expect(withCookie.days[0].items[0].viewerTime).toBe("15:00–16:00 BST");
    const without = await body(await load(conveningLoader, null, `/convenings/${conveningId}`, { conveningId }));
    expect(without.days[0].items[0].viewerTime).toBeNull();
  });

  it("shows the manager warnings (room clash, double-booked facilitator, outside dates, no break) but not other people", async () => {
    const { manager, conveningId } = await setUp();
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const facilitator = await createAccount({ role: "participant", name: "Fiona" });
    await addSession(manager.id, conveningId, {
      title: "A",
      startTime: "09:00",
      endTime: "11:00",
      room: "Chamber",
      facilitatorIds: [facilitator.id],
    });
    await addSession(manager.id, conveningId, {
      title: "B",
      startTime: "10:00",
      endTime: "13:30",
      room: "Chamber",
      facilitatorIds: [facilitator.id],
    });
    await addSession(manager.id, conveningId, {
      title: "C",
      startDate: "2030-10-12",
      startTime: "09:00",
      endTime: "10:00",
    });
    const page = await body(await load(conveningLoader, manager.id, `/convenings/${conveningId}`, { conveningId }));
    expect(page.warnings.map((warning: { kind: string }) => warning.kind).sort()).toEqual([
      "no-break",
      "outside-dates",
      "person-double-booked",
      "room-overlap",
    ]);
    // Each warning names the sessions it is about, for the page to link to them.
    const outside = page.warnings.find((warning: { kind: string }) => warning.kind === "outside-dates");
    expect(outside.sessions.map((session: { title: string }) => session.title)).toEqual(["C"]);
    expect(outside.sessions[0].id).toMatch(/^[0-9a-f]{24}$/);
    await publish(manager.id, conveningId);
    expect(
      (await body(await load(conveningLoader, rep.id, `/convenings/${conveningId}`, { conveningId }))).warnings,
    ).toEqual([]);
  });

  it("serves a printable agenda and hides drafts from it", async () => {
    const { manager, conveningId } = await setUp();
    await addSession(manager.id, conveningId, {});
    expect((await load(printLoader, null, `/convenings/${conveningId}/print`, { conveningId })).status).toBe(404);
    await publish(manager.id, conveningId);
    const print = await body(await load(printLoader, null, `/convenings/${conveningId}/print`, { conveningId }));
    expect(print.days[0].items[0].title).toBe("Welcome and introductions");
  });
});

describe("the agenda copy read by agenda pages", () => {
  it("builds itself from the sessions collection when missing, and follows every edit made through the app", async () => {
    const { manager, conveningId } = await setUp();
    await publish(manager.id, conveningId);
    // Written straight to the collection with only the required fields (an upsert skips the
    // schema's defaults): no copy exists yet, and the page must cope with the missing fields.
    await AgendaSession.collection.insertOne({
      conveningId: new mongoose.Types.ObjectId(conveningId),
      title: "Seeded session",
      kind: "plenary",
      startsAt: new Date("2030-10-10T08:00:00Z"),
      endsAt: new Date("2030-10-10T09:00:00Z"),
      timeZone: "Europe/London",
    });
    const titles = async () =>
      (await body(await load(conveningLoader, null, `/convenings/${conveningId}`, { conveningId }))).days.flatMap(
        (day: { items: Array<{ title: string }> }) => day.items.map((item) => item.title),
      );
    expect(await titles()).toEqual(["Seeded session"]);
    await addSession(manager.id, conveningId, { title: "Added later", startTime: "11:00", endTime: "12:00" });
    expect(await titles()).toEqual(["Seeded session", "Added later"]);
  });
});

describe("the public share link", () => {
  it("shows a published agenda to a guest with no personal data, and nothing for a draft", async () => {
    const { manager, conveningId } = await setUp({
      format: "hybrid",
      onlineUrl: "https://meet.example.org/private-room",
    });
    const bristol = await createCity("bristol");
    const attendee = await createAccount({ role: "city-rep", cityId: bristol, name: "Attendee Private" });
    await Registration.create({ conveningId, personId: attendee.id, cityId: bristol, status: "registered" });
    await addSession(manager.id, conveningId, { guestSpeakers: "Speaker Private", title: "Open plenary" });
    const { shareToken } = (await getConvening(conveningId))!;
    expect((await load(shareLoader, null, `/share/${shareToken}`, { token: shareToken })).status).toBe(404);
    await publish(manager.id, conveningId);
    const response = await load(shareLoader, null, `/share/${shareToken}`, { token: shareToken });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain("Open plenary");
    expect(text).not.toContain("Speaker Private");
    expect(text).not.toContain("Attendee Private");
    expect(text).not.toContain("private-room");
    expect(text).not.toContain("Pat Manager");
  });
});

describe("agenda.json", () => {
  it("gives ISO times with offsets and the IANA zone for a published agenda, without names for guests", async () => {
    const { manager, conveningId } = await setUp({
      "places.0.timeZone": "America/New_York",
      startDate: "2030-05-21",
      endDate: "2030-05-22",
    });
    await addSession(manager.id, conveningId, {
      timeZone: "America/New_York",
      startDate: "2030-05-21",
      startTime: "10:00",
      endTime: "11:00",
      guestSpeakers: "Named Speaker",
    });
    expect((await load(agendaJsonLoader, null, `/convenings/${conveningId}/agenda.json`, { conveningId })).status).toBe(
      404,
    );
    expect(
      (await load(agendaJsonLoader, manager.id, `/convenings/${conveningId}/agenda.json`, { conveningId })).status,
    ).toBe(200);
    await publish(manager.id, conveningId);
    const data = await body(
      await load(agendaJsonLoader, null, `/convenings/${conveningId}/agenda.json`, { conveningId }),
    );
    expect(data.convening).toMatchObject({
      start: "2030-05-21T09:00:00-04:00",
      timeZone: "America/New_York",
      status: "published",
    });
    expect(data.sessions[0]).toMatchObject({
      start: "2030-05-21T10:00:00-04:00",
      end: "2030-05-21T11:00:00-04:00",
      timeZone: "America/New_York",
      status: "confirmed",
    });
    expect(data.sessions[0].people).toBeUndefined();
    const signedIn = await body(
      await load(agendaJsonLoader, manager.id, `/convenings/${conveningId}/agenda.json`, { conveningId }),
    );
    expect(signedIn.sessions[0].people).toEqual([{ name: "Named Speaker", role: "speaker" }]);
  });
});

describe("change history of a published agenda", () => {
  it("records who moved a session from when to when, bumps its sequence, and marks it for returning attendees", async () => {
    const { manager, conveningId } = await setUp();
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    await addSession(manager.id, conveningId, { title: "Workshop", startTime: "14:00", endTime: "15:00" });
    await publish(manager.id, conveningId);
    const [session] = await listSessions(conveningId);
    const params = { conveningId, sessionId: session.id };

    const firstVisit = await body(await load(conveningLoader, rep.id, `/convenings/${conveningId}`, { conveningId }));
    expect(firstVisit.changedCount).toBe(0);
    expect(await ConveningVisit.countDocuments({ personId: rep.id, conveningId })).toBe(1);
    await load(conveningLoader, manager.id, `/convenings/${conveningId}`, { conveningId });
    await new Promise((resolve) => setTimeout(resolve, 5)); // the change comes strictly after the visit

    const form = (
      await body(
        await load(editSessionLoader, manager.id, `/convenings/${conveningId}/sessions/${session.id}/edit`, params),
      )
    ).values;
    const moved = await postForm(
      editSessionAction,
      manager.id,
      `/convenings/${conveningId}/sessions/${session.id}/edit`,
      params,
      { ...form, startTime: "15:00", endTime: "16:00" },
    );
    expect(moved.status).toBe(302);
    const after = await getSession(conveningId, session.id);
    expect(after!.sequence).toBe(session.sequence + 1);

    const secondVisit = await body(await load(conveningLoader, rep.id, `/convenings/${conveningId}`, { conveningId }));
    expect(secondVisit.changedCount).toBe(1);
    expect(secondVisit.days[0].items[0].isChanged).toBe(true);
    const thirdVisit = await body(await load(conveningLoader, rep.id, `/convenings/${conveningId}`, { conveningId }));
    expect(thirdVisit.changedCount).toBe(0);
    // The manager who made the change is not told about it.
    expect(
      (await body(await load(conveningLoader, manager.id, `/convenings/${conveningId}`, { conveningId }))).changedCount,
    ).toBe(0);

    const history = await body(
      await load(changesLoader, rep.id, `/convenings/${conveningId}/changes`, { conveningId }),
    );
    const entry = history.changes.find((change: { kind: string }) => change.kind === "session-updated");
    expect(entry.who).toBe("Pat Manager");
    expect(entry.subject).toBe("Workshop");
    expect(entry.lines).toContainEqual({
      label: "Start",
      from: "Thursday 10 October 2030, 14:00 BST",
      to: "Thursday 10 October 2030, 15:00 BST",
    });
  });

  it("cancels a session but keeps it, with cancelledAt, a new sequence and a history entry", async () => {
    const { manager, conveningId } = await setUp();
    await addSession(manager.id, conveningId, { title: "Site visit" });
    await publish(manager.id, conveningId);
    const [session] = await listSessions(conveningId);
    const params = { conveningId, sessionId: session.id };
    const response = await postForm(
      editSessionAction,
      manager.id,
      `/convenings/${conveningId}/sessions/${session.id}/edit`,
      params,
      { intent: "cancel" },
    );
    expect(response.status).toBe(302);
    const cancelled = await getSession(conveningId, session.id);
    expect(cancelled).toMatchObject({ isCancelled: true, sequence: session.sequence + 1 });
    expect(cancelled?.cancelledAt).toBeInstanceOf(Date);
    const page = await body(await load(conveningLoader, null, `/convenings/${conveningId}`, { conveningId }));
    expect(page.days[0].items[0]).toMatchObject({ title: "Site visit", isCancelled: true });
    const history = await body(
      await load(changesLoader, manager.id, `/convenings/${conveningId}/changes`, { conveningId }),
    );
    expect(history.changes.map((change: { kind: string }) => change.kind)).toEqual([
      "session-cancelled",
      "convening-published",
    ]);
  });

  it("restores a cancelled session: live again with a higher sequence, a history entry, and editing refused until then", async () => {
    const { manager, conveningId } = await setUp();
    await addSession(manager.id, conveningId, { title: "Site visit" });
    await publish(manager.id, conveningId);
    const [session] = await listSessions(conveningId);
    const params = { conveningId, sessionId: session.id };
    const url = `/convenings/${conveningId}/sessions/${session.id}/edit`;
    await postForm(editSessionAction, manager.id, url, params, { intent: "cancel" });
    const editWhileCancelled = await postForm(editSessionAction, manager.id, url, params, { title: "Renamed" });
    expect(editWhileCancelled.status).toBe(409);
    expect(await editWhileCancelled.text()).toMatch(/restore it first/);
    const form = await body(await load(editSessionLoader, manager.id, url, params));
    expect(form.session).toMatchObject({ title: "Site visit", isCancelled: true });

    const restored = await postForm(editSessionAction, manager.id, url, params, { intent: "restore" });
    expect(restored.status).toBe(302);
    expect(await toastAfter(restored)).toContain("Restored “Site visit”");
    const live = await getSession(conveningId, session.id);
    expect(live).toMatchObject({ isCancelled: false, cancelledAt: null, sequence: session.sequence + 2 });
    const page = await body(await load(conveningLoader, null, `/convenings/${conveningId}`, { conveningId }));
    expect(page.days[0].items[0]).toMatchObject({ title: "Site visit", isCancelled: false });
    const history = await body(
      await load(changesLoader, manager.id, `/convenings/${conveningId}/changes`, { conveningId }),
    );
    expect(history.changes.map((change: { kind: string }) => change.kind)).toEqual([
      "session-restored",
      "session-cancelled",
      "convening-published",
    ]);
    const rep = await createAccount({ role: "city-rep", cityId: await createCity("bristol") });
    expect((await postForm(editSessionAction, rep.id, url, params, { intent: "restore" })).status).toBe(403);
  });

  it("records a session added after publishing, but nothing while the convening is a draft", async () => {
    const { manager, conveningId } = await setUp();
    await addSession(manager.id, conveningId, { title: "Draft-time session" });
    await publish(manager.id, conveningId);
    await addSession(manager.id, conveningId, { title: "Late addition", startTime: "16:00", endTime: "17:00" });
    const history = await body(
      await load(changesLoader, manager.id, `/convenings/${conveningId}/changes`, { conveningId }),
    );
    expect(
      history.changes.map((change: { kind: string; subject: string }) => `${change.kind}: ${change.subject}`),
    ).toEqual(["session-added: Late addition", "convening-published: City Working Group meeting: Cardiff"]);
    expect(history.changes[0].added).toBe("Thursday 10 October 2030, 16:00 BST");
  });

  it("refuses a stale session form and keeps the input", async () => {
    const { manager, conveningId } = await setUp();
    await addSession(manager.id, conveningId, { title: "Plenary" });
    const [session] = await listSessions(conveningId);
    const params = { conveningId, sessionId: session.id };
    const form = (
      await body(
        await load(editSessionLoader, manager.id, `/convenings/${conveningId}/sessions/${session.id}/edit`, params),
      )
    ).values;
    await postForm(editSessionAction, manager.id, `/x`, params, { ...form, title: "First save" });
    const stale = await postForm(editSessionAction, manager.id, `/x`, params, { ...form, title: "Second save" });
    expect(stale.status).toBe(409);
    const data = await body(stale);
    expect(data.errors.form).toMatch(/changed by someone else since you opened it/);
    expect(data.values.title).toBe("Second save");
    expect((await getSession(conveningId, session.id))?.title).toBe("First save");
  });

  it("404s a session id from another convening or a malformed one", async () => {
    const { manager, conveningId } = await setUp();
    const other = await setUp();
    await addSession(other.manager.id, other.conveningId, {});
    const [foreign] = await listSessions(other.conveningId);
    expect((await load(editSessionLoader, manager.id, "/x", { conveningId, sessionId: foreign.id })).status).toBe(404);
    expect((await load(editSessionLoader, manager.id, "/x", { conveningId, sessionId: "bad" })).status).toBe(404);
  });
});
