// "Who is coming" to a convening, read from its roster (decision 020): counts per city for
// everyone, names only when the caller asks (signed-in programme members). A fixed three queries
// at most, each by _id, whatever the size of the programme.
import { getCityNames } from "./city.server";
import { readRoster } from "./convening-roster.server";
import { isValidId } from "./ids.server";
import { findPersonViews, findPersonViewsByIds } from "./person.server";
import { ATTENDING_STATUSES } from "./registration.server";

/** Registrations that mean "coming" (or came). */
export const COMING_STATUSES = ATTENDING_STATUSES;

export type WhoIsComing = {
  total: number;
  byCity: Array<{ cityId: string | null; cityName: string; count: number }>;
  people: Array<{ id: string; name: string; cityName: string; status: string }> | null;
  registeredPersonIds: string[];
};

export async function getWhoIsComing(conveningId: string, options: { withNames: boolean }): Promise<WhoIsComing> {
  if (!isValidId(conveningId))
    return { total: 0, byCity: [], people: options.withNames ? [] : null, registeredPersonIds: [] };
  const roster = await readRoster(conveningId);
  const registrations = roster.entries.filter((entry) => (COMING_STATUSES as readonly string[]).includes(entry.status));
  const cityIds = [
    ...new Set(registrations.flatMap((registration) => (registration.cityId ? [String(registration.cityId)] : []))),
  ];
  const personIds = registrations.map((registration) => String(registration.personId));
  const [cityName, people] = await Promise.all([
    getCityNames(cityIds),
    options.withNames ? findPersonViewsByIds(personIds, "name") : [],
  ]);
  const personName = new Map(people.map((person) => [person.id, person.name]));
  const counts = new Map<string | null, number>();
  for (const registration of registrations) {
    const key = registration.cityId ? String(registration.cityId) : null;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const nameOfCity = (id: string | null) => (id ? (cityName.get(id) ?? "Unknown city") : "Programme team and partners");
  return {
    total: registrations.length,
    byCity: [...counts]
      .map(([cityId, count]) => ({ cityId, cityName: nameOfCity(cityId), count }))
      .sort((a, b) => a.cityName.localeCompare(b.cityName)),
    people: options.withNames
      ? registrations
          .map((registration) => ({
            id: String(registration.personId),
            name: personName.get(String(registration.personId)) ?? "Unknown person",
            cityName: nameOfCity(registration.cityId ? String(registration.cityId) : null),
            status: registration.status,
          }))
          .sort((a, b) => a.cityName.localeCompare(b.cityName) || a.name.localeCompare(b.name))
      : null,
    registeredPersonIds: personIds,
  };
}

/** People a manager can pick as facilitators or speakers: id and name, by name. */
export function listPeopleForPicking(): Promise<Array<{ id: string; name: string }>> {
  return findPersonViews({}, "name", { name: 1 });
}
