import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_PASSWORD, seedDemo } from "~/seed/seed.server";
import { seedScaledProgramme } from "~/seed/seed-scaled.server";
import { DEMO_SIZE, programmeSize, scaledProgramme } from "~/seed/scaled-programme";
import { backfillPlaceSeats } from "~/registration/registration.server";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import { AgendaSession } from "../../models/agenda-session.server";
import { readChangeToken } from "../../models/change-token.server";
import { readAgendaCopy } from "../../models/convening-agenda.server";
import { Convening, getRegistrationConvening } from "../../models/convening.server";
import { FollowUpAction } from "../../models/follow-up-action.server";
import { Person } from "../../models/person.server";
import { PlaceSeat, cityPool } from "../../models/place-seat.server";
import { Registration } from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const TODAY = "2026-12-02";
const LOAD_TIMEOUT_MS = 180_000;

async function counts() {
  return {
    people: await Person.countDocuments(),
    convenings: await Convening.countDocuments(),
    sessions: await AgendaSession.countDocuments(),
    actions: await FollowUpAction.countDocuments(),
    registrations: await Registration.countDocuments(),
    seats: await PlaceSeat.countDocuments(),
  };
}

async function seedAtScale(scale: number) {
  await seedDemo(DEFAULT_DEMO_PASSWORD);
  return seedScaledProgramme(scale, TODAY);
}

describe("seeding the demo at scale", () => {
  it(
    "--scale 2 adds one copy of the scaled programme to the demo, and a second run changes no counts",
    async () => {
      const copy = scaledProgramme(2, TODAY);
      const written = await seedAtScale(2);
      expect(written).toEqual({
        people: copy.people.length,
        convenings: 22,
        sessions: 880,
        actions: 555,
        registrations: 1111,
      });
      const { seats, ...loaded } = await counts();
      expect(loaded).toEqual(programmeSize(2, TODAY));
      expect(loaded).toEqual({
        people: DEMO_SIZE.people + 144,
        convenings: DEMO_SIZE.convenings + 22,
        sessions: DEMO_SIZE.sessions + 880,
        actions: DEMO_SIZE.actions + 555,
        registrations: DEMO_SIZE.registrations + 1111,
      });
      const tokens = await Promise.all(
        (["agenda-sessions", "registrations", "convenings", "follow-up-actions"] as const).map(readChangeToken),
      );

      expect(await seedAtScale(2)).toEqual({ people: 0, convenings: 0, sessions: 0, actions: 0, registrations: 0 });
      expect(await counts()).toEqual({ ...loaded, seats });
      // Writes replace change tokens, so feeds and pages cached before the load see it.
      expect(tokens).not.toContain("initial");
    },
    LOAD_TIMEOUT_MS,
  );

  it(
    "leaves every convening with sessions an agenda copy holding exactly them, in time order",
    async () => {
      await seedAtScale(2);
      const sessions = await AgendaSession.find().select("conveningId startsAt").sort({ startsAt: 1, _id: 1 }).lean();
      const conveningIds = [...new Set(sessions.map((session) => String(session.conveningId)))];
      // The demo meeting, the demo exchange, the two past meetings with notes and the scaled programme's 22.
      expect(conveningIds).toHaveLength(26);
      for (const conveningId of conveningIds) {
        const expected = sessions.filter((session) => String(session.conveningId) === conveningId);
        // The stored copy itself (null when missing or of an older shape), not one rebuilt on reading.
        const copy = await readAgendaCopy<{ _id: string; startsAt: Date }>(conveningId);
        expect(copy?.map((session) => String(session._id)).sort()).toEqual(
          expected.map((session) => String(session._id)).sort(),
        );
        expect(copy?.map((session) => new Date(session.startsAt).getTime())).toEqual(
          expected.map((session) => session.startsAt.getTime()),
        );
      }
    },
    LOAD_TIMEOUT_MS,
  );

  it(
    "gives every place-holding registration its two seats, and no city's seats exceed its places",
    async () => {
      await seedAtScale(2);
      const convenings = await Convening.find().select("registration").lean();
      const registrations = await Registration.find().select("conveningId cityId status").lean();
      const seats = await PlaceSeat.find().select("conveningId pool registrationId").lean();
      const holding = new Set(
        registrations
          .filter((registration) => (PLACE_HOLDING_STATUSES as readonly string[]).includes(registration.status))
          .map((registration) => String(registration._id)),
      );
      const seatsOf = new Map<string, string[]>();
      for (const seat of seats)
        seatsOf.set(String(seat.registrationId), [...(seatsOf.get(String(seat.registrationId)) ?? []), seat.pool]);
      for (const registration of registrations) {
        const id = String(registration._id);
        const expected = holding.has(id) ? [cityPool(String(registration.cityId)), "all"].sort() : [];
        expect((seatsOf.get(id) ?? []).sort()).toEqual(expected);
      }
      for (const convening of convenings) {
        const own = seats.filter((seat) => String(seat.conveningId) === String(convening._id));
        const { placesPerCity, capacity, cityPlaces = [] } = convening.registration ?? {};
        if (typeof capacity === "number")
          expect(own.filter((seat) => seat.pool === "all").length).toBeLessThanOrEqual(capacity);
        // A city's own places (the demo's partners' meeting) override the places per city.
        const placesOf = (pool: string) =>
          cityPlaces.find((entry) => cityPool(String(entry.cityId)) === pool)?.places ?? placesPerCity;
        for (const pool of new Set(own.map((seat) => seat.pool).filter((pool) => pool !== "all"))) {
          const places = placesOf(pool);
          if (typeof places === "number")
            expect(own.filter((seat) => seat.pool === pool).length).toBeLessThanOrEqual(places);
        }
      }
      // The app's own repair finds nothing to add: seats agree with registrations.
      const busiest = await Convening.findOne({ seedKey: "scaled-1-c03" }).select("_id").lean();
      await backfillPlaceSeats((await getRegistrationConvening(String(busiest!._id)))!);
      expect(await PlaceSeat.countDocuments()).toBe(seats.length);
    },
    LOAD_TIMEOUT_MS,
  );
});
