// A burst of registrations for one convening shares the roster's turns (models/serial-by-key.ts,
// createBatchByKey): far fewer roster writes than registrations, and every entry right.
import { describe, expect, it } from "vitest";
import { readRoster } from "../../models/convening-roster.server";
import { readPersonRegistrations } from "../../models/person-registrations.server";
import { Registration } from "../../models/registration.server";
import { createConvening } from "../factories/calendar";
import { createAccount, createCity } from "../factories/people";
import { recordQueries } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const BURST = 30;

describe("registration copies under a burst", () => {
  it("write one convening's roster in shared turns, with every registration's entry as stored", async () => {
    const conveningId = await createConvening();
    const cityId = await createCity("bristol");
    const people: string[] = [];
    for (let index = 0; index < BURST; index += 1)
      people.push((await createAccount({ role: "participant", cityId, email: `burst-${index}@example.org` })).id);
    const { queries } = await recordQueries(() =>
      Promise.all(
        people.map((personId, index) =>
          Registration.create({
            conveningId,
            personId,
            cityId,
            status: index % 2 === 0 ? "registered" : "waitlisted",
          }),
        ),
      ),
    );
    const rosterWrites = queries.filter((query) => query === "conveningrosters.updateOne").length;
    expect(rosterWrites).toBeGreaterThan(0);
    expect(rosterWrites).toBeLessThan(BURST / 2);

    const roster = await readRoster(conveningId);
    expect(roster.entries).toHaveLength(BURST);
    const stored = await Registration.find({ conveningId }).select("personId status").lean();
    const statusOf = new Map(stored.map((doc) => [String(doc.personId), doc.status]));
    expect(roster.entries.every((entry) => entry.status === statusOf.get(entry.personId))).toBe(true);
    for (const personId of people)
      expect((await readPersonRegistrations(personId)).map((entry) => entry.status)).toEqual([statusOf.get(personId)]);
  });
});
