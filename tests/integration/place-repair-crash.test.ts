// The database killed in the middle of 30 registrations into 2 places: whatever the crash cut
// off, repairing leaves no seat without a place-holding registration, no waitlisted registration
// holding a seat, and both places taken. Uses its own FerretDB so killing it
// disturbs no other test file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  REGISTRATION_CONCURRENCY,
  repairPlaces,
  setRegistrationConcurrency,
} from "../../app/registration/registration.server";
import { action as registerAction } from "../../app/routes/convenings.$conveningId.register";
import { pingDb, connectDb, disconnectDb } from "../../app/utils/db.server";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../app/utils/ferretdb.server";
import { isDatabaseUnavailableError } from "../../models/database-unavailable.server";
import { PlaceSeat } from "../../models/place-seat.server";
import { Registration } from "../../models/registration.server";
import { formRequest } from "../factories/people";
import { createColleagues } from "../factories/registration";
import { responseOf } from "../helpers/routes";
import { setUpRegistration } from "../helpers/registration";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-crash-"));
let database: EmbeddedDatabase | undefined;

afterAll(async () => {
  setRegistrationConcurrency(REGISTRATION_CONCURRENCY);
  await disconnectDb();
  await database?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the database killed in the middle of registrations", () => {
  it("leaves, once repaired, both places held by registered people and no seat with anyone else", async () => {
    database = await startEmbeddedDatabase({ dataDir, log: () => {} });
    process.env.MONGODB_URI = `${database.uri}crash`;
    await connectDb();
    setRegistrationConcurrency(1000);
    const { rep, bristol, conveningId } = await setUpRegistration({ placesPerCity: 2 });
    const colleagues = await createColleagues(bristol, 30);
    const requests = await Promise.all(
      colleagues.map((personId) =>
        formRequest(rep.id, `/convenings/${conveningId}/register`, { intent: "register", personId }),
      ),
    );

    const answers = Promise.all(
      requests.map((request) => responseOf(registerAction({ request, params: { conveningId }, context: {} }))),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    process.kill(database.pid()!, "SIGKILL");
    const statuses = (await answers).map((response) => response.status);
    // Every request got an answer: saved (200), or "try again" (503); never a 500.
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    const deadline = Date.now() + 20_000;
    while (!(await pingDb()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));

    // As a later start, or `npm run repair`, finds it: every seat is older than a request takes.
    // A pooled connection from before the crash may fail once more ("try again"), as a request
    // would get a 503: the repair is then simply run again.
    const readEndState = async () => {
      await repairPlaces(new Date(Date.now() + 5 * 60_000));
      const registrations = await Registration.find({ conveningId })
        .select("status queueKey")
        .sort({ queueKey: 1, _id: 1 })
        .lean();
      const seats = await PlaceSeat.find({ conveningId }).select("pool registrationId").lean();
      return { registrations, seats };
    };
    let endState: Awaited<ReturnType<typeof readEndState>> | undefined;
    for (let attempt = 1; !endState; attempt += 1) {
      try {
        endState = await readEndState();
      } catch (error) {
        if (attempt >= 5 || !isDatabaseUnavailableError(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    const { registrations, seats } = endState;
    const placed = registrations.filter((registration) => registration.status === "registered");
    const seatHolders = (pool: string) =>
      seats
        .filter((seat) => seat.pool === pool)
        .map((seat) => String(seat.registrationId))
        .sort();
    const placedIds = placed.map((registration) => String(registration._id)).sort();
    expect(placed).toHaveLength(Math.min(2, registrations.length));
    expect(seatHolders(`city:${bristol}`)).toEqual(placedIds);
    expect(seatHolders("all")).toEqual(placedIds);
    expect(registrations.filter((registration) => !["registered", "waitlisted"].includes(registration.status))).toEqual(
      [],
    );
  }, 60_000);
});
