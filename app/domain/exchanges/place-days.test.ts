import { describe, expect, it } from "vitest";
import {
  daysFromTo,
  formatPlaceDays,
  placeDayIssues,
  placeIndexAt,
  placeIndexForDay,
  routeStops,
  spanDaysAt,
  type TypedPlaceDays,
} from "./place-days";

const NY = "America/New_York";
// 21–25 May 2018, 09:00 EDT on the first day to 17:00 EDT on the last.
const EXCHANGE = { startsAt: new Date("2018-05-21T13:00:00Z"), endsAt: new Date("2018-05-25T21:00:00Z"), timeZone: NY };

const ROUTE = [
  { name: "Pittsburgh", region: "PA", timeZone: NY, firstDay: "2018-05-21", lastDay: "2018-05-22" },
  { name: "Montgomery County", region: "MD", timeZone: NY, firstDay: "2018-05-23", lastDay: "2018-05-24" },
  { name: "Washington DC", region: "", timeZone: NY, firstDay: "2018-05-25", lastDay: "2018-05-25" },
];

const typed = (rows: Array<Partial<TypedPlaceDays>>): TypedPlaceDays[] =>
  rows.map((row, index) => ({ name: `Place ${index + 1}`, timeZone: NY, firstDay: "", lastDay: "", ...row }));

describe("which place a day belongs to", () => {
  it("is the place whose days contain it", () => {
    expect(
      ["2018-05-21", "2018-05-22", "2018-05-23", "2018-05-24", "2018-05-25"].map((day) => placeIndexForDay(ROUTE, day)),
    ).toEqual([0, 0, 1, 1, 2]);
  });

  it("is no place for a day outside every place's days", () => {
    expect(placeIndexForDay(ROUTE, "2018-05-26")).toBe(null);
  });

  it("is the first place when no place has days (a one-day meeting, or an older convening)", () => {
    const places = [
      { firstDay: null, lastDay: null },
      { firstDay: null, lastDay: null },
    ];
    expect(placeIndexForDay(places, "2018-05-23")).toBe(0);
    expect(placeIndexForDay([], "2018-05-23")).toBe(null);
  });

  it("takes a place with a first day only as one day there", () => {
    expect(placeIndexForDay([{ firstDay: "2018-05-21", lastDay: null }], "2018-05-21")).toBe(0);
    expect(placeIndexForDay([{ firstDay: "2018-05-21", lastDay: null }], "2018-05-22")).toBe(null);
  });

  it("reads an instant's day at each place's own zone, on the night the clocks go forward", () => {
    // US summer time starts at 02:00 on Sunday 14 March 2027: the night is an hour short.
    const places = [
      { name: "Pittsburgh", timeZone: NY, firstDay: "2027-03-13", lastDay: "2027-03-13" },
      { name: "Washington DC", timeZone: NY, firstDay: "2027-03-14", lastDay: "2027-03-14" },
    ];
    expect(placeIndexAt(places, new Date("2027-03-14T04:30:00Z"))).toBe(0); // 23:30 EST on the 13th
    expect(placeIndexAt(places, new Date("2027-03-14T05:30:00Z"))).toBe(1); // 00:30 EST on the 14th
    expect(placeIndexAt(places, new Date("2027-03-14T07:30:00Z"))).toBe(1); // 03:30 EDT, after the gap
    expect(placeIndexAt(places, new Date("2027-03-15T03:59:00Z"))).toBe(1); // 23:59 EDT on the 14th
    expect(placeIndexAt(places, new Date("2027-03-15T04:00:00Z"))).toBe(null); // midnight EDT: the 15th
  });

  it("reads the day at a place in another zone than the first", () => {
    const places = [
      { name: "London", timeZone: "Europe/London", firstDay: "2027-10-30", lastDay: "2027-10-30" },
      { name: "Pittsburgh", timeZone: NY, firstDay: "2027-10-31", lastDay: "2027-11-02" },
    ];
    expect(placeIndexAt(places, new Date("2027-10-30T12:00:00Z"))).toBe(0); // 13:00 BST in London
    expect(placeIndexAt(places, new Date("2027-10-31T14:00:00Z"))).toBe(1); // 10:00 EDT in Pittsburgh
    // 23:30 UTC on the 30th is already the 31st in London (BST) and still the 30th in Pittsburgh: neither place's day.
    expect(placeIndexAt(places, new Date("2027-10-30T23:30:00Z"))).toBe(null);
  });
});

describe("days and their names", () => {
  it("lists each calendar day once across the day the clocks go back", () => {
    // UK clocks go back at 02:00 on Sunday 31 October 2027: a 25-hour day, still one day.
    expect(daysFromTo("2027-10-30", "2027-11-01")).toEqual(["2027-10-30", "2027-10-31", "2027-11-01"]);
    expect(daysFromTo("2027-11-01", "2027-10-30")).toEqual([]);
  });

  it("reads the convening's first and last day at a place", () => {
    expect(spanDaysAt(EXCHANGE, NY)).toEqual({ first: "2018-05-21", last: "2018-05-25" });
    // 17:00 EDT on the 25th is already the 26th in Tokyo.
    expect(spanDaysAt(EXCHANGE, "Asia/Tokyo")).toEqual({ first: "2018-05-21", last: "2018-05-26" });
  });

  it("names a place's days short, with weekdays", () => {
    expect(formatPlaceDays(ROUTE[0])).toBe("Mon 21–Tue 22 May");
    expect(formatPlaceDays(ROUTE[2])).toBe("Fri 25 May");
    expect(formatPlaceDays({ firstDay: "2018-05-31", lastDay: "2018-06-01" })).toBe("Thu 31 May–Fri 1 Jun");
    expect(formatPlaceDays({ firstDay: null, lastDay: null })).toBe(null);
  });

  it("gives the route as stops with their days", () => {
    expect(routeStops(ROUTE)).toEqual([
      { label: "Pittsburgh, PA", days: "Mon 21–Tue 22 May", dayCount: 2 },
      { label: "Montgomery County, MD", days: "Wed 23–Thu 24 May", dayCount: 2 },
      { label: "Washington DC", days: "Fri 25 May", dayCount: 1 },
    ]);
  });
});

describe("checking the places' days", () => {
  it("accepts the 2018 route, and places without days", () => {
    expect(
      placeDayIssues(
        typed([
          { firstDay: "2018-05-21", lastDay: "2018-05-22" },
          { firstDay: "2018-05-23", lastDay: "2018-05-24" },
          { firstDay: "2018-05-25", lastDay: "" },
          {},
        ]),
        EXCHANGE,
      ),
    ).toEqual([]);
  });

  it("refuses a last day before the first", () => {
    expect(placeDayIssues(typed([{ firstDay: "2018-05-22", lastDay: "2018-05-21" }]), EXCHANGE)).toEqual([
      {
        index: 0,
        field: "lastDay",
        message: "The last day at Place 1 must be on or after its first day (22 May 2018)",
      },
    ]);
  });

  it("refuses days outside the convening's dates, at the field that is outside", () => {
    expect(
      placeDayIssues(
        typed([
          { firstDay: "2018-05-20", lastDay: "2018-05-22" },
          { firstDay: "2018-05-23", lastDay: "2018-05-26" },
        ]),
        EXCHANGE,
      ),
    ).toEqual([
      {
        index: 0,
        field: "firstDay",
        message: "The first day must be within the convening's dates (21 May 2018 to 25 May 2018)",
      },
      {
        index: 1,
        field: "lastDay",
        message: "The last day must be within the convening's dates (21 May 2018 to 25 May 2018)",
      },
    ]);
  });

  it("judges a place's days at that place: a day that is the convening's last only in Tokyo", () => {
    expect(
      placeDayIssues(typed([{ firstDay: "2018-05-26", lastDay: "2018-05-26", timeZone: "Asia/Tokyo" }]), EXCHANGE),
    ).toEqual([]);
    expect(placeDayIssues(typed([{ firstDay: "2018-05-26", lastDay: "2018-05-26" }]), EXCHANGE)).toEqual([
      {
        index: 0,
        field: "firstDay",
        message: "The first day must be within the convening's dates (21 May 2018 to 25 May 2018)",
      },
    ]);
  });

  it("refuses a place sharing days with the place before it", () => {
    expect(
      placeDayIssues(
        typed([
          { name: "Pittsburgh", firstDay: "2018-05-21", lastDay: "2018-05-22" },
          { name: "Montgomery County", firstDay: "2018-05-22", lastDay: "2018-05-24" },
        ]),
        EXCHANGE,
      ),
    ).toEqual([
      {
        index: 1,
        field: "firstDay",
        message: "22 May 2018 is already a day at Pittsburgh (until 22 May 2018): start the day after",
      },
    ]);
  });

  it("refuses places out of the route's order", () => {
    expect(
      placeDayIssues(
        typed([
          { name: "Montgomery County", firstDay: "2018-05-23", lastDay: "2018-05-24" },
          { name: "Pittsburgh", firstDay: "2018-05-21", lastDay: "2018-05-22" },
        ]),
        EXCHANGE,
      ),
    ).toEqual([
      {
        index: 1,
        field: "firstDay",
        message:
          "Places go in the order of the route: this place starts before Montgomery County (23 May 2018); move it up or change its days",
      },
    ]);
  });

  it("asks for a first day when only a last day is given", () => {
    expect(placeDayIssues(typed([{ lastDay: "2018-05-22" }]), EXCHANGE)).toEqual([
      { index: 0, field: "firstDay", message: "Enter the first day at this place too" },
    ]);
  });

  it("checks the order alone when the convening's dates could not be read", () => {
    expect(
      placeDayIssues(
        typed([
          { firstDay: "2030-01-01", lastDay: "2030-01-03" },
          { firstDay: "2030-01-02", lastDay: "2030-01-04" },
        ]),
        null,
      ),
    ).toEqual([
      {
        index: 1,
        field: "firstDay",
        message: "2 January 2030 is already a day at Place 1 (until 3 January 2030): start the day after",
      },
    ]);
  });
});
