// A learning exchange's travel and lodging as the models keep them: the page reads each from a copy
// keyed by the convening's id (one query each), every write keeps the copy right, and a room's
// capacity holds under parallel requests (beds are inserts against unique indexes).
import { describe, expect, it } from "vitest";
import {
  addRoom,
  createHotel,
  deleteHotel,
  listLodging,
  placeInRoom,
  removeFromRoom,
  updateRoom,
} from "../../models/hotel-stay.server";
import {
  createTravelSegment,
  deleteTravelSegment,
  listTravelSegments,
  updateTravelSegment,
  type TravelSegmentInput,
} from "../../models/travel-segment.server";
import { newId } from "../../models/ids.server";
import { recordQueries } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const flight: TravelSegmentInput = {
  mode: "flight",
  carrier: "British Airways",
  number: "BA 231",
  from: { place: "London Heathrow", timeZone: "Europe/London" },
  to: { place: "Pittsburgh", timeZone: "America/New_York" },
  departsAt: new Date("2018-05-20T10:00:00Z"),
  arrivesAt: new Date("2018-05-20T18:30:00Z"),
  personIds: [],
  isForEveryone: true,
  bookingReference: "X7Q2PL",
  sessionId: null,
};
const hotel = {
  name: "Omni William Penn",
  address: "530 William Penn Place, Pittsburgh",
  timeZone: "America/New_York",
  checkInDate: "2018-05-20",
  checkOutDate: "2018-05-23",
};

describe("travel segments", () => {
  it("are read from the convening's copy in one query by _id, and the copy follows every write", async () => {
    const conveningId = newId();
    const segmentId = await createTravelSegment(conveningId, flight);
    const { result, queries } = await recordQueries(() => listTravelSegments(conveningId));
    expect(queries).toEqual(["travelplancopies.findOne"]);
    expect(result.map(({ id, number, revision }) => [id, number, revision])).toEqual([[segmentId, "BA 231", 1]]);

    expect(await updateTravelSegment(conveningId, segmentId, 1, { ...flight, number: "BA 233" })).toEqual({ ok: true });
    expect(await updateTravelSegment(conveningId, segmentId, 1, { ...flight, number: "BA 235" })).toEqual({
      ok: false,
      reason: "stale",
    });
    expect((await listTravelSegments(conveningId)).map((segment) => segment.number)).toEqual(["BA 233"]);
    expect(await deleteTravelSegment(newId(), segmentId)).toBe(false);
    expect(await deleteTravelSegment(conveningId, segmentId)).toBe(true);
    expect(await listTravelSegments(conveningId)).toEqual([]);
  });
});

describe("hotels, rooms and who sleeps where", () => {
  it("are read in one query by _id, rooms and assignments included", async () => {
    const conveningId = newId();
    const hotelId = await createHotel(conveningId, hotel);
    const roomId = (await addRoom(conveningId, hotelId, { label: "1201", capacity: 2 }))!;
    const personId = newId();
    await placeInRoom(conveningId, { hotelId, roomId, capacity: 2 }, { personId, sharingConsent: true });
    const { result, queries } = await recordQueries(() => listLodging(conveningId));
    expect(queries).toEqual(["lodgingplancopies.findOne"]);
    expect(result).toEqual({
      hotels: [
        {
          id: hotelId,
          conveningId,
          ...hotel,
          rooms: [{ id: roomId, label: "1201", capacity: 2 }],
          updatedAt: expect.any(Date),
        },
      ],
      assignments: [{ hotelId, roomId, personId, sharingConsent: true, updatedAt: expect.any(Date) }],
    });
  });

  it("never put more people in a room than it sleeps, however many ask at once", async () => {
    const conveningId = newId();
    const hotelId = await createHotel(conveningId, hotel);
    const roomId = (await addRoom(conveningId, hotelId, { label: "Twin 4", capacity: 2 }))!;
    const people = Array.from({ length: 6 }, () => newId());
    const claims = await Promise.all(
      people.map((personId) =>
        placeInRoom(conveningId, { hotelId, roomId, capacity: 2 }, { personId, sharingConsent: true }),
      ),
    );
    expect(claims.filter((claim) => claim === "placed")).toHaveLength(2);
    expect((await listLodging(conveningId)).assignments).toHaveLength(2);
  });

  it("moves a person between rooms of one hotel, keeping their old room when the new one is full", async () => {
    const conveningId = newId();
    const hotelId = await createHotel(conveningId, hotel);
    const single = (await addRoom(conveningId, hotelId, { label: "Single", capacity: 1 }))!;
    const twin = (await addRoom(conveningId, hotelId, { label: "Twin", capacity: 2 }))!;
    const [ada, bo] = [newId(), newId()];
    await placeInRoom(conveningId, { hotelId, roomId: single, capacity: 1 }, { personId: ada, sharingConsent: false });
    await placeInRoom(conveningId, { hotelId, roomId: twin, capacity: 2 }, { personId: bo, sharingConsent: false });
    expect(
      await placeInRoom(conveningId, { hotelId, roomId: single, capacity: 1 }, { personId: bo, sharingConsent: false }),
    ).toBe("full");
    expect(
      await placeInRoom(conveningId, { hotelId, roomId: twin, capacity: 2 }, { personId: ada, sharingConsent: true }),
    ).toBe("placed");
    const roomOf = async () =>
      Object.fromEntries((await listLodging(conveningId)).assignments.map((a) => [a.personId, a.roomId]));
    expect(await roomOf()).toEqual({ [ada]: twin, [bo]: twin });
    expect(await updateRoom(conveningId, hotelId, twin, { label: "Twin 12", capacity: 2 })).toBe(true);
    expect(await removeFromRoom(conveningId, hotelId, bo)).toBe(true);
    expect(await roomOf()).toEqual({ [ada]: twin });
    expect(await deleteHotel(conveningId, hotelId)).toBe(true);
    expect(await listLodging(conveningId)).toEqual({ hotels: [], assignments: [] });
  });
});
