// Registration through the real request handler: the register action (the Bristol rep registers
// a colleague for a meeting without limits, one request at a time), and 200 registrations from
// the 12 cities' reps at once against 2 places per city and 20 in all, against 24 one at a time:
// throughput, and that no city or total limit was exceeded.
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import { countSeatsByPool, TOTAL_POOL } from "~models/place-seat.server";
import { createConvening, publishConvening } from "~models/convening.server";
import { createPerson } from "~models/person.server";
import { listRegistrationsForConvening } from "~models/registration.server";
import type { AppClient } from "./app";
import type { BenchPart } from "./context";
import { expectStatus, requestFigure } from "./context";
import type { SignedIn } from "./fixtures";

const CONCURRENT = 200;
const SEQUENTIAL = 24;
const PLACES_PER_CITY = 2;
const CAPACITY = 20;
const THROUGHPUT_TARGET = 1.5;
/** People for the one-at-a-time register action: more than its runs. */
const SOLO_PEOPLE = 40;
const DAY_MS = 86_400_000;

const actionPath = (conveningId: string) =>
  `/convenings/${conveningId}/register?_data=${encodeURIComponent("routes/convenings.$conveningId.register")}`;

async function openConvening(
  title: string,
  limits: { placesPerCity: number | null; capacity: number | null },
  by: SignedIn,
) {
  const startsAt = new Date(Date.now() + 60 * DAY_MS);
  const id = await createConvening(
    {
      kind: "working-group-meeting",
      title,
      summary: "",
      phase: 2,
      hostCityId: null,
      places: [{ name: "Town Hall", address: "", region: "", country: "United Kingdom", timeZone: "Europe/London" }],
      format: "in-person",
      onlineUrl: "",
      timeZone: "Europe/London",
      startsAt,
      endsAt: new Date(startsAt.getTime() + DAY_MS),
      aims: [],
      themes: [],
      registration: { ...limits, cityPlaces: [], opensAt: null, closesAt: null, isApprovalRequired: false },
    },
    by,
  );
  await publishConvening(id, by);
  return id;
}

async function colleagues(prefix: string, cityId: string, count: number) {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1)
    ids.push(
      await createPerson({
        name: `Colleague ${index + 1}`,
        email: `${prefix}-${index + 1}@example.org`,
        role: "participant",
        cityId,
      }),
    );
  return ids;
}

function register(app: AppClient, conveningId: string, registrar: SignedIn, personId: string) {
  return app
    .post(actionPath(conveningId), { intent: "register", personId }, { cookie: registrar.cookie })
    .then((answer) => expectStatus(answer, 200, "the register action"));
}

export const run: BenchPart = async ({ app, fixtures, scale }) => {
  const { manager, rep, repsByCity } = fixtures;
  const soloConvening = await openConvening(
    "Bench meeting without limits",
    { placesPerCity: null, capacity: null },
    manager,
  );
  const solo = await colleagues("bench-solo", rep.cityId!, SOLO_PEOPLE);
  const next = () => {
    const personId = solo.shift();
    if (!personId) throw new Error("the register action ran out of people to register");
    return personId;
  };
  const registerAction = await requestFigure(
    "register action",
    { kind: "scale" },
    () => register(app, soloConvening, rep, next()),
    { maxRuns: SOLO_PEOPLE - 2 },
  );

  // Every city's rep registers their own colleagues; the cities' requests are interleaved.
  const reps = [...repsByCity.values()];
  const entries: Array<{ registrar: SignedIn; personId: string }> = [];
  for (const [index, registrar] of reps.entries()) {
    const count = Math.floor(CONCURRENT / reps.length) + (index < CONCURRENT % reps.length ? 1 : 0);
    for (const personId of await colleagues(`bench-${index}`, registrar.cityId!, count))
      entries.push({ registrar, personId });
  }
  entries.sort((a, b) => a.personId.localeCompare(b.personId));
  const limits = { placesPerCity: PLACES_PER_CITY, capacity: CAPACITY };
  const sequentialConvening = await openConvening("Bench meeting, one at a time", limits, manager);
  let started = performance.now();
  for (const entry of entries.slice(0, SEQUENTIAL))
    await register(app, sequentialConvening, entry.registrar, entry.personId);
  const sequentialRate = SEQUENTIAL / ((performance.now() - started) / 1000);
  const concurrentConvening = await openConvening("Bench meeting, all at once", limits, manager);
  started = performance.now();
  await Promise.all(entries.map((entry) => register(app, concurrentConvening, entry.registrar, entry.personId)));
  const concurrentRate = CONCURRENT / ((performance.now() - started) / 1000);

  const registrations = await listRegistrationsForConvening(concurrentConvening);
  const holding = registrations.filter((registration) =>
    (PLACE_HOLDING_STATUSES as readonly string[]).includes(registration.status),
  );
  const perCity = new Map<string, number>();
  for (const registration of holding) perCity.set(registration.cityId!, (perCity.get(registration.cityId!) ?? 0) + 1);
  const busiest = Math.max(0, ...perCity.values());
  const seats = (await countSeatsByPool(concurrentConvening)).get(TOTAL_POOL) ?? 0;
  const people = new Set(registrations.map((registration) => registration.personId)).size;
  const isWithinLimits = busiest <= PLACES_PER_CITY && holding.length <= CAPACITY && seats === holding.length;
  const isComplete = registrations.length === CONCURRENT && people === CONCURRENT && holding.length === CAPACITY;
  const times = concurrentRate / sequentialRate;
  return {
    figures: [registerAction],
    checks: [
      {
        scale,
        name: `${CONCURRENT} concurrent registrations`,
        measured:
          `${concurrentRate.toFixed(1)}/s vs ${sequentialRate.toFixed(1)}/s one at a time = ${times.toFixed(2)}×; ` +
          `places ${holding.length}/${CAPACITY}, busiest city ${busiest}/${PLACES_PER_CITY}, ${seats} seats, ` +
          `${registrations.length} recorded for ${people} people${isWithinLimits && isComplete ? "" : " (LIMIT EXCEEDED OR REGISTRATION LOST)"}`,
        target: `≥ ${THROUGHPUT_TARGET}× the sequential rate, no limit exceeded`,
        isMet: times >= THROUGHPUT_TARGET && isWithinLimits && isComplete,
      },
    ],
  };
};
