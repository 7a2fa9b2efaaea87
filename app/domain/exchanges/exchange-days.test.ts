import { describe, expect, it } from "vitest";
import { exchangeNights, formatDays, formatMoment, nightsBetween, programmeBounds } from "./exchange-days";

describe("nights", () => {
  it("counts the nights from check-in up to check-out", () => {
    expect(nightsBetween("2018-05-21", "2018-05-23")).toEqual(["2018-05-21", "2018-05-22"]);
    expect(nightsBetween("2018-05-23", "2018-05-23")).toEqual([]);
    expect(nightsBetween("2018-05-23", "2018-05-21")).toEqual([]);
  });

  it("gives the exchange's nights as calendar days at its place, across a change of the clocks", () => {
    // US summer time starts at 02:00 on Sunday 10 March 2024.
    const exchange = {
      startsAt: new Date("2024-03-09T14:00:00Z"),
      endsAt: new Date("2024-03-12T03:30:00Z"), // 23:30 EDT on Monday 11 March
      timeZone: "America/New_York",
    };
    expect(exchangeNights(exchange)).toEqual(["2024-03-09", "2024-03-10"]);
  });
});

describe("formatDays", () => {
  it("names runs of days once", () => {
    expect(formatDays(["2018-05-24", "2018-05-20", "2018-05-23"])).toBe("20 May 2018, 23–24 May 2018");
    expect(formatDays(["2018-05-31", "2018-06-01"])).toBe("31 May – 1 June 2018");
  });
});

describe("formatMoment", () => {
  it("says the day and the time at the place, with the zone's name that day", () => {
    const instant = new Date("2024-03-16T11:00:00Z");
    expect([formatMoment(instant, "Europe/London"), formatMoment(instant, "America/New_York")]).toEqual([
      "Sat 16 Mar 11:00 GMT",
      "Sat 16 Mar 07:00 EDT",
    ]);
  });
});

describe("programmeBounds", () => {
  it("ends with the last session's end in its arrival zone", () => {
    const exchange = {
      startsAt: new Date("2018-05-21T13:00:00Z"),
      endsAt: new Date("2018-05-25T20:00:00Z"),
      timeZone: "America/New_York",
    };
    const bounds = programmeBounds(exchange, [
      {
        title: "Closing",
        kind: "plenary",
        startsAt: new Date("2018-05-25T18:00:00Z"),
        endsAt: new Date("2018-05-25T19:00:00Z"),
        timeZone: "America/New_York",
        endTimeZone: "America/Chicago",
        isCancelled: false,
      },
    ]);
    expect(bounds).toEqual({
      first: { at: new Date("2018-05-25T18:00:00Z"), timeZone: "America/New_York", title: "Closing" },
      last: { at: new Date("2018-05-25T19:00:00Z"), timeZone: "America/Chicago", title: "Closing" },
    });
  });
});
