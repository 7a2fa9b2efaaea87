// Data for the registration pages, each in a fixed number of queries. Needs (dietary, access) and
// email addresses leave this module only as the registration policy allows.
import { listCities } from "~models/city.server";
import { getPeopleByIds, listActivePeople, listPeopleInCity } from "~models/person.server";
import { listRegistrationsForConvening, type RegistrationRecord } from "~models/registration.server";
import type { RegistrationConvening } from "~models/convening.server";
import { isManager } from "~/accounts/policy";
import { canDecideRegistrations, canSeeContact, canSeeNeeds, canSeeNeedsOf, canSeeRegistration } from "./policy";
import {
  needsSummary,
  PLACE_HOLDING_STATUSES,
  placesForCity,
  type Actor,
  type AttendeeRow,
  type CityCount,
} from "./rules";

function countByCity(
  registrations: RegistrationRecord[],
  convening: RegistrationConvening,
  cityNames: Map<string, string>,
): CityCount[] {
  const counts = new Map<string, CityCount>();
  for (const registration of registrations) {
    const key = registration.cityId ?? "";
    let count = counts.get(key);
    if (!count) {
      count = {
        cityId: registration.cityId,
        cityName: registration.cityId
          ? (cityNames.get(registration.cityId) ?? "Unknown city")
          : "No city (partners, speakers)",
        places: registration.cityId ? placesForCity(convening.registration, registration.cityId) : null,
        registered: 0,
        pending: 0,
        waitlisted: 0,
        attended: 0,
        noShow: 0,
      };
      counts.set(key, count);
    }
    if (registration.status === "registered") count.registered += 1;
    else if (registration.status === "pending") count.pending += 1;
    else if (registration.status === "waitlisted") count.waitlisted += 1;
    else if (registration.status === "attended") count.attended += 1;
    else if (registration.status === "no-show") count.noShow += 1;
  }
  return [...counts.values()].sort((a, b) =>
    a.cityId === null ? 1 : b.cityId === null ? -1 : a.cityName.localeCompare(b.cityName),
  );
}

export type RegistrationLine = {
  id: string;
  personId: string;
  name: string;
  organisation: string;
  email: string;
  cityId: string | null;
  cityName: string;
  status: RegistrationRecord["status"];
  roleAtEvent: string;
  arrivalDate: string | null;
  departureDate: string | null;
  isContactShared: boolean;
  declineReason: string;
  waitlistPosition: number | null;
  dietaryNeeds?: string;
  accessNeeds?: string;
};

/** Lines as this viewer may read them: email addresses and needs only where the policy allows, needs when asked for. */
function toLines(
  viewer: Actor,
  registrations: RegistrationRecord[],
  people: Awaited<ReturnType<typeof getPeopleByIds>>,
  cityNames: Map<string, string>,
  includeNeeds: boolean,
): RegistrationLine[] {
  const positions = new Map<string, number>(); // per-city waitlist position, in arrival order
  return registrations.map((registration) => {
    const person = people.get(registration.personId);
    let waitlistPosition: number | null = null;
    if (registration.status === "waitlisted") {
      const key = registration.cityId ?? "";
      waitlistPosition = (positions.get(key) ?? 0) + 1;
      positions.set(key, waitlistPosition);
    }
    const line: RegistrationLine = {
      id: registration.id,
      personId: registration.personId,
      name: person?.name ?? "Unknown person",
      organisation: person?.organisation ?? "",
      email: canSeeContact(viewer, registration) ? (person?.email ?? "") : "",
      cityId: registration.cityId,
      cityName: registration.cityId ? (cityNames.get(registration.cityId) ?? "Unknown city") : "No city",
      status: registration.status,
      roleAtEvent: registration.roleAtEvent,
      arrivalDate: registration.arrivalDate,
      departureDate: registration.departureDate,
      isContactShared: registration.isContactShared,
      declineReason: registration.declineReason,
      waitlistPosition,
    };
    if (includeNeeds && canSeeNeedsOf(viewer, registration)) {
      line.dietaryNeeds = registration.dietaryNeeds;
      line.accessNeeds = registration.accessNeeds;
    }
    return line;
  });
}

/** What the register page needs: who the actor may register, their city's list, everyone's counts. */
export async function loadRegisterPage(actor: Actor, convening: RegistrationConvening) {
  const [registrations, cities, candidates] = await Promise.all([
    listRegistrationsForConvening(convening.id),
    listCities(),
    isManager(actor) ? listActivePeople() : actor.cityId ? listPeopleInCity(actor.cityId) : Promise.resolve([]),
  ]);
  const cityNames = new Map(cities.map((city) => [city.id, city.name]));
  const own = registrations.filter((registration) => canSeeRegistration(actor, registration));
  const people = await getPeopleByIds(own.map((registration) => registration.personId));
  const ownCityCount = actor.cityId
    ? countByCity(
        registrations.filter((registration) => registration.cityId === actor.cityId),
        convening,
        cityNames,
      )[0]
    : undefined;
  return {
    candidates: candidates.map((person) => ({
      id: person.id,
      name: person.name,
      cityName: person.cityId ? (cityNames.get(person.cityId) ?? "") : "",
    })),
    registrations: toLines(actor, own, people, cityNames, false),
    counts: countByCity(registrations, convening, cityNames),
    totalHeld: registrations.filter((registration) =>
      (PLACE_HOLDING_STATUSES as readonly string[]).includes(registration.status),
    ).length,
    ownCity: actor.cityId
      ? {
          id: actor.cityId,
          name: cityNames.get(actor.cityId) ?? "",
          places: placesForCity(convening.registration, actor.cityId),
          held: ownCityCount
            ? ownCityCount.registered + ownCityCount.pending + ownCityCount.attended + ownCityCount.noShow
            : 0,
        }
      : null,
  };
}

/** The attendee list: managers see everyone with needs; a city rep sees their city and others' counts. */
export async function loadAttendees(actor: Actor, convening: RegistrationConvening) {
  const includeNeeds = canSeeNeeds(actor);
  const [registrations, cities] = await Promise.all([listRegistrationsForConvening(convening.id), listCities()]);
  const cityNames = new Map(cities.map((city) => [city.id, city.name]));
  const visible = registrations.filter((registration) => canSeeRegistration(actor, registration));
  const people = await getPeopleByIds(visible.map((registration) => registration.personId));
  const lines = toLines(actor, visible, people, cityNames, includeNeeds);
  const withPlace = registrations.filter((registration) =>
    ["registered", "pending", "attended"].includes(registration.status),
  );
  return {
    lines,
    counts: countByCity(registrations, convening, cityNames),
    needs: includeNeeds ? needsSummary(withPlace) : null,
    isNeedsPurgeable: canDecideRegistrations(actor) && new Date(convening.endsAt) < new Date(),
  };
}

/** CSV rows; `daysAttended` ("4 of 5 days" by registration id) for a convening of several days. */
export function toAttendeeRows(lines: RegistrationLine[], daysAttended?: Map<string, string> | null): AttendeeRow[] {
  return lines
    .filter((line) => line.status !== "cancelled")
    .map((line) => ({
      daysAttended: daysAttended?.get(line.id) ?? "",
      city: line.cityName,
      name: line.name,
      email: line.email,
      organisation: line.organisation,
      status: line.status,
      roleAtEvent: line.roleAtEvent,
      arrivalDate: line.arrivalDate,
      departureDate: line.departureDate,
      isContactShared: line.isContactShared,
      dietaryNeeds: line.dietaryNeeds,
      accessNeeds: line.accessNeeds,
    }));
}
