// A person's registrations index: one document per person, keyed by the person's _id, naming
// each convening they registered for with the registration's id and status. Their personal feed
// and My convenings read it by _id instead of scanning every registration (decision 020). Written
// by the registration schema's hook from the stored registrations; the repair pass rewrites any
// entry that differs.
import { randomUUID } from "node:crypto";
import { Schema } from "mongoose";
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";
import { isDuplicateKeyError, upsertRacingSafely } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";
import { createSerialByKey } from "./serial-by-key";

const personRegistrationsSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    // convening id → PersonRegistrationFields
    entries: { type: Schema.Types.Mixed, default: {} },
    revision: { type: String, default: "" },
  },
  { minimize: false },
);

export const PersonRegistrations = registerModel("PersonRegistrations", personRegistrationsSchema);

export type PersonRegistrationFields = { registrationId: string; status: RegistrationStatus };
export type PersonRegistration = PersonRegistrationFields & { conveningId: string };

// Every write of a person's index in this process goes through here, one at a time per person.
export const serialByPerson = createSerialByKey();

type StoredIndex = { entries?: Record<string, PersonRegistrationFields> };

const toEntries = (doc: StoredIndex | null): PersonRegistration[] =>
  Object.entries(doc?.entries ?? {}).map(([conveningId, entry]) => ({ conveningId, ...entry }));

/** The person's registrations, one per convening: one query by _id. */
export async function readPersonRegistrations(personId: string): Promise<PersonRegistration[]> {
  if (!isValidId(personId)) return [];
  const doc = await PersonRegistrations.findById(personId).select("entries").lean<StoredIndex>();
  return toEntries(doc);
}

/** Sets and removes entries of one person's index by _id; callers hold the person's turn (serialByPerson). */
export async function writePersonEntries(
  personId: string,
  set: ReadonlyMap<string, PersonRegistrationFields>,
  unset: readonly string[] = [],
) {
  if (set.size === 0 && unset.length === 0) return;
  const $set: Record<string, unknown> = { revision: randomUUID() };
  for (const [conveningId, entry] of set) $set[`entries.${conveningId}`] = entry;
  const $unset = Object.fromEntries(unset.map((conveningId) => [`entries.${conveningId}`, ""]));
  await upsertRacingSafely(() =>
    PersonRegistrations.updateOne({ _id: personId }, unset.length > 0 ? { $set, $unset } : { $set }, {
      upsert: set.size > 0,
    }),
  );
}

// Writes in flight at once when indexes exist already: FerretDB on SQLite commits each update on
// its own (and a bulkWrite of many upserts stalled it), so a short queue of single updates.
const PARALLEL_WRITES = 8;

/**
 * Sets entries of many people's indexes (a bulk load; nothing races it): indexes that do not
 * exist yet in one insert, the others one update per person.
 */
export async function writePersonEntriesInBulk(
  entries: Array<{ personId: string; conveningId: string; entry: PersonRegistrationFields }>,
) {
  const byPerson = new Map<string, Map<string, PersonRegistrationFields>>();
  for (const { personId, conveningId, entry } of entries)
    byPerson.set(personId, (byPerson.get(personId) ?? new Map()).set(conveningId, entry));
  const existing = await PersonRegistrations.find({ _id: { $in: [...byPerson.keys()] } })
    .select("_id")
    .lean();
  const isExisting = new Set(existing.map((doc) => String(doc._id)));
  const fresh = [...byPerson].filter(([personId]) => !isExisting.has(personId));
  let updates = [...byPerson].filter(([personId]) => isExisting.has(personId));
  try {
    await PersonRegistrations.insertMany(
      fresh.map(([personId, set]) => ({ _id: personId, entries: Object.fromEntries(set), revision: randomUUID() })),
      { ordered: false },
    );
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    updates = [...byPerson]; // made meanwhile: every entry set again, which changes nothing twice
  }
  const worker = async () => {
    for (let next = updates.shift(); next; next = updates.shift()) await writePersonEntries(next[0], next[1]);
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
}

/** Every person's index as stored (the repair pass compares them with the registrations): one scan. */
export async function listAllPersonIndexes(): Promise<Map<string, PersonRegistration[]>> {
  const docs = await PersonRegistrations.find({}).select("entries").lean<Array<StoredIndex & { _id: unknown }>>();
  return new Map(docs.map((doc) => [String(doc._id), toEntries(doc)]));
}
