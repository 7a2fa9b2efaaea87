// Each delegate's itinerary: /me/itinerary for the signed-in delegate (travel at each end's local
// time with their home time beside it, hotel and room, roommates named only with their consent,
// the agenda by day, emergency numbers, whom to contact), and printable packs for the delegate,
// their city's representatives and the programme team, one delegate's or a city's at once.
import { beforeAll, describe, expect, it } from "vitest";
import * as myItineraryModule from "../../app/routes/me.itinerary._index";
import { loader as myItineraryLoader } from "../../app/routes/me.itinerary._index";
import * as myPackModule from "../../app/routes/me.itinerary.$conveningId.pack";
import * as delegatePageModule from "../../app/routes/convenings.$conveningId.delegates.$personId";
import { loader as myPackLoader } from "../../app/routes/me.itinerary.$conveningId.pack";
import { loader as delegatePackLoader } from "../../app/routes/convenings.$conveningId.delegates.$personId_.pack";
import { loader as packsLoader } from "../../app/routes/convenings.$conveningId.packs";
import { action as logoutAction } from "../../app/routes/logout";
import type { DelegateItinerary } from "../../app/exchanges/my-itinerary-view";
import { Convening } from "../../models/convening.server";
import { at, createSession } from "../factories/calendar";
import {
  addDelegate,
  addGroupCoach,
  addHotelWithRoom,
  addSegment,
  createExchange,
  putInRoom,
} from "../factories/exchanges";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { recordQueries } from "../helpers/queries";
import { body, load, responseOf } from "../helpers/routes";
import { requestHandlerFor } from "../helpers/remix-handler";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const NY = "America/New_York";

let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  handle = await requestHandlerFor({
    "routes/me.itinerary._index": { path: "me/itinerary", module: myItineraryModule },
    "routes/me.itinerary.$conveningId.pack": { path: "me/itinerary/:conveningId/pack", module: myPackModule },
    "routes/convenings.$conveningId.delegates.$personId": {
      path: "convenings/:conveningId/delegates/:personId",
      module: delegatePageModule,
    },
  });
});

/**
 * The 2030 US exchange (20–24 May, Pittsburgh) organised by a manager: Bethan and Carys of Bristol,
 * Dai of Cardiff; Bethan's own flight, a coach for everyone, a room Bethan shares with Carys (who
 * agreed) and Dai (who did not), and two sessions.
 */
async function setUp() {
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const manager = await createAccount({ role: "manager", name: "Priya Shah", email: "priya.shah@example.org" });
  const bristolRep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bristol Rep" });
  const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff, name: "Cardiff Rep" });
  const conveningId = await createExchange({
    createdById: manager.id,
    places: [
      { name: "Pittsburgh", region: "Pennsylvania", country: "United States", timeZone: NY },
      { name: "Montgomery County", region: "Maryland", country: "", timeZone: NY },
    ],
  });
  const bethan = await addDelegate(conveningId, bristol, "Bethan Rees", { hasAccount: true });
  const carys = await addDelegate(conveningId, bristol, "Carys Lloyd", { hasAccount: true });
  const dai = await addDelegate(conveningId, cardiff, "Dai Morgan", { hasAccount: true });
  const flight = await addSegment(conveningId, { personIds: [bethan], bookingReference: "QX7P2L" });
  const coach = await addGroupCoach(conveningId, "2030-05-22");
  const room = await addHotelWithRoom(conveningId, { label: "Family 3", capacity: 3 });
  await putInRoom(conveningId, room, bethan);
  await putInRoom(conveningId, room, carys, true);
  await putInRoom(conveningId, room, dai, false);
  await createSession(conveningId, {
    title: "Welcome at the City-County Building",
    kind: "plenary",
    timeZone: NY,
    startsAt: at("2030-05-20T09:00", NY),
    endsAt: at("2030-05-20T10:30", NY),
    room: "Council Chamber",
    placeName: "Pittsburgh",
  });
  await createSession(conveningId, {
    title: "Cancelled visit",
    timeZone: NY,
    startsAt: at("2030-05-21T09:00", NY),
    endsAt: at("2030-05-21T10:00", NY),
    isCancelled: true,
    cancelledAt: new Date(),
  });
  return { bristol, cardiff, manager, bristolRep, cardiffRep, conveningId, bethan, carys, dai, flight, coach, room };
}

async function myItineraries(personId: string) {
  const response = await load(myItineraryLoader, personId, "/me/itinerary");
  expect(response).toHaveStatus(200);
  return (await body<{ itineraries: DelegateItinerary[] }>(response)).itineraries;
}

describe("/me/itinerary", () => {
  it("shows the delegate their travel at each end's local time with Bristol time beside it where it differs", async () => {
    const { conveningId, bethan, flight, coach } = await setUp();
    const [itinerary] = await myItineraries(bethan);
    expect(itinerary.exchange).toEqual({
      id: conveningId,
      title: "US learning exchange",
      dateRange: "20–24 May 2030",
      places: ["Pittsburgh, Pennsylvania", "Montgomery County, Maryland"],
      isCancelled: false,
    });
    expect(itinerary.home).toEqual({
      zone: "Europe/London",
      label: "Bristol time",
      note: "Times are local to each place; Bristol time (Europe/London) is shown beside them where the clocks differ.",
    });
    expect(itinerary.travel).toEqual([
      {
        id: flight,
        modeLabel: "Flight",
        service: "British Airways BA 231",
        departs: { place: "London Heathrow", local: "Sun 19 May 11:00 BST", home: null },
        arrives: { place: "Pittsburgh", local: "Sun 19 May 14:30 EDT", home: "Sun 19 May 19:30 BST" },
        bookingReference: "QX7P2L",
        isForEveryone: false,
      },
      {
        id: coach,
        modeLabel: "Coach",
        service: "Academy",
        departs: { place: "Pittsburgh", local: "Wed 22 May 08:00 EDT", home: "Wed 22 May 13:00 BST" },
        arrives: { place: "Rockville", local: "Wed 22 May 12:30 EDT", home: "Wed 22 May 17:30 BST" },
        // Everyone's coach: its reference changes other cities' seats too.
        bookingReference: null,
        isForEveryone: true,
      },
    ]);
  });

  it("names a roommate who agreed to share, counts one who did not, and lists the days in order", async () => {
    const { bethan, room } = await setUp();
    const [itinerary] = await myItineraries(bethan);
    expect(itinerary.hotels).toEqual([
      {
        id: room.hotelId,
        name: "Omni William Penn, Pittsburgh",
        address: "530 William Penn Place",
        stay: "Check-in 19 May 2030, check-out 24 May 2030",
        room: "Family 3",
        sharingWith: "Carys Lloyd; 1 other delegate",
      },
    ]);
    expect(
      itinerary.days.map((day) => [
        day.heading,
        day.entries.map((entry) =>
          entry.kind === "session"
            ? `${entry.local} (${entry.home}) ${entry.title}, ${entry.where}`
            : entry.kind === "travel"
              ? `${entry.segment.modeLabel} ${entry.segment.departs.place} → ${entry.segment.arrives.place}`
              : `${entry.kind} ${entry.hotelName}`,
        ),
      ]),
    ).toEqual([
      ["Sunday 19 May 2030", ["Flight London Heathrow → Pittsburgh", "check-in Omni William Penn, Pittsburgh"]],
      [
        "Monday 20 May 2030",
        ["09:00–10:30 EDT (14:00–15:30 BST) Welcome at the City-County Building, Council Chamber, Pittsburgh"],
      ],
      ["Wednesday 22 May 2030", ["Coach Pittsburgh → Rockville"]],
      ["Friday 24 May 2030", ["check-out Omni William Penn, Pittsburgh"]],
    ]);
  });

  it("gives 911 for the places in the United States and the organiser to contact", async () => {
    const { bethan } = await setUp();
    const [itinerary] = await myItineraries(bethan);
    expect(itinerary.emergency).toEqual({
      known: [
        {
          country: "US",
          countryName: "United States",
          emergency: ["911"],
          other: [{ number: "988", label: "Suicide and crisis lifeline" }],
          places: ["Pittsburgh", "Montgomery County"],
        },
      ],
      unknownPlaces: [],
    });
    expect(itinerary.contacts).toEqual([
      { name: "Priya Shah", email: "priya.shah@example.org", role: "Programme manager" },
      { name: "Inclusive Cities planner", email: "planner@example.org", role: "Programme team" },
    ]);
  });

  it("leaves out exchanges that are over, drafts, cancelled ones and those the person has no place on", async () => {
    const { bristol, bethan, manager } = await setUp();
    const past = await createExchange({
      title: "Past exchange",
      startsAt: new Date("2020-05-18T13:00:00Z"),
      endsAt: new Date("2020-05-22T21:00:00Z"),
    });
    const draft = await createExchange({ title: "Draft exchange", status: "draft" });
    const cancelled = await createExchange({ title: "Cancelled exchange", status: "cancelled" });
    const meeting = await createExchange({ title: "A meeting", kind: "working-group-meeting" });
    for (const conveningId of [past, draft, cancelled, meeting])
      await Convening.updateOne({ _id: conveningId }, { $set: { createdById: manager.id } });
    const { Registration } = await import("../../models/registration.server");
    for (const conveningId of [past, draft, cancelled, meeting])
      await Registration.create({ conveningId, personId: bethan, cityId: bristol, status: "registered" });
    expect((await myItineraries(bethan)).map((itinerary) => itinerary.exchange.title)).toEqual([
      "US learning exchange",
    ]);
    expect(await myItineraries(manager.id)).toEqual([]);
  });

  it("is cleared from the device's offline copy on sign-out: the answer says to clear the site's storage", async () => {
    const { bethan } = await setUp();
    const response = await responseOf(
      logoutAction({ request: await formRequest(bethan, "/logout", {}), params: {}, context: {} }),
    );
    expect([response.status, response.headers.get("Location"), response.headers.get("Clear-Site-Data")]).toEqual([
      302,
      "/",
      '"storage"',
    ]);
  });

  it("sends a signed-out reader to sign in", async () => {
    const response = await load(myItineraryLoader, null, "/me/itinerary");
    expect([response.status, response.headers.get("Location")]).toEqual([302, "/login?redirectTo=%2Fme%2Fitinerary"]);
  });

  it("renders without JavaScript: headings, times, emergency numbers and the pack link", async () => {
    const { bethan, conveningId } = await setUp();
    const response = await handle(await requestAs(bethan, "/me/itinerary"));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(
      [
        "<h1>My itinerary</h1>",
        '<h3 id="travel-' + conveningId + '">Your travel</h3>',
        "Sun 19 May 14:30 EDT",
        "(Bristol time: Sun 19 May 19:30 BST)",
        `href="tel:911"`,
        `href="/me/itinerary/${conveningId}/pack"`,
        "Sharing with",
      ].map((text) => html.includes(text)),
    ).toEqual([true, true, true, true, true, true, true]);
  });
});

describe("delegate packs", () => {
  it("give the delegate their own pack, and 404 for an exchange they are not on", async () => {
    const { conveningId, bethan, manager } = await setUp();
    const mine = await load(myPackLoader, bethan, `/me/itinerary/${conveningId}/pack`, { conveningId });
    expect(mine).toHaveStatus(200);
    expect((await body(mine)).pack.delegate.name).toBe("Bethan Rees");
    const other = await createExchange({ title: "Another exchange", createdById: manager.id });
    expect(await load(myPackLoader, bethan, `/me/itinerary/${other}/pack`, { conveningId: other })).toHaveStatus(404);
  });

  it("print with each day on a page of its own", async () => {
    const { conveningId, bethan } = await setUp();
    const response = await handle(await requestAs(bethan, `/me/itinerary/${conveningId}/pack`));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(
      [
        'Bethan Rees<span class="delegate-pack__kind">: delegate pack</span></h1>',
        '<section class="itinerary-day"',
        "Use your browser&#x27;s Print command: each day starts a new page.",
      ].map((text) => html.includes(text)),
    ).toEqual([true, true, true]);
    expect(html.match(/<section class="itinerary-day"/g)?.length).toBe(4);
  });

  it("let a city's representative print their own city's delegates only", async () => {
    const { conveningId, bethan, dai, bristolRep, cardiffRep } = await setUp();
    const pack = (personId: string, viewer: string) =>
      load(delegatePackLoader, viewer, `/convenings/${conveningId}/delegates/${personId}/pack`, {
        conveningId,
        personId,
      });
    const bristolOwn = await pack(bethan, bristolRep.id);
    expect(bristolOwn).toHaveStatus(200);
    // The representative answers for Bethan's own booking, so its reference is theirs to see.
    expect((await body(bristolOwn)).pack.travel[0].bookingReference).toBe("QX7P2L");
    expect(await pack(dai, bristolRep.id)).toHaveStatus(403);
    expect(await pack(bethan, cardiffRep.id)).toHaveStatus(403);
    expect(await pack(bethan, dai)).toHaveStatus(403);
    expect(await pack(bristolRep.id, bristolRep.id)).toHaveStatus(404);

    const packs = await load(packsLoader, bristolRep.id, `/convenings/${conveningId}/packs`, { conveningId });
    expect((await body(packs)).packs.map((one: DelegateItinerary) => one.delegate.name)).toEqual([
      "Bethan Rees",
      "Carys Lloyd",
    ]);
    expect(await load(packsLoader, dai, `/convenings/${conveningId}/packs`, { conveningId })).toHaveStatus(403);
  });

  it("are linked from the delegate page, and the delegate's own page links to their itinerary", async () => {
    const { conveningId, bethan, manager } = await setUp();
    const page = `/convenings/${conveningId}/delegates/${bethan}`;
    const asManager = await (await handle(await requestAs(manager.id, page))).text();
    const asDelegate = await (await handle(await requestAs(bethan, page))).text();
    expect([
      new RegExp(`<a [^>]*href="${page}/pack">Itinerary and delegate pack</a>`).test(asManager),
      /<a [^>]*href="\/me\/itinerary">My itinerary<\/a>/.test(asDelegate),
    ]).toEqual([true, true]);
  });

  it("let a manager print every delegate's, or one city's", async () => {
    const { conveningId, cardiff, dai, manager } = await setUp();
    const all = await body(await load(packsLoader, manager.id, `/convenings/${conveningId}/packs`, { conveningId }));
    expect([
      all.packs.map((one: DelegateItinerary) => one.delegate.name),
      all.cities.map((city: { label: string }) => city.label),
    ]).toEqual([
      ["Bethan Rees", "Carys Lloyd", "Dai Morgan"],
      ["Bristol", "Cardiff"],
    ]);
    const cardiffs = await body(
      await load(packsLoader, manager.id, `/convenings/${conveningId}/packs?city=${cardiff}`, { conveningId }),
    );
    expect(cardiffs.packs.map((one: DelegateItinerary) => one.delegate.personId)).toEqual([dai]);
    const daiPack = await body(
      await load(delegatePackLoader, manager.id, `/convenings/${conveningId}/delegates/${dai}/pack`, {
        conveningId,
        personId: dai,
      }),
    );
    // Dai did not agree to share, but both his roommates did: they are named to him.
    expect([daiPack.pack.home.label, daiPack.pack.hotels[0].sharingWith]).toEqual([
      "Cardiff time",
      "Bethan Rees; Carys Lloyd",
    ]);
  });

  it("load in the same number of queries however much travel, lodging and agenda there is", async () => {
    const { conveningId, bethan, carys, manager } = await setUp();
    const count = async () => ({
      packs: (
        await recordQueries(() => load(packsLoader, manager.id, `/convenings/${conveningId}/packs`, { conveningId }))
      ).queries.sort(),
      mine: (await recordQueries(() => load(myItineraryLoader, bethan, "/me/itinerary"))).queries.sort(),
    });
    const small = await count();
    for (const personId of [bethan, carys, bethan])
      await addSegment(conveningId, { number: "BA 233", personIds: [personId] });
    const room = await addHotelWithRoom(conveningId, { hotel: { name: "Hotel Harrington" }, label: "2", capacity: 2 });
    await putInRoom(conveningId, room, carys);
    for (const day of ["21", "22", "23"])
      await createSession(conveningId, {
        title: `Day ${day}`,
        timeZone: NY,
        startsAt: at(`2030-05-${day}T09:00`, NY),
        endsAt: at(`2030-05-${day}T10:00`, NY),
      });
    expect(await count()).toEqual(small);
  });
});
