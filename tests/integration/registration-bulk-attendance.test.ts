// "Mark selected as here" on the attendance page: the ticked people on the page's day, each by the
// mark of decision 019, so a repeated post marks nobody twice; nobody ticked, another convening's
// people and a city rep are refused without marking anyone.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { action } from "../../app/routes/convenings.$conveningId.attendance";
import { AttendanceMarkModel } from "../../models/attendance-mark.server";
import { withTestDatabase } from "../setup/database";
import { at, createConvening, register } from "../factories/calendar";
import { postForm } from "../factories/convenings";
import { createAccount, createCity } from "../factories/people";
import { createColleagues } from "../factories/registration";
import { toastAfter } from "../factories/toast";
import { registrationIdOf, registrationStatusOf as statusOf } from "../helpers/registration";
import { body } from "../helpers/routes";

withTestDatabase();

const ZONE = "Europe/London";

/** A three-day convening whose second day is today, Bristol's three colleagues and Cardiff's one with places. */
async function setUp() {
  const today = DateTime.now().setZone(ZONE).startOf("day");
  const days = [-1, 0, 1].map((offset) => today.plus({ days: offset }).toISODate()!);
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const manager = await createAccount({ role: "manager" });
  const bristolRep = await createAccount({ role: "city-rep", cityId: bristol });
  const conveningId = await createConvening({
    title: "Working group",
    timeZone: ZONE,
    places: [{ name: "Bristol City Hall", timeZone: ZONE }],
    startsAt: at(`${days[0]}T09:00`, ZONE),
    endsAt: at(`${days[2]}T17:00`, ZONE),
  });
  const people = await createColleagues(bristol, 3);
  for (const personId of people) await register(conveningId, personId, bristol);
  const [cy] = await createColleagues(cardiff, 1, "officer");
  await register(conveningId, cy, cardiff);
  const ids = await Promise.all(people.map((personId) => registrationIdOf(conveningId, personId)));
  return { days, manager, bristolRep, conveningId, people, ids };
}

function markSelected(personId: string, conveningId: string, fields: Record<string, string | string[]>) {
  return postForm(
    action,
    personId,
    `/convenings/${conveningId}/attendance`,
    { conveningId },
    {
      intent: "mark-selected-here",
      session: "",
      q: "",
      ...fields,
    },
  );
}

describe("marking the selected people as here", () => {
  it("marks each ticked person here on the day, once, and says how many were here already when sent again", async () => {
    const { days, manager, conveningId, people, ids } = await setUp();
    const first = await markSelected(manager.id, conveningId, { day: days[1], registrationId: [ids[0], ids[1]] });
    expect(first.status).toBe(302);
    expect(await toastAfter(first)).toBe("Marked 2 people as here.");
    expect(await Promise.all(people.map((personId) => statusOf(conveningId, personId)))).toEqual([
      "attended",
      "attended",
      "registered",
    ]);

    const again = await markSelected(manager.id, conveningId, { day: days[1], registrationId: ids });
    expect(await toastAfter(again)).toBe("Marked 1 person as here. 2 people were marked here already.");
    expect(await AttendanceMarkModel.countDocuments({ _id: { $regex: `^${conveningId}:${days[1]}:` } })).toBe(3);
  });

  it("with nobody ticked, says so on the page and marks nobody", async () => {
    const { days, manager, conveningId } = await setUp();
    const response = await markSelected(manager.id, conveningId, { day: days[1] });
    expect(response.status).toBe(400);
    expect(await body(response)).toEqual({
      bulkProblem: "Select at least one person first: tick the box beside each name.",
    });
    expect(await AttendanceMarkModel.countDocuments()).toBe(0);
  });

  it("refuses the whole post when an id is not a person with a place at this convening", async () => {
    const { days, manager, conveningId, ids } = await setUp();
    const other = await createConvening({ title: "Another meeting" });
    const response = await markSelected(manager.id, conveningId, {
      day: days[1],
      registrationId: [ids[0], other, "not-an-id"],
    });
    expect(response.status).toBe(400);
    expect(await body(response)).toEqual({
      bulkProblem: "Some of the selected people have no place at this convening.",
    });
    expect(await AttendanceMarkModel.countDocuments()).toBe(0);
  });

  it("refuses a day still to come, and a city rep, as the page does", async () => {
    const { days, manager, bristolRep, conveningId, ids } = await setUp();
    const tomorrow = await markSelected(manager.id, conveningId, { day: days[2], registrationId: [ids[0]] });
    expect(tomorrow.status).toBe(409);
    const byRep = await markSelected(bristolRep.id, conveningId, { day: days[1], registrationId: [ids[0]] });
    expect(byRep.status).toBe(403);
    expect(await AttendanceMarkModel.countDocuments()).toBe(0);
  });
});
