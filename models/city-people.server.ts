// The people of each city, one document per city (`_id` = the city's id), so the owner pickers
// of a city's plan and of its actions read one document by _id instead of scanning people by
// city (FerretDB indexes only _id). Kept by hooks on the person schema: every write through the
// Person model rebuilds the index of each city a touched person was or now is in (one scan per
// write; writes are rare next to reads), queued per city in this process so a later rebuild
// always reads after an earlier write. A city's index not stored yet is built on its first
// read. Two app instances writing people of one city at once can leave an index stale until
// `npm run repair` (repairCityPeople) rebuilds them all. Driver calls bypass the hooks.
import { Schema, type Query } from "mongoose";
import { isValidId } from "./ids.server";
import { QUERY_WRITES } from "./query-writes.server";
import { registerModel } from "./register-model.server";
import { createSerialByKey } from "./serial-by-key";
import { PROGRAMME_ROLES, ROLES, type ProgrammeRole, type Role } from "~/domain/vocabulary/people";

export type CityPerson = { id: string; name: string; role: Role; programmeRole: ProgrammeRole | null };

const cityPeopleSchema = new Schema({
  _id: { type: String, required: true },
  people: [
    new Schema(
      {
        id: { type: String, required: true },
        name: { type: String, required: true },
        role: { type: String, enum: ROLES, required: true },
        programmeRole: { type: String, enum: [...PROGRAMME_ROLES, null], default: null },
      },
      { _id: false },
    ),
  ],
});

export const CityPeople = registerModel("CityPeople", cityPeopleSchema);

/** How the index reads people: given by models/person.server.ts (which installs the hooks). */
export type CityPeopleSource = {
  /** The active (not anonymised) people of a city, sorted by name: a scan, for rebuilds only. */
  activeInCity: (cityId: string) => Promise<CityPerson[]>;
  /** The cities of the people with these ids (by _id). */
  citiesOf: (ids: string[]) => Promise<string[]>;
  /** The cities of the people a filter matches (a query write that does not name one _id). */
  citiesMatching: (filter: Record<string, unknown>) => Promise<string[]>;
};

let source: CityPeopleSource | null = null;
const serial = createSerialByKey();

function sourceOrThrow(): CityPeopleSource {
  if (!source) throw new Error("The person model installs the city people index before it is read");
  return source;
}

async function rebuild(cityId: string): Promise<CityPerson[]> {
  const people = await sourceOrThrow().activeInCity(cityId);
  await CityPeople.replaceOne({ _id: cityId }, { _id: cityId, people }, { upsert: true });
  return people;
}

const rebuildQueued = (cityId: string) => serial(cityId, () => rebuild(cityId));

async function rebuildCities(cityIds: Iterable<string | null | undefined>) {
  const unique = [...new Set([...cityIds].filter((id): id is string => Boolean(id)))];
  await Promise.all(unique.map(rebuildQueued));
}

/** The active people of a city, sorted by name: one read by _id (built on the first read). */
export async function getCityPeople(cityId: string): Promise<CityPerson[]> {
  if (!isValidId(cityId)) return [];
  const stored = await CityPeople.findById(cityId).lean();
  if (stored)
    return stored.people.map((person) => ({
      id: person.id,
      name: person.name,
      role: person.role,
      programmeRole: person.programmeRole ?? null,
    }));
  return rebuildQueued(cityId);
}

/** Rebuilds the index of every city given; answers how many were stored differently. */
export async function repairCityPeople(cityIds: string[]): Promise<{ checked: number; corrected: number }> {
  let corrected = 0;
  for (const cityId of cityIds) {
    const before = await CityPeople.findById(cityId).lean();
    const after = await rebuildQueued(cityId);
    const stored = (before?.people ?? []).map((p) => ({ ...p, programmeRole: p.programmeRole ?? null }));
    if (JSON.stringify(stored) !== JSON.stringify(after)) corrected += 1;
  }
  return { checked: cityIds.length, corrected };
}

const namedId = (filter: Record<string, unknown>) => {
  const id = filter._id;
  return typeof id === "string" || (typeof id === "object" && id !== null && "toHexString" in id) ? String(id) : null;
};

/** Installs the hooks on the person schema (before its model is registered). */
export function keepCityPeopleOnWrite(schema: Schema, people: CityPeopleSource) {
  source = people;
  const touched = new WeakMap<object, { ids: string[] | null; cities: string[] }>();

  schema.pre([...QUERY_WRITES], async function (this: Query<unknown, unknown>) {
    const filter = this.getFilter();
    const named = namedId(filter);
    const cities = named ? await people.citiesOf([named]) : await people.citiesMatching(filter);
    touched.set(this, { ids: named ? [named] : null, cities });
  });
  schema.post([...QUERY_WRITES], async function (this: Query<unknown, unknown>) {
    const state = touched.get(this);
    if (!state) return;
    const after = state.ids ? await people.citiesOf(state.ids) : await people.citiesMatching(this.getFilter());
    await rebuildCities([...state.cities, ...after]);
  });
  schema.pre("save", async function (this: { isNew: boolean; _id: unknown }) {
    const cities = this.isNew ? [] : await people.citiesOf([String(this._id)]);
    touched.set(this, { ids: [String(this._id)], cities });
  });
  schema.post("save", async function (this: { cityId?: unknown }) {
    const state = touched.get(this);
    await rebuildCities([...(state?.cities ?? []), this.cityId ? String(this.cityId) : null]);
  });
  schema.post("insertMany", async (docs: Array<{ cityId?: unknown }>) => {
    await rebuildCities(docs.map((doc) => (doc.cityId ? String(doc.cityId) : null)));
  });
}
