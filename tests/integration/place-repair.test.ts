// Places left taken by a request a crash cut off: seats without a place-holding registration, and
// registrations still waitlisted while holding seats, are repaired by every promotion pass and by
// `npm run repair` (repairPlaces), whatever the order in which the broken states arose.
import { beforeEach, describe, expect, it } from "vitest";
import { Types } from "mongoose";
import { fillFreePlacesAfterChange, repairPlaces } from "../../app/registration/registration.server";
import { PlaceSeat } from "../../models/place-seat.server";
import { createRegistration, newQueueKey } from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { createColleagues, createConvening } from "../factories/registration";
import { register, registrationStatusOf as statusOf, setUpRegistration as setup } from "../helpers/registration";

withTestDatabase();
beforeEach(() => clearSentEmails());

const AN_HOUR_AGO = () => new Date(Date.now() - 3600 * 1000);

/** A registration written as a cut-off request leaves it: its status, and no seats yet. */
async function registrationOf(
  conveningId: string,
  personId: string,
  cityId: string,
  status: "waitlisted" | "cancelled",
) {
  const id = await createRegistration({
    conveningId,
    personId,
    cityId,
    status,
    roleAtEvent: "",
    dietaryNeeds: "",
    accessNeeds: "",
    arrivalDate: null,
    departureDate: null,
    isContactShared: false,
    registeredById: personId,
    declineReason: "",
    queueKey: newQueueKey(),
  });
  if (!id) throw new Error("registration not created");
  return id;
}

/** A seat taken an hour ago, as the crashed request took it (straight into the collection). */
async function oldSeat(conveningId: string, pool: string, seat: string, registrationId: string) {
  await PlaceSeat.collection.insertOne({
    conveningId: new Types.ObjectId(conveningId),
    pool,
    seat,
    registrationId: new Types.ObjectId(registrationId),
    createdAt: AN_HOUR_AGO(),
  });
}

async function seatHolders(conveningId: string, pool: string) {
  const seats = await PlaceSeat.find({ conveningId, pool }).select("registrationId").lean();
  return seats.map((held) => String(held.registrationId)).sort();
}

describe("repairing places a crash left taken", () => {
  it("repairPlaces gives a stuck waitlisted registration its place, frees seats of cancelled and deleted registrations, and promotes in arrival order", async () => {
    const { bristol, cardiff } = await setup();
    const conveningId = await createConvening({ placesPerCity: 1 });
    const [stuck, later] = await createColleagues(bristol, 2);
    const [cancelledPerson, waitingInCardiff] = await createColleagues(cardiff, 2, "cardiff");
    // Bristol: the first registration claimed both seats, then the database went away.
    const stuckId = await registrationOf(conveningId, stuck, bristol, "waitlisted");
    await oldSeat(conveningId, `city:${bristol}`, "0", stuckId);
    await oldSeat(conveningId, "all", `r${stuckId}`, stuckId);
    const laterId = await registrationOf(conveningId, later, bristol, "waitlisted");
    // Cardiff: a cancelled registration whose seats were never released, and one waiting behind it.
    const cancelledId = await registrationOf(conveningId, cancelledPerson, cardiff, "cancelled");
    await oldSeat(conveningId, `city:${cardiff}`, "0", cancelledId);
    await oldSeat(conveningId, "all", `r${cancelledId}`, cancelledId);
    const waitingId = await registrationOf(conveningId, waitingInCardiff, cardiff, "waitlisted");
    // A seat of a registration that no longer exists, in another convening.
    const otherConveningId = await createConvening({ placesPerCity: 1 });
    await oldSeat(otherConveningId, `city:${bristol}`, "0", String(new Types.ObjectId()));

    expect(await repairPlaces()).toEqual({ released: 5, promoted: 2 });

    expect(await statusOf(conveningId, stuck)).toBe("registered");
    expect(await statusOf(conveningId, later)).toBe("waitlisted");
    expect(await statusOf(conveningId, cancelledPerson)).toBe("cancelled");
    expect(await statusOf(conveningId, waitingInCardiff)).toBe("registered");
    expect(await seatHolders(conveningId, `city:${bristol}`)).toEqual([stuckId]);
    expect(await seatHolders(conveningId, `city:${cardiff}`)).toEqual([waitingId]);
    expect(await seatHolders(conveningId, "all")).toEqual([stuckId, waitingId].sort());
    expect(await PlaceSeat.countDocuments({ conveningId: otherConveningId })).toBe(0);
    expect(await PlaceSeat.countDocuments({ registrationId: laterId })).toBe(0);
    expect(sentEmails.map((email) => [email.to[0], email.subject.split(":")[0]]).sort()).toEqual(
      [
        [`colleague.01.${bristol}@example.org`, "A place has opened up"],
        [`cardiff.02.${cardiff}@example.org`, "A place has opened up"],
      ].sort(),
    );
    // Run again: nothing left to repair.
    clearSentEmails();
    expect(await repairPlaces()).toEqual({ released: 0, promoted: 0 });
    expect(sentEmails).toEqual([]);
  });

  it("a newcomer's promotion pass gives the stuck registration its place first instead of overtaking it", async () => {
    const { rep, bristol } = await setup();
    const conveningId = await createConvening({ placesPerCity: 2 });
    const [stuck, newcomer] = await createColleagues(bristol, 2);
    const stuckId = await registrationOf(conveningId, stuck, bristol, "waitlisted");
    await oldSeat(conveningId, `city:${bristol}`, "0", stuckId);
    await oldSeat(conveningId, "all", `r${stuckId}`, stuckId);

    expect(await register(rep.id, conveningId, { personId: newcomer })).toHaveStatus(200);

    expect(await statusOf(conveningId, stuck)).toBe("registered");
    expect(await statusOf(conveningId, newcomer)).toBe("registered");
    expect(await PlaceSeat.countDocuments({ conveningId, pool: `city:${bristol}` })).toBe(2);
    expect(await PlaceSeat.countDocuments({ conveningId, pool: "all" })).toBe(2);
  });

  it("the manager's 'Offer free places to the waitlist' finds the stuck registration", async () => {
    const { bristol } = await setup();
    const conveningId = await createConvening({ placesPerCity: 1 });
    const [stuck] = await createColleagues(bristol, 1);
    const stuckId = await registrationOf(conveningId, stuck, bristol, "waitlisted");
    await oldSeat(conveningId, `city:${bristol}`, "0", stuckId);

    expect(await fillFreePlacesAfterChange(conveningId)).toBe(1);

    expect(await statusOf(conveningId, stuck)).toBe("registered");
    expect(await seatHolders(conveningId, `city:${bristol}`)).toEqual([stuckId]);
    expect(await seatHolders(conveningId, "all")).toEqual([stuckId]);
  });

  it("leaves a seat taken moments ago alone: its request may still be running", async () => {
    const { bristol } = await setup();
    const conveningId = await createConvening({ placesPerCity: 1 });
    const [inFlight] = await createColleagues(bristol, 1);
    const inFlightId = await registrationOf(conveningId, inFlight, bristol, "waitlisted");
    await PlaceSeat.create({ conveningId, pool: `city:${bristol}`, seat: "0", registrationId: inFlightId });

    expect(await repairPlaces()).toEqual({ released: 0, promoted: 0 });
    expect(await seatHolders(conveningId, `city:${bristol}`)).toEqual([inFlightId]);
    expect(await statusOf(conveningId, inFlight)).toBe("waitlisted");
  });
});
