// A learning exchange's places and days through the real routes: saved from the form, refused at
// the field, shown on the exchange's page as the route with the places per city, and the day's
// place as a new session's default.
import { describe, expect, it } from "vitest";
import { loader as conveningLoader } from "../../app/routes/convenings.$conveningId._index";
import { action as duplicateAction } from "../../app/routes/convenings.$conveningId.duplicate";
import { action as editAction, loader as editLoader } from "../../app/routes/convenings.$conveningId.edit";
import { loader as newSessionLoader } from "../../app/routes/convenings.$conveningId.sessions.new";
import { action as newAction } from "../../app/routes/convenings.new";
import { Convening, getConvening } from "../../models/convening.server";
import { conveningFields, conveningIdFrom, postForm } from "../factories/convenings";
import { createAccount, createCity } from "../factories/people";
import { addSession, createDraft } from "../helpers/convenings";
import { body, load } from "../helpers/routes";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const NY = "America/New_York";

/** The 2018 route in 2030: Pittsburgh 20–21 May, Montgomery County 22–23, Washington DC 24. */
function exchangeFields(overrides: Record<string, string | string[]> = {}) {
  return conveningFields({
    kind: "learning-exchange",
    title: "US learning exchange",
    "places.0.name": "Pittsburgh",
    "places.0.address": "",
    "places.0.region": "PA",
    "places.0.country": "United States",
    "places.0.timeZone": NY,
    "places.0.firstDay": "2030-05-20",
    "places.0.lastDay": "2030-05-21",
    "places.1.name": "Montgomery County",
    "places.1.region": "MD",
    "places.1.timeZone": "America/New_York",
    "places.1.firstDay": "2030-05-22",
    "places.1.lastDay": "2030-05-23",
    "places.2.name": "Washington DC",
    "places.2.timeZone": "America/New_York",
    "places.2.firstDay": "2030-05-24",
    "places.2.lastDay": "",
    "places.3.name": "",
    "places.3.timeZone": "",
    startDate: "2030-05-20",
    endDate: "2030-05-24",
    placesPerCity: "2",
    capacity: "12",
    ...overrides,
  });
}

describe("an exchange's places and days", () => {
  it("saves three places in route order with their days", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id, exchangeFields());
    const convening = await getConvening(id);
    expect(
      convening?.places.map(({ name, firstDay, lastDay, timeZone }) => [name, firstDay, lastDay, timeZone]),
    ).toEqual([
      ["Pittsburgh", "2030-05-20", "2030-05-21", NY],
      ["Montgomery County", "2030-05-22", "2030-05-23", NY],
      ["Washington DC", "2030-05-24", "2030-05-24", NY],
    ]);
  });

  it("refuses overlapping days and a zone not on the list at their fields, keeping what was typed", async () => {
    const manager = await createAccount({ role: "manager" });
    const response = await postForm(
      newAction,
      manager.id,
      "/convenings/new",
      {},
      exchangeFields({ "places.1.firstDay": "2030-05-21", "places.2.timeZone": "Eastern" }),
    );
    expect(response).toHaveStatus(400);
    const data = await body(response);
    expect(data.errors).toEqual({
      "places.1.firstDay": "21 May 2030 is already a day at Pittsburgh (until 21 May 2030): start the day after",
      "places.2.timeZone": "Choose the time zone from the list, for example Europe/London or America/New_York",
    });
    expect(data.values["places.1.firstDay"]).toBe("2030-05-21");
    expect(data.values["places.2.timeZone"]).toBe("Eastern");
    expect(await Convening.countDocuments()).toBe(0);
  });

  it("answers “Add another place” with the form as typed, one more row and nothing saved", async () => {
    const manager = await createAccount({ role: "manager" });
    const response = await postForm(
      newAction,
      manager.id,
      "/convenings/new",
      {},
      exchangeFields({ title: "", placeRowCount: "4", addPlace: "1" }),
    );
    expect(response).toHaveStatus(200);
    const data = await body(response);
    expect(data.result.error).toBe(undefined);
    expect(data.values).toMatchObject({ placeRowCount: "4", addPlace: "1", "places.2.name": "Washington DC" });
    expect(await Convening.countDocuments()).toBe(0);
  });

  it("reads an older convening whose places have no days, and saves its edit unchanged", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id, exchangeFields());
    // As stored before places had days.
    await Convening.collection.updateOne(
      { _id: new Convening.base.Types.ObjectId(id) },
      { $set: { places: [{ name: "Pittsburgh", address: "", region: "PA", country: "", timeZone: NY }] } },
    );
    expect((await getConvening(id))?.places).toEqual([
      { name: "Pittsburgh", address: "", region: "PA", country: "", timeZone: NY, firstDay: null, lastDay: null },
    ]);
    const form = await body(await load(editLoader, manager.id, `/convenings/${id}/edit`, { conveningId: id }));
    expect(form.values["places.0.firstDay"]).toBe("");
    const saved = await postForm(editAction, manager.id, `/convenings/${id}/edit`, { conveningId: id }, form.values);
    expect(saved).toHaveStatus(302);
    expect((await getConvening(id))?.places[0].firstDay).toBe(null);
  });

  it("shows the route, the places per city and each agenda day's place on the exchange's page", async () => {
    const manager = await createAccount({ role: "manager" });
    const cardiff = await createCity("cardiff");
    const id = await createDraft(manager.id, exchangeFields({ [`cityPlaces.${cardiff}`]: "3" }));
    for (const [day, title] of [
      ["2030-05-20", "Welcome in Pittsburgh"],
      ["2030-05-22", "Montgomery County's welcoming plan"],
      ["2030-05-24", "Roundtable in Washington DC"],
    ])
      expect(
        await addSession(manager.id, id, {
          title,
          startDate: day,
          timeZone: NY,
          placeName: "",
          room: "",
          startTime: "10:00",
          endTime: "11:00",
        }),
      ).toHaveStatus(302);
    const page = await body(await load(conveningLoader, manager.id, `/convenings/${id}`, { conveningId: id }));
    expect(page.convening.route).toEqual([
      { label: "Pittsburgh, PA", days: "Mon 20–Tue 21 May", dayCount: 2, address: "United States", timeZone: NY },
      { label: "Montgomery County, MD", days: "Wed 22–Thu 23 May", dayCount: 2, address: "", timeZone: NY },
      { label: "Washington DC", days: "Fri 24 May", dayCount: 1, address: "", timeZone: NY },
    ]);
    expect(page.convening.cityPlaces).toEqual({
      perCity: 2,
      exceptions: [{ cityName: "Cardiff", places: 3 }],
      capacity: 12,
    });
    expect(page.dayPlaces).toEqual({
      "2030-05-20": "Pittsburgh, PA",
      "2030-05-22": "Montgomery County, MD",
      "2030-05-24": "Washington DC",
    });
  });

  it("starts a new session on the day asked for at that day's place and zone", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id, exchangeFields());
    const form = await body(
      await load(newSessionLoader, manager.id, `/convenings/${id}/sessions/new?day=2030-05-23`, { conveningId: id }),
    );
    expect(form.defaults).toEqual({ startDate: "2030-05-23", timeZone: NY, placeName: "Montgomery County" });
    const first = await body(
      await load(newSessionLoader, manager.id, `/convenings/${id}/sessions/new`, { conveningId: id }),
    );
    expect(first.defaults).toEqual({ startDate: "2030-05-20", timeZone: NY, placeName: "Pittsburgh" });
  });

  it("moves each place's days with the dates when the exchange is duplicated, whatever the clocks do", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id, exchangeFields());
    // From May 2030 (summer time) to March 2031, the day after US summer time starts (Sunday 9 March):
    // the days move as calendar days, not by 24-hour steps that the lost hour would push back a day.
    const response = await postForm(
      duplicateAction,
      manager.id,
      `/convenings/${id}/duplicate`,
      { conveningId: id },
      {
        title: "US learning exchange, spring",
        firstDay: "2031-03-10",
      },
    );
    const copy = await getConvening(conveningIdFrom(response));
    expect(copy?.places.map(({ name, firstDay, lastDay }) => [name, firstDay, lastDay])).toEqual([
      ["Pittsburgh", "2031-03-10", "2031-03-11"],
      ["Montgomery County", "2031-03-12", "2031-03-13"],
      ["Washington DC", "2031-03-14", "2031-03-14"],
    ]);
  });
});
