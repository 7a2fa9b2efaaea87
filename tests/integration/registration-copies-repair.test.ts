// Data stored before rosters, person indexes and seats by _id, and copies a write from another
// process left wrong: the repair pass (npm run repair, and at start) puts them right, and
// registering keeps every limit meanwhile (decision 020).
import { Types } from "mongoose";
import { beforeEach, describe, expect, it } from "vitest";
import { repairPlaces } from "../../app/registration/registration.server";
import { getWhoIsComing } from "../../models/convening-attendance.server";
import { ConveningRoster, readRoster } from "../../models/convening-roster.server";
import { Convening } from "../../models/convening.server";
import { readPersonRegistrations } from "../../models/person-registrations.server";
import { PlaceSeat, cityPool } from "../../models/place-seat.server";
import { Registration } from "../../models/registration.server";
import { clearSentEmails } from "../mocks/resend";
import { createColleagues, createConvening } from "../factories/registration";
import { register, registrationIdOf, registrationStatusOf, setUpRegistration as setup } from "../helpers/registration";
import { withTestDatabase } from "../setup/database";

withTestDatabase();
beforeEach(() => clearSentEmails());

/** A registration as stored before its copies existed: straight into the collection. */
async function oldRegistration(conveningId: string, personId: string, cityId: string, status: string) {
  const _id = new Types.ObjectId();
  await Registration.collection.insertOne({
    _id,
    conveningId: new Types.ObjectId(conveningId),
    personId: new Types.ObjectId(personId),
    cityId: new Types.ObjectId(cityId),
    status,
    queueKey: new Types.ObjectId().toHexString(),
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  return String(_id);
}

/** A seat as stored before seats had their place in their _id (an ObjectId). */
async function oldSeat(conveningId: string, pool: string, seat: string, registrationId: string, createdAt: Date) {
  await PlaceSeat.collection.insertOne({
    _id: new Types.ObjectId(),
    conveningId: new Types.ObjectId(conveningId),
    pool,
    seat,
    registrationId: new Types.ObjectId(registrationId),
    createdAt,
  });
}

async function seatsOf(conveningId: string, pool: string) {
  const seats = await PlaceSeat.find({ conveningId, pool }).select("seat registrationId createdAt").lean();
  return seats
    .map((held) => ({
      _id: held._id as unknown,
      seat: held.seat,
      registrationId: String(held.registrationId),
      createdAt: held.createdAt,
    }))
    .sort((a, b) => a.seat.localeCompare(b.seat));
}

describe("the repair pass and data from before rosters", () => {
  it("builds the roster and person index of registrations stored without them, and promotes from that waitlist", async () => {
    const { bristol, conveningId } = await setup();
    const [coming, waiting] = await createColleagues(bristol, 2);
    const comingId = await oldRegistration(conveningId, coming, bristol, "registered");
    const waitingId = await oldRegistration(conveningId, waiting, bristol, "waitlisted");
    expect((await getWhoIsComing(conveningId, { withNames: false })).total).toBe(0);

    await repairPlaces();

    // Bristol has two places: the waiting colleague, found in the roster just built, gets one.
    expect((await readRoster(conveningId)).entries.map((entry) => [entry.id, entry.status]).sort()).toEqual(
      [
        [comingId, "registered"],
        [waitingId, "registered"],
      ].sort(),
    );
    expect(await readPersonRegistrations(coming)).toEqual([
      { conveningId, registrationId: comingId, status: "registered" },
    ]);
    expect((await getWhoIsComing(conveningId, { withNames: false })).byCity).toEqual([
      { cityId: bristol, cityName: "Bristol", count: 2 },
    ]);
  });

  it("rewrites a roster entry another process's write lost or left stale, and drops one of a deleted registration", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 3 });
    const [first, second, third] = await createColleagues(bristol, 3);
    for (const personId of [first, second, third]) await register(rep.id, conveningId, { personId });
    const [firstId, secondId, thirdId] = await Promise.all(
      [first, second, third].map((personId) => registrationIdOf(conveningId, personId)),
    );
    // As a racing read-modify-write elsewhere leaves it: one entry gone, one stale, one deleted.
    await ConveningRoster.collection.updateOne(
      { _id: new Types.ObjectId(conveningId) },
      { $unset: { [`entries.${firstId}`]: "" }, $set: { [`entries.${secondId}.status`]: "waitlisted" } },
    );
    await Registration.collection.deleteOne({ _id: new Types.ObjectId(thirdId) });

    await repairPlaces();

    expect((await readRoster(conveningId)).entries.map((entry) => [entry.id, entry.status]).sort()).toEqual(
      [
        [firstId, "registered"],
        [secondId, "registered"],
      ].sort(),
    );
  });

  it("registering next to a seat stored with an ObjectId takes the next number, and the city's limit holds", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 2 });
    const [holder, newcomer, third] = await createColleagues(bristol, 3);
    const holderId = await oldRegistration(conveningId, holder, bristol, "registered");
    await repairPlaces(); // the roster, before the old seat exists: nothing to re-key yet
    await oldSeat(conveningId, cityPool(bristol), "0", holderId, new Date());
    await oldSeat(conveningId, "all", `r${holderId}`, holderId, new Date());

    await register(rep.id, conveningId, { personId: newcomer });
    await register(rep.id, conveningId, { personId: third });

    expect(await registrationStatusOf(conveningId, newcomer)).toBe("registered");
    expect(await registrationStatusOf(conveningId, third)).toBe("waitlisted");
    const newcomerId = await registrationIdOf(conveningId, newcomer);
    expect((await seatsOf(conveningId, cityPool(bristol))).map((held) => [held.seat, held.registrationId])).toEqual([
      ["0", holderId],
      ["1", newcomerId],
    ]);
  });

  it("gives old seats their _id, keeping number, holder and age, so claims read them by _id", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 2 });
    const [holder, newcomer, third] = await createColleagues(bristol, 3);
    const holderId = await oldRegistration(conveningId, holder, bristol, "registered");
    const takenAt = new Date(Date.now() - 3600 * 1000);
    await oldSeat(conveningId, cityPool(bristol), "1", holderId, takenAt);
    await oldSeat(conveningId, "all", `r${holderId}`, holderId, takenAt);

    await repairPlaces();

    expect(await seatsOf(conveningId, cityPool(bristol))).toEqual([
      { _id: `${conveningId}:${cityPool(bristol)}:1`, seat: "1", registrationId: holderId, createdAt: takenAt },
    ]);
    expect((await readRoster(conveningId)).seatRanges.get(cityPool(bristol))).toBe(2);
    await register(rep.id, conveningId, { personId: newcomer });
    await register(rep.id, conveningId, { personId: third });
    expect([await registrationStatusOf(conveningId, newcomer), await registrationStatusOf(conveningId, third)]).toEqual(
      ["registered", "waitlisted"],
    );
    const newcomerId = await registrationIdOf(conveningId, newcomer);
    expect((await seatsOf(conveningId, cityPool(bristol))).map((held) => [held._id, held.registrationId])).toEqual([
      [`${conveningId}:${cityPool(bristol)}:0`, newcomerId],
      [`${conveningId}:${cityPool(bristol)}:1`, holderId],
    ]);
  });

  it("a lowered limit still counts seats numbered under the higher one", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 4 });
    const colleagues = await createColleagues(bristol, 5);
    for (const personId of colleagues.slice(0, 4)) await register(rep.id, conveningId, { personId });
    // Two people give up seats 0 and 1; seats 2 and 3 stay held. Then the limit goes down to 2.
    for (const personId of colleagues.slice(0, 2))
      await Registration.updateOne(
        { _id: await registrationIdOf(conveningId, personId) },
        { $set: { status: "cancelled" } },
      );
    await PlaceSeat.deleteMany({ conveningId, seat: { $in: ["0", "1"] } });
    await Convening.updateOne({ _id: conveningId }, { $set: { "registration.placesPerCity": 2 } });

    await register(rep.id, conveningId, { personId: colleagues[4] });

    expect(await registrationStatusOf(conveningId, colleagues[4])).toBe("waitlisted");
    expect((await seatsOf(conveningId, cityPool(bristol))).map((held) => held.seat)).toEqual(["2", "3"]);
  });
});

describe("copies of registrations in another convening", () => {
  it("leave each convening's roster to its own registrations", async () => {
    const { rep, bristol, conveningId } = await setup();
    const other = await createConvening();
    const [person] = await createColleagues(bristol, 1);
    await register(rep.id, conveningId, { personId: person });
    await register(rep.id, other, { personId: person });
    expect((await readRoster(other)).entries.map((entry) => entry.personId)).toEqual([person]);
    expect((await readPersonRegistrations(person)).map((entry) => entry.conveningId).sort()).toEqual(
      [conveningId, other].sort(),
    );
  });
});
