import { describe, expect, it } from "vitest";
import {
  chosenDay,
  conveningDays,
  daysAttendedLabel,
  daysBegun,
  hasDayBegun,
  hereCountLabel,
  matchesSearch,
  statusFromMarks,
  type Mark,
} from "./attendance-days";

const exchange = {
  startsAt: new Date("2018-05-21T13:00:00Z"), // 09:00 in Pittsburgh
  endsAt: new Date("2018-05-25T21:00:00Z"), // 17:00 in Washington DC
  timeZone: "America/New_York",
};

describe("the convening's days", () => {
  it("lists the five days of an exchange at its place, with the place of each day", () => {
    const days = conveningDays(exchange, [
      { name: "Pittsburgh PA", firstDay: "2018-05-21", lastDay: "2018-05-22" },
      { name: "Montgomery County MD", firstDay: "2018-05-23", lastDay: "2018-05-24" },
      { name: "Washington DC", firstDay: "2018-05-25", lastDay: null },
    ]);
    expect(days).toEqual([
      { day: "2018-05-21", shortLabel: "Mon 21 May", longLabel: "Monday 21 May 2018", placeName: "Pittsburgh PA" },
      { day: "2018-05-22", shortLabel: "Tue 22 May", longLabel: "Tuesday 22 May 2018", placeName: "Pittsburgh PA" },
      {
        day: "2018-05-23",
        shortLabel: "Wed 23 May",
        longLabel: "Wednesday 23 May 2018",
        placeName: "Montgomery County MD",
      },
      {
        day: "2018-05-24",
        shortLabel: "Thu 24 May",
        longLabel: "Thursday 24 May 2018",
        placeName: "Montgomery County MD",
      },
      { day: "2018-05-25", shortLabel: "Fri 25 May", longLabel: "Friday 25 May 2018", placeName: "Washington DC" },
    ]);
  });

  it("counts days at the place, not in UTC: an evening start in Tokyo is the next day there", () => {
    const days = conveningDays({
      startsAt: new Date("2027-03-24T23:30:00Z"), // 08:30 on the 25th in Tokyo
      endsAt: new Date("2027-03-25T08:00:00Z"),
      timeZone: "Asia/Tokyo",
    });
    expect(days.map((entry) => entry.day)).toEqual(["2027-03-25"]);
  });

  it("keeps each day whole across the clocks going forward, and leaves out a day an end at midnight begins", () => {
    const days = conveningDays({
      startsAt: new Date("2027-03-27T09:00:00Z"), // Saturday; the clocks go forward on Sunday 28 March
      endsAt: new Date("2027-03-29T23:00:00Z"), // midnight at the start of Tuesday 30 March, BST
      timeZone: "Europe/London",
    });
    expect(days.map((entry) => entry.day)).toEqual(["2027-03-27", "2027-03-28", "2027-03-29"]);
    // Monday 29 March begins at 23:00 UTC on the 28th once the clocks have gone forward.
    expect(hasDayBegun("2027-03-29", "Europe/London", new Date("2027-03-28T22:59:59Z"))).toBe(false);
    expect(hasDayBegun("2027-03-29", "Europe/London", new Date("2027-03-28T23:00:00Z"))).toBe(true);
  });

  it("opens on today while the convening runs, else on its first or last day, or on the day asked for", () => {
    const days = conveningDays(exchange);
    const zone = exchange.timeZone;
    // 01:00 UTC on the 23rd is still the evening of the 22nd in New York.
    expect(chosenDay(days, null, zone, new Date("2018-05-23T01:00:00Z")).day).toBe("2018-05-22");
    expect(chosenDay(days, null, zone, new Date("2018-05-01T12:00:00Z")).day).toBe("2018-05-21");
    expect(chosenDay(days, null, zone, new Date("2018-06-01T12:00:00Z")).day).toBe("2018-05-25");
    expect(chosenDay(days, "2018-05-24", zone, new Date("2018-05-22T12:00:00Z")).day).toBe("2018-05-24");
    expect(chosenDay(days, "2018-05-26", zone, new Date("2018-05-22T12:00:00Z")).day).toBe("2018-05-22");
    expect(daysBegun(days, zone, new Date("2018-05-23T04:00:00Z")).map((entry) => entry.day)).toEqual([
      "2018-05-21",
      "2018-05-22",
      "2018-05-23",
    ]);
  });
});

describe("the status the marks lead to", () => {
  const marks = (days: Record<string, Mark>, sessions: Mark[] = []) => ({
    days: new Map(Object.entries(days)),
    sessions,
  });
  const begun = ["2018-05-21", "2018-05-22"];

  it("is attended when here on any day or at any session", () => {
    expect(statusFromMarks(marks({ "2018-05-21": "away", "2018-05-22": "here" }), begun)).toBe("attended");
    expect(statusFromMarks(marks({ "2018-05-21": "away", "2018-05-22": "away" }, ["here"]), begun)).toBe("attended");
  });

  it("is a no-show only when not here on every day begun so far", () => {
    expect(statusFromMarks(marks({ "2018-05-21": "away", "2018-05-22": "away" }), begun)).toBe("no-show");
    expect(statusFromMarks(marks({ "2018-05-21": "away" }), begun)).toBe("registered");
    expect(statusFromMarks(marks({ "2018-05-21": "away" }, ["away"]), ["2018-05-21"])).toBe("no-show");
    expect(statusFromMarks(marks({}), [])).toBe("registered");
  });
});

describe("the words on the page", () => {
  it("counts days attended and people here", () => {
    expect(daysAttendedLabel(4, 5)).toBe("4 of 5 days");
    expect(daysAttendedLabel(1, 1)).toBe("1 of 1 day");
    expect(hereCountLabel(9, 12, { kind: "day", isToday: true, longLabel: "Monday 21 May 2018" })).toBe(
      "9 of 12 here today",
    );
    expect(hereCountLabel(9, 12, { kind: "day", isToday: false, longLabel: "Monday 21 May 2018" })).toBe(
      "9 of 12 here on Monday 21 May 2018",
    );
    expect(hereCountLabel(0, 12, { kind: "session" })).toBe("0 of 12 here at this session");
  });

  it("finds people by any part of their name or city, ignoring case and accents", () => {
    const person = { name: "Siân Llewellyn", cityName: "Cardiff" };
    expect(matchesSearch(person, "sian")).toBe(true);
    expect(matchesSearch(person, "CARD llew")).toBe(true);
    expect(matchesSearch(person, "bristol")).toBe(false);
    expect(matchesSearch(person, "  ")).toBe(true);
  });
});
