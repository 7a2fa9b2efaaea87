// Registration throughput: 200 concurrent register requests from 12 cities' reps through the
// register action (auth, validation, seat claims, email to the outbox), against 2 places per city
// and a total capacity of 20. Prints registrations per second, concurrent against one at a time,
// and checks that no city or total limit was exceeded and no place was left unfilled.
import { action as registerAction } from "~/routes/convenings.$conveningId.register";
import { CITIES } from "~/seed/programme-data";
import { upsertCity } from "~models/city.server";
import { PlaceSeat } from "~models/place-seat.server";
import { Registration } from "~models/registration.server";
import { createAccount, formRequest } from "../../tests/factories/people";
import { createColleagues, createConvening } from "../../tests/factories/registration";
import { ratio } from "./measure";

const REQUESTS = 200;
const PLACES_PER_CITY = 2;
const CAPACITY = 20;
const SEQUENTIAL = 48;

async function registerAll(
  conveningId: string,
  entries: Array<{ repId: string; personId: string }>,
  concurrent: boolean,
) {
  const send = async ({ repId, personId }: { repId: string; personId: string }) => {
    const request = await formRequest(repId, `/convenings/${conveningId}/register`, { intent: "register", personId });
    const response = await registerAction({ request, params: { conveningId }, context: {} });
    if (response.status !== 200) throw new Error(`registration answered ${response.status}`);
  };
  const start = performance.now();
  if (concurrent) await Promise.all(entries.map(send));
  else for (const entry of entries) await send(entry);
  return performance.now() - start;
}

export async function run() {
  const cityIds: string[] = [];
  for (const city of CITIES) cityIds.push(await upsertCity(city));
  const reps = await Promise.all(cityIds.map((cityId) => createAccount({ role: "city-rep", cityId })));
  const entries: Array<{ repId: string; personId: string; cityId: string }> = [];
  for (const [index, cityId] of cityIds.entries()) {
    const count = Math.floor(REQUESTS / cityIds.length) + (index < REQUESTS % cityIds.length ? 1 : 0);
    for (const personId of await createColleagues(cityId, count))
      entries.push({ repId: reps[index].id, personId, cityId });
  }
  // Interleave cities so requests from every city race each other.
  entries.sort((a, b) => a.personId.localeCompare(b.personId));

  const sequentialConvening = await createConvening({
    title: "Sequential baseline",
    placesPerCity: PLACES_PER_CITY,
    capacity: CAPACITY,
  });
  const sequentialMs = await registerAll(sequentialConvening, entries.slice(0, SEQUENTIAL), false);
  const sequentialRate = (SEQUENTIAL / sequentialMs) * 1000;

  const conveningId = await createConvening({
    title: "Concurrent run",
    placesPerCity: PLACES_PER_CITY,
    capacity: CAPACITY,
  });
  const concurrentMs = await registerAll(conveningId, entries, true);
  const concurrentRate = (REQUESTS / concurrentMs) * 1000;

  const registrations = await Registration.find({ conveningId }).select("cityId status personId").lean();
  const holding = registrations.filter((registration) => registration.status === "registered");
  const perCity = new Map<string, number>();
  for (const registration of holding)
    perCity.set(String(registration.cityId), (perCity.get(String(registration.cityId)) ?? 0) + 1);
  const maxPerCity = Math.max(0, ...perCity.values());
  const expectedHolding = Math.min(CAPACITY, cityIds.length * PLACES_PER_CITY);
  const seats = await PlaceSeat.countDocuments({ conveningId, pool: "all" });
  const distinctPeople = new Set(registrations.map((registration) => String(registration.personId))).size;
  const isWithinLimits = maxPerCity <= PLACES_PER_CITY && holding.length <= CAPACITY && seats === holding.length;
  const isComplete =
    registrations.length === REQUESTS && distinctPeople === REQUESTS && holding.length === expectedHolding;

  console.log(
    `${REQUESTS} concurrent registrations from ${cityIds.length} cities: ${concurrentRate.toFixed(0)} registrations/s (${(concurrentMs / 1000).toFixed(2)} s)`,
  );
  console.log(
    `one at a time (${SEQUENTIAL}): ${sequentialRate.toFixed(0)} registrations/s; concurrent/sequential throughput ${ratio(concurrentRate, sequentialRate)}`,
  );
  console.log(
    `places: ${holding.length}/${CAPACITY} total (expected ${expectedHolding}), busiest city ${maxPerCity}/${PLACES_PER_CITY}, waitlisted ${registrations.filter((r) => r.status === "waitlisted").length}`,
  );
  console.log(
    `held/allowed: total ${ratio(holding.length, CAPACITY)}, busiest city ${ratio(maxPerCity, PLACES_PER_CITY)}`,
  );
  console.log(
    isWithinLimits && isComplete
      ? "limits held: no city or total limit exceeded, every request recorded once, every place filled"
      : "LIMIT VIOLATION OR LOST REGISTRATION",
  );
  if (!isWithinLimits || !isComplete) process.exitCode = 1;
}
