import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { buildDelegateItinerary, type ItineraryInput } from "./my-itinerary-view";

const LONDON = "Europe/London";
const NY = "America/New_York";
const at = (local: string, zone: string) => DateTime.fromISO(local, { zone }).toJSDate();

function input(overrides: Partial<ItineraryInput> = {}): ItineraryInput {
  const delegate = { personId: "p1", cityId: "c1", name: "Bethan Rees", cityName: "Bristol", departureDate: null };
  return {
    viewer: { id: "p1", role: "participant", cityId: "c1" },
    exchange: {
      id: "x1",
      title: "US learning exchange",
      status: "published",
      startsAt: at("2030-04-01T09:00", NY),
      endsAt: at("2030-04-05T17:00", NY),
      timeZone: NY,
      places: [{ name: "Pittsburgh", region: "Pennsylvania", country: "United States", timeZone: NY }],
    },
    delegate: { ...delegate, homeZone: LONDON },
    delegates: [delegate],
    sessions: [],
    segments: [
      {
        id: "s1",
        conveningId: "x1",
        mode: "flight",
        carrier: "British Airways",
        number: "BA 2031",
        from: { place: "London Heathrow", timeZone: LONDON },
        to: { place: "Pittsburgh", timeZone: NY },
        // The UK's clocks go forward at 01:00 UTC on 31 March, while the flight is in the air.
        departsAt: at("2030-03-30T22:00", LONDON),
        arrivesAt: at("2030-03-31T01:30", NY),
        personIds: ["p1"],
        isForEveryone: false,
        bookingReference: "QX7P2L",
        sessionId: null,
        revision: 1,
      },
    ],
    lodging: { hotels: [], assignments: [] },
    otherNames: new Map(),
    contacts: [],
    ...overrides,
  };
}

describe("a delegate's itinerary", () => {
  it("gives home time beside local time by each instant's own offsets, across a DST change", () => {
    const [flight] = buildDelegateItinerary(input()).travel;
    expect([flight.departs, flight.arrives]).toEqual([
      { place: "London Heathrow", local: "Sat 30 Mar 22:00 GMT", home: null },
      { place: "Pittsburgh", local: "Sun 31 Mar 01:30 EDT", home: "Sun 31 Mar 06:30 BST" },
    ]);
  });

  it("puts a journey on its departure day at its departure place, and shows no home time without a home zone", () => {
    const built = buildDelegateItinerary(input({ delegate: { ...input().delegate, homeZone: null } }));
    expect([built.home, built.days.map((day) => day.heading), built.travel[0].arrives.home]).toEqual([
      null,
      ["Saturday 30 March 2030"],
      null,
    ]);
  });

  it("keeps a group booking's reference from a delegate who does not answer for everyone on it", () => {
    const [segment] = input().segments;
    const built = buildDelegateItinerary(
      input({
        segments: [{ ...segment, personIds: ["p1", "p2"] }],
        delegates: [
          ...input().delegates,
          { personId: "p2", cityId: "c2", name: "Dai Morgan", cityName: "Cardiff", departureDate: null },
        ],
      }),
    );
    expect(built.travel[0].bookingReference).toBeNull();
  });

  it("says where the exchange is each day when its places have days, and nothing on travel days", () => {
    const base = input();
    const built = buildDelegateItinerary(
      input({
        exchange: {
          ...base.exchange,
          places: [
            {
              name: "Pittsburgh",
              region: "PA",
              country: "",
              timeZone: NY,
              firstDay: "2030-04-01",
              lastDay: "2030-04-02",
            },
            {
              name: "Washington DC",
              region: "",
              country: "",
              timeZone: NY,
              firstDay: "2030-04-03",
              lastDay: "2030-04-05",
            },
          ],
        },
        sessions: [
          {
            id: "a1",
            conveningId: "x1",
            title: "Welcome",
            description: "",
            titleCy: "",
            descriptionCy: "",
            kind: "plenary",
            startsAt: at("2030-04-01T09:00", NY),
            endsAt: at("2030-04-01T10:00", NY),
            timeZone: NY,
            endTimeZone: null,
            room: "",
            placeName: "Pittsburgh",
            speakers: [],
            themes: [],
            track: "",
            isCancelled: false,
            cancelledAt: null,
            sequence: 0,
            revision: 1,
            createdAt: new Date(0),
            updatedAt: new Date(0),
          },
        ],
      }),
    );
    expect(built.days.map((day) => [day.heading, day.place])).toEqual([
      ["Saturday 30 March 2030", null],
      ["Monday 1 April 2030", "Pittsburgh, PA"],
    ]);
  });

  it("shows an agenda travel leg once, as the delegate's segment linked to it", () => {
    const base = input();
    const leg = (id: string, title: string) => ({
      id,
      conveningId: "x1",
      title,
      description: "",
      titleCy: "",
      descriptionCy: "",
      kind: "travel" as const,
      startsAt: at("2030-03-30T22:00", LONDON),
      endsAt: at("2030-03-31T01:30", NY),
      timeZone: LONDON,
      endTimeZone: NY,
      room: "",
      placeName: "",
      speakers: [],
      themes: [],
      track: "",
      isCancelled: false,
      cancelledAt: null,
      sequence: 0,
      revision: 1,
      createdAt: new Date(0),
      updatedAt: new Date(0),
    });
    const built = buildDelegateItinerary(
      input({
        segments: [{ ...base.segments[0], sessionId: "leg1" }],
        sessions: [leg("leg1", "Flight to Pittsburgh"), leg("leg2", "Another group's flight")],
      }),
    );
    expect(built.days[0].entries.map((entry) => (entry.kind === "session" ? entry.title : entry.kind))).toEqual([
      "travel",
      "Another group's flight",
    ]);
  });
});
