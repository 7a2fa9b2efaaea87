// Attendance by day and by session through the attendance page's loader and action: the days of a
// five-day exchange at its place, marks that are idempotent and safe when two managers mark at
// once, the registration status that follows the marks, sessions switched on apart from the
// session documents, the one-day list as it was, who may take attendance, and days attended on
// the attendee page and in its CSV.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { action, loader } from "../../app/routes/convenings.$conveningId.attendance";
import { loader as attendeesLoader } from "../../app/routes/convenings.$conveningId.attendees";
import { loader as csvLoader } from "../../app/routes/convenings.$conveningId.attendees[.]csv";
import { AgendaSession } from "../../models/agenda-session.server";
import { AttendanceMarkModel, setAttendanceMark } from "../../models/attendance-mark.server";
import { Convening } from "../../models/convening.server";
import { ConveningAgenda } from "../../models/convening-agenda.server";
import { Registration } from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";
import { at, createConvening, createSession, register } from "../factories/calendar";
import { postForm } from "../factories/convenings";
import { createAccount, createCity } from "../factories/people";
import { createColleagues } from "../factories/registration";
import { toastAfter } from "../factories/toast";
import { isByIdAlone, recordQueryFilters } from "../helpers/queries";
import { registrationIdOf, registrationStatusOf as statusOf } from "../helpers/registration";
import { body, load } from "../helpers/routes";

withTestDatabase();

const ZONE = "America/New_York";

/** The five days of an exchange in New York whose third day is today there. */
function runningExchangeDays() {
  const today = DateTime.now().setZone(ZONE).startOf("day");
  return [-2, -1, 0, 1, 2].map((offset) => today.plus({ days: offset }).toISODate()!);
}

async function setUp(options: { days?: string[]; people?: number } = {}) {
  const days = options.days ?? runningExchangeDays();
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const manager = await createAccount({ role: "manager" });
  const otherManager = await createAccount({ role: "manager" });
  const bristolRep = await createAccount({ role: "city-rep", cityId: bristol });
  const conveningId = await createConvening({
    title: "US learning exchange",
    timeZone: ZONE,
    places: [{ name: "Pittsburgh PA", timeZone: ZONE }],
    startsAt: at(`${days[0]}T09:00`, ZONE),
    endsAt: at(`${days[days.length - 1]}T17:00`, ZONE),
  });
  const colleagues = await createColleagues(bristol, options.people ?? 2);
  const [ada, bo] = colleagues;
  const [cy] = await createColleagues(cardiff, 1, "officer");
  for (const personId of colleagues) await register(conveningId, personId, bristol);
  await register(conveningId, cy, cardiff);
  return { days, bristol, cardiff, manager, otherManager, bristolRep, conveningId, ada, bo, cy };
}

const url = (conveningId: string, search = "") => `/convenings/${conveningId}/attendance${search}`;

function page(personId: string | null, conveningId: string, search = "") {
  return load(loader, personId, url(conveningId, search), { conveningId });
}

function post(personId: string, conveningId: string, fields: Record<string, string>, search = "") {
  return postForm(action, personId, url(conveningId, search), { conveningId }, fields);
}

/** A row's button pressed with the page's script running (a fetcher, answered with data). */
async function mark(
  managerId: string,
  conveningId: string,
  personId: string,
  choice: "here" | "away" | "clear",
  slot: { day?: string; session?: string },
  extra: Record<string, string> = { answer: "data" },
) {
  return post(managerId, conveningId, {
    intent: "mark",
    registrationId: await registrationIdOf(conveningId, personId),
    mark: choice,
    day: slot.day ?? "",
    session: slot.session ?? "",
    q: "",
    ...extra,
  });
}

type PageData = {
  isOneDay: boolean;
  days: Array<{ day: string; isToday: boolean; placeName: string | null }>;
  day: { day: string; isToday: boolean; placeName: string | null };
  session: { id: string; title: string } | null;
  sessionsOfDay: Array<{ id: string; title: string; isTakingAttendance: boolean }>;
  people: Array<{ name: string; cityName: string; mark: string | null }>;
  notYetOpen: string | null;
};

async function pageData(personId: string, conveningId: string, search = ""): Promise<PageData> {
  const response = await page(personId, conveningId, search);
  expect(response).toHaveStatus(200);
  return body<PageData>(response);
}

const marksOf = (data: PageData) => data.people.map((person) => [person.name, person.mark]);

describe("attendance by day", () => {
  it("opens a five-day exchange on today at its place, with every person and no marks yet", async () => {
    const { days, manager, conveningId } = await setUp();
    const data = await pageData(manager.id, conveningId);
    expect(data.isOneDay).toBe(false);
    expect(data.days.map((entry) => [entry.day, entry.isToday])).toEqual(days.map((day, index) => [day, index === 2]));
    expect(data.day.day).toBe(days[2]);
    expect(data.notYetOpen).toBeNull();
    expect(marksOf(data)).toEqual([
      ["Colleague 01", null],
      ["Colleague 02", null],
      ["Officer 01", null],
    ]);
    expect((await pageData(manager.id, conveningId, `?day=${days[0]}`)).day.day).toBe(days[0]);
  });

  it("names the place of each day when the exchange's places have their days", async () => {
    const { days, manager, conveningId } = await setUp();
    await Convening.updateOne(
      { _id: conveningId },
      {
        $set: {
          places: [
            { name: "Pittsburgh PA", timeZone: ZONE, firstDay: days[0], lastDay: days[1] },
            { name: "Montgomery County MD", timeZone: ZONE, firstDay: days[2], lastDay: days[3] },
            { name: "Washington DC", timeZone: ZONE, firstDay: days[4], lastDay: days[4] },
          ],
        },
      },
    );
    const data = await pageData(manager.id, conveningId);
    expect(data.days.map((entry) => entry.placeName)).toEqual([
      "Pittsburgh PA",
      "Pittsburgh PA",
      "Montgomery County MD",
      "Montgomery County MD",
      "Washington DC",
    ]);
    expect(data.day.placeName).toBe("Montgomery County MD");
  });

  it("marks a person here today: the mark is shown for that day only and the registration is attended", async () => {
    const { days, manager, conveningId, ada } = await setUp();
    const response = await mark(manager.id, conveningId, ada, "here", { day: days[2] });
    expect(response).toHaveStatus(200);
    expect(await body(response)).toEqual({
      ok: true,
      registrationId: await registrationIdOf(conveningId, ada),
      message: null,
    });
    expect(await statusOf(conveningId, ada)).toBe("attended");
    expect(marksOf(await pageData(manager.id, conveningId))[0]).toEqual(["Colleague 01", "here"]);
    expect(marksOf(await pageData(manager.id, conveningId, `?day=${days[1]}`))[0]).toEqual(["Colleague 01", null]);
  });

  it("makes a no-show only of someone not here on every day so far, and follows a correction either way", async () => {
    const { days, manager, conveningId, bo } = await setUp();
    await mark(manager.id, conveningId, bo, "away", { day: days[0] });
    expect(await statusOf(conveningId, bo)).toBe("registered"); // the second and third days are not marked
    await mark(manager.id, conveningId, bo, "away", { day: days[1] });
    await mark(manager.id, conveningId, bo, "away", { day: days[2] });
    expect(await statusOf(conveningId, bo)).toBe("no-show");
    await mark(manager.id, conveningId, bo, "here", { day: days[1] });
    expect(await statusOf(conveningId, bo)).toBe("attended");
    await mark(manager.id, conveningId, bo, "away", { day: days[1] });
    expect(await statusOf(conveningId, bo)).toBe("no-show");
    await mark(manager.id, conveningId, bo, "clear", { day: days[1] });
    expect(await statusOf(conveningId, bo)).toBe("registered");
    expect(marksOf(await pageData(manager.id, conveningId, `?day=${days[1]}`))[1]).toEqual(["Colleague 02", null]);
  });

  it("refuses a day still to come and a day the convening does not have, with the reason for the row", async () => {
    const { days, manager, conveningId, ada } = await setUp();
    const tomorrow = DateTime.fromISO(days[3]).toFormat("cccc d LLLL yyyy");
    const early = await mark(manager.id, conveningId, ada, "here", { day: days[3] });
    expect(early).toHaveStatus(409);
    expect(await body(early)).toEqual({
      ok: false,
      registrationId: await registrationIdOf(conveningId, ada),
      message: `Attendance for ${tomorrow} can be marked from that day.`,
    });
    expect((await pageData(manager.id, conveningId, `?day=${days[3]}`)).notYetOpen).toBe(
      `Attendance for ${tomorrow} can be marked from that day.`,
    );
    const elsewhere = await mark(manager.id, conveningId, ada, "here", { day: "2018-05-21" });
    expect(elsewhere).toHaveStatus(404);
    expect((await body(elsewhere)).message).toBe("That day is not one of the convening's days.");
    expect(await statusOf(conveningId, ada)).toBe("registered");
    expect(await AttendanceMarkModel.countDocuments({ conveningId })).toBe(0);
  });

  it("without JavaScript, comes back to the same day, search and row after a mark", async () => {
    const { days, manager, conveningId, ada } = await setUp();
    const response = await mark(manager.id, conveningId, ada, "here", { day: days[1] }, { q: "colleague" });
    expect(response).toHaveStatus(302);
    expect(response.headers.get("Location")).toBe(
      `/convenings/${conveningId}/attendance?day=${days[1]}&q=colleague#person-${await registrationIdOf(conveningId, ada)}`,
    );
  });

  it("keeps one mark when the same button is pressed twice, or by two managers at once", async () => {
    const { days, manager, otherManager, conveningId, ada } = await setUp();
    const presses = await Promise.all(
      [manager, otherManager, manager, otherManager, manager].map((who) =>
        mark(who.id, conveningId, ada, "here", { day: days[2] }),
      ),
    );
    expect(presses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await AttendanceMarkModel.countDocuments({ conveningId })).toBe(1);
    expect(await statusOf(conveningId, ada)).toBe("attended");
  });

  it("records every mark when two managers mark a room of twelve at once", async () => {
    const { days, manager, otherManager, conveningId } = await setUp({ people: 12 });
    const data = await pageData(manager.id, conveningId);
    expect(data.people).toHaveLength(13);
    const registrations = await Registration.find({ conveningId }).select("_id").lean();
    const responses = await Promise.all(
      registrations.map((registration, index) =>
        post((index % 2 ? manager : otherManager).id, conveningId, {
          intent: "mark",
          registrationId: String(registration._id),
          mark: "here",
          day: days[2],
          session: "",
          q: "",
          answer: "data",
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(registrations.map(() => 200));
    expect(await AttendanceMarkModel.countDocuments({ conveningId, slot: days[2], mark: "here" })).toBe(13);
    expect(marksOf(await pageData(manager.id, conveningId)).filter(([, state]) => state === "here")).toHaveLength(13);
    expect(await Registration.distinct("status", { conveningId })).toEqual(["attended"]);
  });

  it("leaves the status in step with the mark that was saved when two managers disagree at once", async () => {
    const { days, manager, otherManager, conveningId, bo } = await setUp();
    await mark(manager.id, conveningId, bo, "away", { day: days[0] });
    await mark(manager.id, conveningId, bo, "away", { day: days[1] });
    for (let round = 0; round < 3; round += 1) {
      await Promise.all([
        mark(manager.id, conveningId, bo, "here", { day: days[2] }),
        mark(otherManager.id, conveningId, bo, "away", { day: days[2] }),
      ]);
      const saved = await AttendanceMarkModel.findOne({ conveningId, slot: days[2] }).lean();
      expect(await statusOf(conveningId, bo)).toBe(saved?.mark === "here" ? "attended" : "no-show");
    }
  });
});

describe("attendance per session", () => {
  async function withSessions() {
    const setup = await setUp();
    const { days, conveningId } = setup;
    const visit = await createSession(conveningId, {
      title: "Site visit: welcome centre",
      kind: "site-visit",
      timeZone: ZONE,
      startsAt: at(`${days[1]}T10:00`, ZONE),
      endsAt: at(`${days[1]}T12:00`, ZONE),
    });
    const dinner = await createSession(conveningId, {
      title: "Dinner with the host city",
      kind: "meal",
      timeZone: ZONE,
      startsAt: at(`${days[1]}T19:00`, ZONE),
      endsAt: at(`${days[1]}T21:00`, ZONE),
    });
    return { ...setup, visit, dinner };
  }

  it("switches attendance on for a chosen session without touching the session or its agenda copy", async () => {
    const { days, manager, conveningId, visit, dinner } = await withSessions();
    const before = await AgendaSession.findById(visit).lean();
    const copyBefore = await ConveningAgenda.findById(conveningId).lean();
    const data = await pageData(manager.id, conveningId, `?day=${days[1]}`);
    expect(data.sessionsOfDay.map((session) => [session.title, session.isTakingAttendance])).toEqual([
      ["Site visit: welcome centre", false],
      ["Dinner with the host city", false],
    ]);
    const response = await post(manager.id, conveningId, {
      intent: "session-attendance",
      session: visit,
      isOn: "on",
      day: days[1],
    });
    expect(response).toHaveStatus(302);
    expect(response.headers.get("Location")).toBe(`/convenings/${conveningId}/attendance?session=${visit}`);
    expect(await toastAfter(response)).toBe("Attendance is taken at this session.");
    const chosen = await pageData(manager.id, conveningId, `?session=${visit}`);
    // The session's end in its own zone's abbreviation (EDT or EST, whichever holds that day).
    expect(chosen.session).toEqual({
      id: visit,
      title: "Site visit: welcome centre",
      time: `10:00–12:00 ${DateTime.fromISO(`${days[1]}T12:00`, { zone: ZONE }).toFormat("ZZZZ")}`,
    });
    expect(chosen.day.day).toBe(days[1]);
    expect(chosen.sessionsOfDay.map((session) => [session.id, session.isTakingAttendance])).toEqual([
      [visit, true],
      [dinner, false],
    ]);
    expect(await AgendaSession.findById(visit).lean()).toEqual(before);
    expect(await ConveningAgenda.findById(conveningId).lean()).toEqual(copyBefore);
  });

  it("reads each person's mark and each session's switch by _id alone, the lookup FerretDB indexes", async () => {
    const { days, manager, conveningId, visit } = await withSessions();
    await post(manager.id, conveningId, { intent: "session-attendance", session: visit, isOn: "on", day: days[1] });
    const { queries } = await recordQueryFilters(() => pageData(manager.id, conveningId, `?session=${visit}`));
    const reads = (collection: string) => queries.filter(({ query }) => query.startsWith(`${collection}.`));
    expect(reads("attendancemarks").map(({ query, filter }) => [query, isByIdAlone(filter)])).toEqual([
      ["attendancemarks.findOne", true],
      ["attendancemarks.findOne", true],
      ["attendancemarks.findOne", true],
    ]);
    expect(reads("sessionattendances").map(({ query, filter }) => [query, isByIdAlone(filter)])).toEqual([
      ["sessionattendances.findOne", true],
      ["sessionattendances.findOne", true],
    ]);
  });

  it("makes someone here at a session attended, and follows their days again once the session stops counting", async () => {
    const { days, manager, conveningId, cy, visit, dinner } = await withSessions();
    const refused = await mark(manager.id, conveningId, cy, "here", { session: dinner });
    expect(refused).toHaveStatus(409);
    expect((await body(refused)).message).toBe(
      "Attendance is not taken at “Dinner with the host city”: switch it on for the session first.",
    );
    await post(manager.id, conveningId, { intent: "session-attendance", session: visit, isOn: "on", day: days[1] });
    for (const day of days.slice(0, 3)) await mark(manager.id, conveningId, cy, "away", { day });
    expect(await statusOf(conveningId, cy)).toBe("no-show");
    expect(await mark(manager.id, conveningId, cy, "here", { session: visit })).toHaveStatus(200);
    expect(await statusOf(conveningId, cy)).toBe("attended");
    expect(marksOf(await pageData(manager.id, conveningId, `?session=${visit}`))[2]).toEqual(["Officer 01", "here"]);
    expect(marksOf(await pageData(manager.id, conveningId, `?day=${days[1]}`))[2]).toEqual(["Officer 01", "away"]);

    const off = await post(manager.id, conveningId, {
      intent: "session-attendance",
      session: visit,
      isOn: "off",
      day: days[1],
    });
    expect(off.headers.get("Location")).toBe(`/convenings/${conveningId}/attendance?day=${days[1]}`);
    expect(await statusOf(conveningId, cy)).toBe("no-show");
    // A session no longer taking attendance is not offered: the page shows its day instead.
    expect((await pageData(manager.id, conveningId, `?session=${visit}`)).session).toBeNull();
  });
});

describe("a one-day meeting", () => {
  it("keeps the single list: the mark is the registration's status", async () => {
    const today = DateTime.now().setZone("Europe/London").startOf("day").toISODate()!;
    const bristol = await createCity("bristol");
    const manager = await createAccount({ role: "manager" });
    const conveningId = await createConvening({
      startsAt: at(`${today}T00:00`, "Europe/London"),
      endsAt: at(`${today}T23:00`, "Europe/London"),
    });
    const [ada] = await createColleagues(bristol, 1);
    await register(conveningId, ada, bristol);
    const data = await pageData(manager.id, conveningId);
    expect([data.isOneDay, data.days.map((entry) => entry.day)]).toEqual([true, [today]]);
    expect(await mark(manager.id, conveningId, ada, "here", { day: today })).toHaveStatus(200);
    expect(await statusOf(conveningId, ada)).toBe("attended");
    expect(marksOf(await pageData(manager.id, conveningId))).toEqual([["Colleague 01", "here"]]);
    await mark(manager.id, conveningId, ada, "away", { day: today });
    expect(await statusOf(conveningId, ada)).toBe("no-show");
    await mark(manager.id, conveningId, ada, "clear", { day: today });
    expect(await statusOf(conveningId, ada)).toBe("registered");
    expect(await AttendanceMarkModel.countDocuments({ conveningId })).toBe(0);
  });
});

describe("who takes attendance", () => {
  it("refuses the marking list and its marks to a city representative and a participant", async () => {
    const { days, bristol, bristolRep, conveningId, ada } = await setUp();
    const participant = await createAccount({ role: "participant", cityId: bristol });
    for (const viewer of [bristolRep, participant]) {
      expect(await page(viewer.id, conveningId)).toHaveStatus(403);
      expect(await mark(viewer.id, conveningId, ada, "here", { day: days[2] })).toHaveStatus(403);
    }
    expect(await statusOf(conveningId, ada)).toBe("registered");
  });
});

describe("days attended on the attendee page and in its CSV", () => {
  const exchangeDays = ["2018-05-21", "2018-05-22", "2018-05-23", "2018-05-24", "2018-05-25"];

  async function pastExchange() {
    const setup = await setUp({ days: exchangeDays });
    const { conveningId, manager, ada, bo } = setup;
    for (const day of exchangeDays.slice(0, 4))
      await setAttendanceMark({ conveningId, slot: day, personId: ada, mark: "here", markedById: manager.id });
    await setAttendanceMark({
      conveningId,
      slot: exchangeDays[4],
      personId: ada,
      mark: "away",
      markedById: manager.id,
    });
    await setAttendanceMark({ conveningId, slot: exchangeDays[0], personId: bo, mark: "here", markedById: manager.id });
    return setup;
  }

  it("shows a manager each person's days here, and a Bristol rep only Bristol's", async () => {
    const { conveningId, manager, bristolRep, ada, bo, cy } = await pastExchange();
    const attendees = async (viewerId: string) =>
      body<{ daysAttended: Record<string, string>; lines: Array<{ id: string }> }>(
        await load(attendeesLoader, viewerId, `/convenings/${conveningId}/attendees`, { conveningId }),
      );
    const ids = {
      ada: await registrationIdOf(conveningId, ada),
      bo: await registrationIdOf(conveningId, bo),
      cy: await registrationIdOf(conveningId, cy),
    };
    expect((await attendees(manager.id)).daysAttended).toEqual({
      [ids.ada]: "4 of 5 days",
      [ids.bo]: "1 of 5 days",
      [ids.cy]: "0 of 5 days",
    });
    expect((await attendees(bristolRep.id)).daysAttended).toEqual({
      [ids.ada]: "4 of 5 days",
      [ids.bo]: "1 of 5 days",
    });
  });

  it("leaves days attended out before an exchange's first day, when nobody can have attended", async () => {
    const nextYear = runningExchangeDays().map((day) => DateTime.fromISO(day).plus({ years: 1 }).toISODate()!);
    const { conveningId, manager } = await setUp({ days: nextYear });
    const page = await body<{ daysAttended: unknown }>(
      await load(attendeesLoader, manager.id, `/convenings/${conveningId}/attendees`, { conveningId }),
    );
    expect(page.daysAttended).toBeNull();
  });

  it("adds a days attended column to the CSV of a convening of several days", async () => {
    const { conveningId, manager } = await pastExchange();
    const response = await load(csvLoader, manager.id, `/convenings/${conveningId}/attendees.csv`, { conveningId });
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "City,Name,Email,Organisation,Status,Days attended,Role at event,Arrival,Departure,Shares contact details,Dietary needs,Access needs",
    );
    expect(lines.slice(1).map((line) => line.split(",").slice(0, 6).join(","))).toEqual([
      expect.stringMatching(/^Bristol,Colleague 01,colleague\.01\.[0-9a-f]{24}@example\.org,,registered,4 of 5 days$/),
      expect.stringMatching(/^Bristol,Colleague 02,colleague\.02\.[0-9a-f]{24}@example\.org,,registered,1 of 5 days$/),
      expect.stringMatching(/^Cardiff,Officer 01,officer\.01\.[0-9a-f]{24}@example\.org,,registered,0 of 5 days$/),
    ]);
  });
});
