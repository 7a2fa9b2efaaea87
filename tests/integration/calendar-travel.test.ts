// A delegate's travel and hotel stays in their personal feed: each segment from departure in its
// zone to arrival in the other's, read back at the same instants by ical.js and node-ical across a
// DST change; hotel stays as all-day days; what a feed may carry (a booking reference of theirs
// alone, never another's or a group's, never travel documents or roommates); stable UIDs, SEQUENCE
// and ETag moving on with every change, and the change tokens of travel and lodging.
import ICAL from "ical.js";
import nodeIcal, { type VEvent } from "node-ical";
import { afterEach, describe, expect, it } from "vitest";
import { hotelStayUid, travelUid } from "../../app/calendar/travel-events";
import { CHANGE_TOKENS, readChangeToken } from "../../models/change-token.server";
import { Convening } from "../../models/convening.server";
import { rotateCalendarToken } from "../../models/person.server";
import { saveTravelDocument } from "../../models/travel-document.server";
import { listTravelSegments, updateTravelSegment } from "../../models/travel-segment.server";
import { updateRoom } from "../../models/hotel-stay.server";
import { at } from "../factories/calendar";
import {
  addDelegate,
  addGroupCoach,
  addHotelWithRoom,
  addSegment,
  createExchange,
  putInRoom,
} from "../factories/exchanges";
import { createCity } from "../factories/people";
import { withTestDatabase } from "../setup/database";
import { feedOf, fetchFeed, parseFeed, textOf, utc } from "./calendar-helpers";

withTestDatabase();

const LONDON = "Europe/London";
const NY = "America/New_York";

afterEach(() => {
  ICAL.TimezoneService.reset();
});

/**
 * An exchange in Pittsburgh from Monday 1 April 2030. The flight out leaves London at 22:00 GMT on
 * Saturday 30 March and lands at 01:30 EDT on Sunday 31 March: the UK's clocks go forward (01:00
 * UTC) while it is in the air, and New York has been on EDT since 10 March.
 */
async function delegateWithFlight() {
  const bristol = await createCity("bristol");
  const conveningId = await createExchange({
    startsAt: at("2030-04-01T09:00", NY),
    endsAt: at("2030-04-05T17:00", NY),
  });
  const bethan = await addDelegate(conveningId, bristol, "Bethan Rees");
  const carys = await addDelegate(conveningId, bristol, "Carys Lloyd");
  const flight = await addSegment(conveningId, {
    number: "BA 2031",
    departsAt: at("2030-03-30T22:00", LONDON),
    arrivesAt: at("2030-03-31T01:30", NY),
    personIds: [bethan],
    bookingReference: "QX7P2L",
  });
  const token = await rotateCalendarToken(bethan);
  return { bristol, conveningId, bethan, carys, flight, token };
}

const DEPARTS = "2030-03-30T22:00:00Z";
const ARRIVES = "2030-03-31T05:30:00Z";

describe("travel in the personal feed", () => {
  it("runs from departure in London's zone to arrival in New York's, the same instants in ical.js and node-ical", async () => {
    const { flight, token } = await delegateWithFlight();
    const response = await fetchFeed.personal(token);
    const text = await response.text();
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    const block = unfolded.slice(unfolded.indexOf(`UID:${travelUid(flight)}`));
    expect(block.slice(0, block.indexOf("END:VEVENT")).match(/^DT(START|END);.*$/gm)).toEqual([
      "DTSTART;TZID=Europe/London:20300330T220000",
      "DTEND;TZID=America/New_York:20300331T013000",
    ]);

    const feed = parseFeed(text);
    expect(
      feed.vcalendar
        .getAllSubcomponents("vtimezone")
        .map((zone) => zone.getFirstPropertyValue("tzid"))
        .sort(),
    ).toEqual([NY, LONDON].sort());
    const read = feed.byUid(travelUid(flight))!;
    expect([
      read.summary,
      read.startDate.zone.tzid,
      utc(read.startDate),
      read.endDate.zone.tzid,
      utc(read.endDate),
    ]).toEqual(["Flight British Airways BA 2031: London Heathrow → Pittsburgh", LONDON, DEPARTS, NY, ARRIVES]);
    expect(textOf(read.component, "location")).toBe("London Heathrow");

    const event = nodeIcal.sync.parseICS(text)[travelUid(flight)] as VEvent;
    expect([event.start.tz, event.start.toISOString(), event.end?.tz, event.end?.toISOString()]).toEqual([
      LONDON,
      DEPARTS.replace("Z", ".000Z"),
      NY,
      ARRIVES.replace("Z", ".000Z"),
    ]);
  });

  it("carries the person's own booking reference, but no group's, and no one else's travel", async () => {
    const { conveningId, bethan, carys, flight, token } = await delegateWithFlight();
    const shared = await addSegment(conveningId, {
      mode: "train",
      carrier: "Amtrak",
      number: "Capitol Limited 30",
      from: { place: "Pittsburgh", timeZone: NY },
      to: { place: "Washington Union Station", timeZone: NY },
      departsAt: at("2030-04-03T08:00", NY),
      arrivesAt: at("2030-04-03T16:00", NY),
      personIds: [bethan, carys],
      bookingReference: "AMTK-GROUP-88",
    });
    const coach = await addGroupCoach(conveningId, "2030-04-02");
    const carysFlight = await addSegment(conveningId, {
      number: "BA 2033",
      personIds: [carys],
      bookingReference: "ZZ9CAR",
    });
    const feed = await feedOf(fetchFeed.personal(token));
    const travel = feed.events.filter((event) => event.uid.startsWith("travel-"));
    expect(travel.map((event) => event.uid).sort()).toEqual(
      [travelUid(flight), travelUid(shared), travelUid(coach)].sort(),
    );
    expect(textOf(feed.byUid(travelUid(flight))!.component, "description")).toBe(
      `London Heathrow → Pittsburgh.\n\nBooking reference: QX7P2L\n\nPart of US learning exchange.`,
    );
    expect(textOf(feed.byUid(travelUid(coach))!.component, "description")).toBe(
      "Pittsburgh → Rockville, with the whole group.\n\nPart of US learning exchange.",
    );
    expect(
      ["AMTK-GROUP-88", "COACH-ALL-12", "ZZ9CAR", travelUid(carysFlight)].map((secret) => feed.text.includes(secret)),
    ).toEqual([false, false, false, false]);
  });

  it("never carries travel documents", async () => {
    const { conveningId, bethan, token } = await delegateWithFlight();
    const saved = await saveTravelDocument(
      conveningId,
      bethan,
      {
        passportName: "BETHAN ANGHARAD REES",
        nationality: "GB",
        passportExpiry: "2036-01-31",
        entryKind: "esta",
        entryStatus: "approved",
        entryExpiry: "2031-11-30",
        insuranceProvider: "Civic Travel Cover Mutual",
        insurancePolicyNumber: "CTC-77841-ZQ",
        insuranceValidUntil: "2030-04-09",
        emergencyName: "Rhodri Iestyn Rees",
        emergencyRelation: "Brother",
        emergencyPhone: "+44 29 2087 2000",
      },
      0,
      bethan,
    );
    expect(saved).toBe("saved");
    const text = await (await fetchFeed.personal(token)).text();
    expect(
      ["BETHAN ANGHARAD REES", "Civic Travel Cover Mutual", "CTC-77841-ZQ", "Rhodri Iestyn Rees", "2087 2000"].map(
        (secret) => text.includes(secret),
      ),
    ).toEqual([false, false, false, false, false]);
  });

  it("keeps the segment's UID and raises its SEQUENCE and the feed's ETag when it changes", async () => {
    const { conveningId, flight, token } = await delegateWithFlight();
    const first = await fetchFeed.personal(token);
    const etag = first.headers.get("ETag")!;
    const before = parseFeed(await first.text()).byUid(travelUid(flight))!;
    expect(before.sequence).toBe(0);
    expect(await fetchFeed.personal(token, { headers: { "If-None-Match": etag } })).toHaveStatus(304);

    const tokenBefore = await readChangeToken(CHANGE_TOKENS.travel);
    const [segment] = await listTravelSegments(conveningId);
    const { id: _id, conveningId: _c, revision, updatedAt: _u, ...input } = segment;
    expect(
      await updateTravelSegment(conveningId, flight, revision, { ...input, arrivesAt: at("2030-03-31T02:15", NY) }),
    ).toEqual({ ok: true });
    expect(await readChangeToken(CHANGE_TOKENS.travel)).not.toBe(tokenBefore);

    const second = await fetchFeed.personal(token, { headers: { "If-None-Match": etag } });
    expect(second).toHaveStatus(200);
    expect(second.headers.get("ETag")).not.toBe(etag);
    const after = parseFeed(await second.text()).byUid(travelUid(flight))!;
    expect([after.sequence, utc(after.endDate)]).toEqual([1, "2030-03-31T06:15:00Z"]);
  });

  it("marks the travel of a cancelled exchange cancelled, with a higher SEQUENCE", async () => {
    const { conveningId, flight, token } = await delegateWithFlight();
    await Convening.updateOne(
      { _id: conveningId },
      {
        $set: { status: "cancelled", cancelledAt: new Date(), cancelReason: "Travel advice changed." },
        $inc: { sequence: 1 },
      },
    );
    const read = (await feedOf(fetchFeed.personal(token))).byUid(travelUid(flight))!;
    expect([read.component.getFirstPropertyValue("status"), read.sequence]).toEqual(["CANCELLED", 1]);
  });
});

describe("hotel stays in the personal feed", () => {
  it("are all-day days from check-in to check-out with the room, never the roommates", async () => {
    const { conveningId, bethan, carys, token } = await delegateWithFlight();
    const room = await addHotelWithRoom(conveningId, {
      hotel: { checkInDate: "2030-03-31", checkOutDate: "2030-04-05" },
      label: "Twin 1201",
    });
    await putInRoom(conveningId, room, bethan);
    await putInRoom(conveningId, room, carys);
    const text = await (await fetchFeed.personal(token)).text();
    const feed = parseFeed(text);
    const stay = feed.byUid(hotelStayUid(room.hotelId, bethan))!;
    expect([
      stay.summary,
      stay.startDate.toString(),
      stay.endDate.toString(),
      textOf(stay.component, "description"),
      textOf(stay.component, "location"),
    ]).toEqual([
      "Hotel: Omni William Penn, Pittsburgh",
      "2030-03-31",
      "2030-04-06", // DTEND of DATE values is the day after the last
      "Check-in 2030-03-31, check-out 2030-04-05.\n\nRoom Twin 1201.\n\nPart of US learning exchange.",
      "Omni William Penn, Pittsburgh, 530 William Penn Place",
    ]);
    expect(text.includes("Carys")).toBe(false);
    const event = nodeIcal.sync.parseICS(text)[hotelStayUid(room.hotelId, bethan)] as VEvent;
    expect([event.datetype, event.start.toISOString().slice(0, 10)]).toEqual(["date", "2030-03-31"]);
  });

  it("raise their SEQUENCE, the ETag and the lodging token when the room changes", async () => {
    const { conveningId, bethan, token } = await delegateWithFlight();
    const room = await addHotelWithRoom(conveningId, { label: "1201" });
    await putInRoom(conveningId, room, bethan);
    const first = await fetchFeed.personal(token);
    const before = parseFeed(await first.text()).byUid(hotelStayUid(room.hotelId, bethan))!;
    const tokenBefore = await readChangeToken(CHANGE_TOKENS.lodging);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // SEQUENCE counts whole seconds
    expect(await updateRoom(conveningId, room.hotelId, room.roomId, { label: "1407", capacity: 2 })).toBe(true);
    expect(await readChangeToken(CHANGE_TOKENS.lodging)).not.toBe(tokenBefore);
    const second = await fetchFeed.personal(token, { headers: { "If-None-Match": first.headers.get("ETag")! } });
    expect(second).toHaveStatus(200);
    const after = parseFeed(await second.text()).byUid(hotelStayUid(room.hotelId, bethan))!;
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(textOf(after.component, "description")).toContain("Room 1407.");
  });
});
