import { describe, expect, it } from "vitest";
import { lodgingWarnings, nightsOutsideExchange, type WarningHotel } from "./lodging-warnings";

// The 2018 exchange: Monday 21 to Friday 25 May at America/New_York, so the nights of 21–24 May.
const exchange = {
  startsAt: new Date("2018-05-21T13:00:00Z"),
  endsAt: new Date("2018-05-25T20:00:00Z"),
  timeZone: "America/New_York",
};
const pittsburgh: WarningHotel = {
  id: "pgh",
  name: "Omni William Penn",
  checkInDate: "2018-05-21",
  checkOutDate: "2018-05-23",
  rooms: [
    { id: "p1", label: "1201", capacity: 2 },
    { id: "p2", label: "1202", capacity: 1 },
  ],
};
const washington: WarningHotel = {
  id: "dc",
  name: "Hotel Harrington",
  checkInDate: "2018-05-23",
  checkOutDate: "2018-05-25",
  rooms: [{ id: "d1", label: "310", capacity: 2 }],
};
const ada = { personId: "ada", name: "Ada Okafor" };
const bo = { personId: "bo", name: "Bo Lindqvist" };
const cy = { personId: "cy", name: "Cy Evans" };

describe("lodging warnings", () => {
  it("finds only the nights a delegate has no room for, when people who share both agreed to", () => {
    const warnings = lodgingWarnings({
      exchange,
      delegates: [ada, bo],
      hotels: [pittsburgh, washington],
      assignments: [
        { hotelId: "pgh", roomId: "p1", personId: "ada", sharingConsent: true },
        { hotelId: "pgh", roomId: "p1", personId: "bo", sharingConsent: true },
        { hotelId: "dc", roomId: "d1", personId: "ada", sharingConsent: false },
      ],
    });
    expect(warnings.map((warning) => warning.message)).toEqual([
      "Bo Lindqvist has no room for the nights of 23–24 May 2018.",
    ]);
  });

  it("names the nights of the exchange a delegate has no room for", () => {
    const warnings = lodgingWarnings({
      exchange,
      delegates: [ada, cy],
      hotels: [pittsburgh, washington],
      assignments: [{ hotelId: "dc", roomId: "d1", personId: "ada", sharingConsent: false }],
    });
    expect(warnings).toEqual([
      {
        kind: "night-without-room",
        personId: "ada",
        hotelId: null,
        roomId: null,
        message: "Ada Okafor has no room for the nights of 21–22 May 2018.",
      },
      {
        kind: "night-without-room",
        personId: "cy",
        hotelId: null,
        roomId: null,
        message: "Cy Evans has no room for the nights of 21–24 May 2018.",
      },
    ]);
  });

  it("warns of a room over capacity and of sharing without both consents", () => {
    const warnings = lodgingWarnings({
      exchange,
      delegates: [ada, bo, cy],
      hotels: [{ ...pittsburgh, checkOutDate: "2018-05-25" }],
      assignments: [
        { hotelId: "pgh", roomId: "p2", personId: "ada", sharingConsent: true },
        { hotelId: "pgh", roomId: "p2", personId: "bo", sharingConsent: false },
        { hotelId: "pgh", roomId: "p1", personId: "cy", sharingConsent: false },
      ],
    });
    expect(warnings.map(({ kind, roomId, message }) => [kind, roomId, message])).toEqual([
      [
        "room-over-capacity",
        "p2",
        "Room 1202 at Omni William Penn sleeps 1 and has 2 people in it: Ada Okafor and Bo Lindqvist.",
      ],
      [
        "sharing-without-consent",
        "p2",
        "Ada Okafor and Bo Lindqvist share room 1202 at Omni William Penn, but Bo Lindqvist did not agree to share a room.",
      ],
    ]);
  });

  it("warns of hotel nights outside the exchange, and of a room held for someone no longer coming", () => {
    const early = { ...pittsburgh, checkInDate: "2018-05-20", checkOutDate: "2018-05-25" };
    expect(nightsOutsideExchange(exchange, early)).toEqual(["2018-05-20"]);
    const warnings = lodgingWarnings({
      exchange,
      delegates: [ada],
      hotels: [early],
      assignments: [
        { hotelId: "pgh", roomId: "p1", personId: "ada", sharingConsent: true },
        { hotelId: "pgh", roomId: "p2", personId: "gone", sharingConsent: false },
      ],
      otherNames: new Map([["gone", "Dee Former"]]),
    });
    expect(warnings.map((warning) => warning.message)).toEqual([
      "Omni William Penn is booked for the night of 20 May 2018, outside the exchange (21–25 May 2018).",
      "Room 1202 at Omni William Penn is still held for Dee Former, who is no longer coming.",
    ]);
  });
});
