// What the register action, "who is coming" and a person's registrations cost, whatever the size
// of the programme: their reads of registrations, seats, rosters and person indexes go by `_id`
// alone (the one lookup FerretDB serves from an index), and they send the same queries in a small
// programme as in one with ten times the registrations elsewhere (decision 020).
import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { getWhoIsComing } from "../../models/convening-attendance.server";
import { readRoster } from "../../models/convening-roster.server";
import { insertSeats, PlaceSeat, TOTAL_POOL, cityPool } from "../../models/place-seat.server";
import { readPersonRegistrations } from "../../models/person-registrations.server";
import {
  isAttending,
  listConveningIdsAttendedByPerson,
  listRegistrationsOfPerson,
  Registration,
} from "../../models/registration.server";
import { createColleagues, createConvening } from "../factories/registration";
import { isByIdAlone, recordQueryFilters, type RecordedQuery } from "../helpers/queries";
import { register, registrationIdOf, setUpRegistration as setup } from "../helpers/registration";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

// Collections that grow with the programme; their reads and updates must name one _id.
const GROWING = /^(registrations|placeseats|conveningrosters|personregistrations|convenings|people)\./;
const INSERTS = /\.(insertOne|insertMany)$/;

/** Reads, updates and deletes of growing collections that do not go by _id alone. */
function scansOf(queries: RecordedQuery[]) {
  return queries
    .filter(({ query, filter }) => GROWING.test(query) && !INSERTS.test(query) && !isByIdAlone(filter))
    .map(({ query, filter }) => `${query} ${JSON.stringify(filter)}`);
}

const sortedNames = (queries: RecordedQuery[]) => queries.map(({ query }) => query).sort();

/** Registrations (with seats) of other people in other convenings: the rest of the programme. */
async function registrationsElsewhere(count: number, cityId: string) {
  const conveningIds = await Promise.all([1, 2].map(() => createConvening({ placesPerCity: null })));
  const docs = await Registration.insertMany(
    Array.from({ length: count }, (_, index) => ({
      conveningId: conveningIds[index % 2],
      personId: new Types.ObjectId(),
      cityId,
      status: index % 3 === 0 ? "waitlisted" : "registered",
      queueKey: new Types.ObjectId().toHexString(),
    })),
  );
  await insertSeats(
    docs
      .filter((doc) => doc.status === "registered")
      .flatMap((doc) => [
        {
          conveningId: String(doc.conveningId),
          pool: cityPool(cityId),
          seat: `r${doc._id}`,
          registrationId: String(doc._id),
        },
        {
          conveningId: String(doc.conveningId),
          pool: TOTAL_POOL,
          seat: `r${doc._id}`,
          registrationId: String(doc._id),
        },
      ]),
  );
}

describe("registration reads by _id", () => {
  it("the register action reads by _id alone and sends the same queries with ten times the registrations elsewhere", async () => {
    const { rep, bristol } = await setup();
    const colleagues = await createColleagues(bristol, 4);
    const limits = { placesPerCity: 2, capacity: 10 };
    const small = await createConvening(limits);
    const large = await createConvening(limits);
    // Each convening already has one person registered before the measured registration.
    await register(rep.id, small, { personId: colleagues[0] });
    await register(rep.id, large, { personId: colleagues[1] });

    await registrationsElsewhere(30, bristol);
    const inSmall = await recordQueryFilters(() => register(rep.id, small, { personId: colleagues[2] }));
    await registrationsElsewhere(300, bristol);
    const inLarge = await recordQueryFilters(() => register(rep.id, large, { personId: colleagues[3] }));

    expect([inSmall.result.status, inLarge.result.status]).toEqual([200, 200]);
    expect(scansOf(inSmall.queries)).toEqual([]);
    expect(scansOf(inLarge.queries)).toEqual([]);
    expect(sortedNames(inLarge.queries)).toEqual(sortedNames(inSmall.queries));
    // Both got their place: a city seat and a total seat each, numbered after the first person's.
    const seats = await PlaceSeat.find({ conveningId: { $in: [small, large] } })
      .select("seat")
      .lean();
    expect(seats.map((seat) => String(seat._id)).sort()).toEqual(
      [small, large]
        .flatMap((conveningId) =>
          ["0", "1"].flatMap((seat) => [`${conveningId}:${cityPool(bristol)}:${seat}`, `${conveningId}:all:${seat}`]),
        )
        .sort(),
    );
  });

  it("who is coming reads the roster by _id and sends the same queries with ten times the registrations elsewhere", async () => {
    const { rep, manager, bristol, cardiff, conveningId } = await setup({ placesPerCity: 1 });
    const [first, second] = await createColleagues(bristol, 2);
    const [fromCardiff] = await createColleagues(cardiff, 1, "cardiff");
    for (const personId of [first, second]) await register(rep.id, conveningId, { personId });
    await register(manager.id, conveningId, { personId: fromCardiff });

    await registrationsElsewhere(30, bristol);
    const small = await recordQueryFilters(() => getWhoIsComing(conveningId, { withNames: true }));
    await registrationsElsewhere(300, bristol);
    const large = await recordQueryFilters(() => getWhoIsComing(conveningId, { withNames: true }));

    // The second Bristol colleague is waitlisted (one place per city): not coming.
    expect(large.result).toEqual({
      total: 2,
      byCity: [
        { cityId: bristol, cityName: "Bristol", count: 1 },
        { cityId: cardiff, cityName: "Cardiff", count: 1 },
      ],
      people: [
        { id: first, name: "Colleague 01", cityName: "Bristol", status: "registered" },
        { id: fromCardiff, name: "Cardiff 01", cityName: "Cardiff", status: "registered" },
      ],
      registeredPersonIds: [first, fromCardiff],
    });
    expect(small.result).toEqual(large.result);
    expect(scansOf(small.queries)).toEqual([]);
    expect(scansOf(large.queries)).toEqual([]);
    expect(sortedNames(large.queries)).toEqual(sortedNames(small.queries));
  });

  it("a person's registrations and the convenings they attend come from their index, by _id alone", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const other = await createConvening({ placesPerCity: 1 });
    const [person, ahead] = await createColleagues(bristol, 2);
    await register(rep.id, conveningId, { personId: person });
    await register(rep.id, other, { personId: ahead });
    await register(rep.id, other, { personId: person }); // waitlisted: Bristol's one place is taken

    await registrationsElsewhere(30, bristol);
    const small = await recordQueryFilters(async () => ({
      attended: await listConveningIdsAttendedByPerson(person),
      mine: (await listRegistrationsOfPerson(person)).map((registration) => registration.status).sort(),
      isComing: [await isAttending(person, conveningId), await isAttending(person, other)],
    }));
    await registrationsElsewhere(300, bristol);
    const large = await recordQueryFilters(async () => ({
      attended: await listConveningIdsAttendedByPerson(person),
      mine: (await listRegistrationsOfPerson(person)).map((registration) => registration.status).sort(),
      isComing: [await isAttending(person, conveningId), await isAttending(person, other)],
    }));

    expect(large.result).toEqual({
      attended: [conveningId],
      mine: ["registered", "waitlisted"],
      isComing: [true, false],
    });
    expect(small.result).toEqual(large.result);
    expect(scansOf(small.queries)).toEqual([]);
    expect(scansOf(large.queries)).toEqual([]);
    expect(sortedNames(large.queries)).toEqual(sortedNames(small.queries));
  });
});

describe("rosters and person indexes follow every registration write", () => {
  it("a cancellation, a promotion and a deletion show in the roster and the person's index at once", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const [first, second] = await createColleagues(bristol, 2);
    await register(rep.id, conveningId, { personId: first });
    await register(rep.id, conveningId, { personId: second });
    const firstId = await registrationIdOf(conveningId, first);
    const secondId = await registrationIdOf(conveningId, second);
    const statuses = async () =>
      (await readRoster(conveningId)).entries.map((entry) => [entry.id, entry.personId, entry.status]);
    expect(await statuses()).toEqual([
      [firstId, first, "registered"],
      [secondId, second, "waitlisted"],
    ]);

    await Registration.updateOne({ _id: firstId }, { $set: { status: "cancelled" } });
    await Registration.updateOne({ _id: secondId }, { $set: { status: "registered" } });
    expect(await statuses()).toEqual([
      [firstId, first, "cancelled"],
      [secondId, second, "registered"],
    ]);
    expect(await readPersonRegistrations(second)).toEqual([
      { conveningId, registrationId: secondId, status: "registered" },
    ]);

    await Registration.deleteMany({ personId: first });
    expect(await statuses()).toEqual([[secondId, second, "registered"]]);
    expect(await readPersonRegistrations(first)).toEqual([]);
  });

  it("a registration replaced whole (findOneAndReplace) shows in the roster and the person's index at once", async () => {
    const { rep, conveningId } = await setup();
    await register(rep.id, conveningId, { personId: rep.id });
    const id = await registrationIdOf(conveningId, rep.id);
    const stored = await Registration.findById(id).lean();
    await Registration.findOneAndReplace({ _id: id }, { ...stored, status: "cancelled" });
    expect((await readRoster(conveningId)).entries.map((entry) => [entry.id, entry.status])).toEqual([
      [id, "cancelled"],
    ]);
    expect(await readPersonRegistrations(rep.id)).toEqual([{ conveningId, registrationId: id, status: "cancelled" }]);
  });
});
