import { describe, expect, it } from "vitest";
import { newSessionDefaults } from "./session-place-default";

const NY = "America/New_York";
const EXCHANGE = {
  startsAt: new Date("2027-05-24T13:00:00Z"), // 09:00 EDT on Monday 24 May
  endsAt: new Date("2027-05-28T21:00:00Z"), // 17:00 EDT on Friday 28 May
  timeZone: NY,
  places: [
    { name: "Pittsburgh", timeZone: NY, firstDay: "2027-05-24", lastDay: "2027-05-25" },
    { name: "Montgomery County", timeZone: NY, firstDay: "2027-05-26", lastDay: "2027-05-27" },
    { name: "Washington DC", timeZone: NY, firstDay: "2027-05-28", lastDay: "2027-05-28" },
  ],
};

describe("a new session's place", () => {
  it("is the place whose days contain the day asked for, with its zone", () => {
    expect(newSessionDefaults(EXCHANGE, "2027-05-27")).toEqual({
      startDate: "2027-05-27",
      timeZone: NY,
      placeName: "Montgomery County",
    });
    expect(newSessionDefaults(EXCHANGE, "2027-05-28").placeName).toBe("Washington DC");
  });

  it("is the first day's place when no day, a malformed day or a day outside the convening is asked for", () => {
    const first = { startDate: "2027-05-24", timeZone: NY, placeName: "Pittsburgh" };
    expect(newSessionDefaults(EXCHANGE, null)).toEqual(first);
    expect(newSessionDefaults(EXCHANGE, "28/05/2027")).toEqual(first);
    expect(newSessionDefaults(EXCHANGE, "2027-06-01")).toEqual(first);
  });

  it("follows the zone of a place in another zone than the convening's", () => {
    const trip = {
      ...EXCHANGE,
      timeZone: "Europe/London",
      places: [
        { name: "London", timeZone: "Europe/London", firstDay: "2027-05-24", lastDay: "2027-05-24" },
        { name: "Pittsburgh", timeZone: NY, firstDay: "2027-05-25", lastDay: "2027-05-28" },
      ],
    };
    expect(newSessionDefaults(trip, "2027-05-25")).toEqual({
      startDate: "2027-05-25",
      timeZone: NY,
      placeName: "Pittsburgh",
    });
  });

  it("is the only place of a convening whose places have no days", () => {
    const meeting = {
      startsAt: new Date("2027-03-25T09:30:00Z"),
      endsAt: new Date("2027-03-26T17:00:00Z"),
      timeZone: "Europe/London",
      places: [{ name: "Sheffield Town Hall", timeZone: "Europe/London", firstDay: null, lastDay: null }],
    };
    expect(newSessionDefaults(meeting, "2027-03-26")).toEqual({
      startDate: "2027-03-26",
      timeZone: "Europe/London",
      placeName: "Sheffield Town Hall",
    });
  });
});
