// People of the scaled programme and their registrations, with the seats those registrations
// hold: places are given in arrival order until the city's places or the capacity run out, the
// rest wait, so seats agree with registrations and no limit is exceeded (as the register action
// would have left them).
import { DateTime } from "luxon";
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";
import { CITIES } from "./programme-data";
import type { ScaledConvening } from "./scaled-programme";
import { JOB_TITLES, personName } from "./scaled-vocabulary";
import type { SeededRandom } from "./seeded-random";

export type ScaledPerson = { email: string; name: string; citySlug: string; organisation: string; jobTitle: string };

/**
 * Seat numbers a place-holding registration holds in its city's pool and the total pool: "0",
 * "1"… in a limited pool, null in an unlimited one (the loader names the seat after the registration).
 */
export type ScaledSeats = { city: string | null; total: string | null };

export type ScaledRegistration = {
  conveningSeedKey: string;
  personEmail: string;
  citySlug: string;
  status: RegistrationStatus;
  roleAtEvent: string;
  /** Arrival order, as newQueueKey makes them: 24 hex digits, the time first. */
  queueKey: string;
  registeredAt: Date;
  seats: ScaledSeats | null;
};

export const PEOPLE_PER_CITY = 12;
/** Registrations of one copy, spread over its convenings that are not drafts. */
const REGISTRATIONS_PER_COPY = 1111;
const CANCELLED_SHARE = 0.06;

export function scaledPeople(copy: number, random: SeededRandom): ScaledPerson[] {
  return CITIES.flatMap((city) =>
    Array.from({ length: PEOPLE_PER_CITY }, (_, index) => ({
      email: `scaled-${copy}.${city.slug}.${index + 1}@example.org`,
      name: personName(random),
      citySlug: city.slug,
      organisation: `${city.name} council`,
      jobTitle: random.pick(JOB_TITLES),
    })),
  );
}

function queueKey(at: Date, copy: number, convening: number, position: number): string {
  const seconds = Math.floor(at.getTime() / 1000)
    .toString(16)
    .padStart(8, "0");
  return `${seconds}${copy.toString(16).padStart(4, "0")}${convening.toString(16).padStart(4, "0")}${position.toString(16).padStart(8, "0")}`;
}

function placeHoldingStatus(convening: ScaledConvening, random: SeededRandom): RegistrationStatus {
  if (convening.status === "completed") return random.chance(0.85) ? "attended" : "no-show";
  if (convening.isApprovalRequired) return random.chance(0.6) ? "registered" : "pending";
  return "registered";
}

function registrationsFor(
  convening: ScaledConvening,
  conveningIndex: number,
  count: number,
  peopleByCity: Map<string, ScaledPerson[]>,
  today: DateTime,
  random: SeededRandom,
): ScaledRegistration[] {
  const copy = Number(/^scaled-(\d+)-/.exec(convening.seedKey)![1]);
  // Each city sends about the same number of people; who registered first is random.
  const cities = random.sample(CITIES, CITIES.length);
  const chosen = cities.flatMap((city, index) => {
    const fromCity = Math.floor(count / cities.length) + (index < count % cities.length ? 1 : 0);
    return random.sample(peopleByCity.get(city.slug)!, fromCity);
  });
  const queue = random.sample(chosen, chosen.length);
  // Registrations arrive before the convening and never after the seed runs.
  const opened = DateTime.min(
    DateTime.fromJSDate(convening.startsAt).minus({ days: 60 }),
    today.minus({ days: 1 }),
  ).minus({ hours: queue.length });
  const cityHeld = new Map<string, number>();
  let totalHeld = 0;
  return queue.map((person, position) => {
    const registeredAt = opened.plus({ hours: position, minutes: random.int(0, 59) }).toJSDate();
    const base = {
      conveningSeedKey: convening.seedKey,
      personEmail: person.email,
      citySlug: person.citySlug,
      roleAtEvent: person.jobTitle,
      queueKey: queueKey(registeredAt, copy, conveningIndex, position),
      registeredAt,
    };
    if (random.chance(CANCELLED_SHARE)) return { ...base, status: "cancelled" as const, seats: null };
    const held = cityHeld.get(person.citySlug) ?? 0;
    const hasRoom =
      (convening.placesPerCity === null || held < convening.placesPerCity) &&
      (convening.capacity === null || totalHeld < convening.capacity);
    if (!hasRoom) return { ...base, status: "waitlisted" as const, seats: null };
    const seats = {
      city: convening.placesPerCity === null ? null : String(held),
      total: convening.capacity === null ? null : String(totalHeld),
    };
    cityHeld.set(person.citySlug, held + 1);
    totalHeld += 1;
    return { ...base, status: placeHoldingStatus(convening, random), seats };
  });
}

/** The copy's registrations: none for drafts, the rest shared out evenly over its other convenings. */
export function scaledRegistrations(
  convenings: ScaledConvening[],
  people: ScaledPerson[],
  today: DateTime,
  random: SeededRandom,
): ScaledRegistration[] {
  const peopleByCity = new Map<string, ScaledPerson[]>();
  for (const person of people)
    peopleByCity.set(person.citySlug, [...(peopleByCity.get(person.citySlug) ?? []), person]);
  const open = convenings.filter((convening) => convening.status !== "draft");
  return open.flatMap((convening, index) => {
    const count =
      Math.floor(REGISTRATIONS_PER_COPY / open.length) + (index < REGISTRATIONS_PER_COPY % open.length ? 1 : 0);
    return registrationsFor(convening, convenings.indexOf(convening), count, peopleByCity, today, random);
  });
}
