// "Who is coming" to a convening, read from registrations: counts per city for everyone, names
// only when the caller asks (signed-in programme members). A fixed three queries at most.
import mongoose from "mongoose";
import { City } from "./city.server";
import { Person } from "./person.server";
import { Registration } from "./registration.server";

/** Registrations that mean "coming" (or came). */
export const COMING_STATUSES = ["registered", "attended"] as const;

export type WhoIsComing = {
  total: number;
  byCity: Array<{ cityId: string | null; cityName: string; count: number }>;
  people: Array<{ id: string; name: string; cityName: string; status: string }> | null;
  registeredPersonIds: string[];
};

export async function getWhoIsComing(conveningId: string, options: { withNames: boolean }): Promise<WhoIsComing> {
  if (!mongoose.isValidObjectId(conveningId)) return { total: 0, byCity: [], people: options.withNames ? [] : null, registeredPersonIds: [] };
  const registrations = await Registration.find({ conveningId, status: { $in: COMING_STATUSES } })
    .select("personId cityId status")
    .lean<Array<{ personId: unknown; cityId: unknown; status: string }>>();
  const cityIds = [...new Set(registrations.flatMap((registration) => (registration.cityId ? [String(registration.cityId)] : [])))];
  const personIds = registrations.map((registration) => String(registration.personId));
  const [cities, people] = await Promise.all([
    cityIds.length > 0 ? City.find({ _id: { $in: cityIds } }).select("name").lean<Array<{ _id: unknown; name: string }>>() : [],
    options.withNames && personIds.length > 0 ? Person.find({ _id: { $in: personIds } }).select("name").lean<Array<{ _id: unknown; name: string }>>() : [],
  ]);
  const cityName = new Map(cities.map((city) => [String(city._id), city.name]));
  const personName = new Map(people.map((person) => [String(person._id), person.name]));
  const counts = new Map<string | null, number>();
  for (const registration of registrations) {
    const key = registration.cityId ? String(registration.cityId) : null;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const nameOfCity = (id: string | null) => (id ? (cityName.get(id) ?? "Unknown city") : "Programme team and partners");
  return {
    total: registrations.length,
    byCity: [...counts].map(([cityId, count]) => ({ cityId, cityName: nameOfCity(cityId), count })).sort((a, b) => a.cityName.localeCompare(b.cityName)),
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
export async function listPeopleForPicking(): Promise<Array<{ id: string; name: string }>> {
  const docs = await Person.find().select("name").sort({ name: 1 }).lean<Array<{ _id: unknown; name: string }>>();
  return docs.map((doc) => ({ id: String(doc._id), name: doc.name }));
}
