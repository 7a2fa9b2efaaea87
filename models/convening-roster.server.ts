// A convening's roster: one document per convening, keyed by the convening's _id, with an entry
// per registration (person, city, status, queue key) and, per limited pool, the highest limit
// its seats were ever numbered under. "Who is coming", places held and the waitlist are read from
// it by _id, the one lookup FerretDB serves from an index (decision 020). The registrations stay
// the source of truth: their schema hook writes each entry from the stored registration, and the
// repair pass rewrites any entry that differs.
import { randomUUID } from "node:crypto";
import { Schema } from "mongoose";
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";
import { isDuplicateKeyError, upsertRacingSafely } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";
import { createSerialByKey } from "./serial-by-key";

const conveningRosterSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    // registration id → RosterEntryFields; an object, so one entry is $set or $unset alone.
    entries: { type: Schema.Types.Mixed, default: {} },
    // pool → the highest limit a seat of it was claimed under (seats are numbered below it).
    seatRanges: { type: Schema.Types.Mixed, default: {} },
    // Replaced on every write: tells a reader (and the repair pass) that the roster moved on.
    revision: { type: String, default: "" },
  },
  { minimize: false },
);

export const ConveningRoster = registerModel("ConveningRoster", conveningRosterSchema);

export type RosterEntryFields = {
  personId: string;
  cityId: string | null;
  status: RegistrationStatus;
  queueKey: string;
};
export type RosterEntry = RosterEntryFields & { id: string };
export type Roster = { entries: RosterEntry[]; seatRanges: Map<string, number> };

const EMPTY: Roster = { entries: [], seatRanges: new Map() };

// Every write of a roster in this process goes through here, one at a time per convening.
export const serialByConvening = createSerialByKey();

type StoredRoster = { entries?: Record<string, RosterEntryFields>; seatRanges?: Record<string, number> };

function toRoster(doc: StoredRoster | null): Roster {
  if (!doc) return EMPTY;
  return {
    entries: Object.entries(doc.entries ?? {})
      .map(([id, entry]) => ({ id, ...entry }))
      // Arrival order, as the waitlist is kept.
      .sort((a, b) => a.queueKey.localeCompare(b.queueKey) || a.id.localeCompare(b.id)),
    seatRanges: new Map(Object.entries(doc.seatRanges ?? {})),
  };
}

/** The convening's roster, in arrival order: one query by _id. A convening nobody registered for has none. */
export async function readRoster(conveningId: string): Promise<Roster> {
  if (!isValidId(conveningId)) return EMPTY;
  const doc = await ConveningRoster.findById(conveningId).select("entries seatRanges").lean<StoredRoster>();
  return toRoster(doc);
}

/**
 * Sets and removes entries of one roster in one update by _id. Callers hold the convening's turn
 * (serialByConvening) and pass entries read from the registrations inside it.
 */
export async function writeRosterEntries(
  conveningId: string,
  set: ReadonlyMap<string, RosterEntryFields>,
  unset: readonly string[] = [],
) {
  if (set.size === 0 && unset.length === 0) return;
  const $set: Record<string, unknown> = { revision: randomUUID() };
  for (const [id, entry] of set) $set[`entries.${id}`] = entry;
  const $unset = Object.fromEntries(unset.map((id) => [`entries.${id}`, ""]));
  await upsertRacingSafely(() =>
    ConveningRoster.updateOne({ _id: conveningId }, unset.length > 0 ? { $set, $unset } : { $set }, {
      upsert: set.size > 0,
    }),
  );
}

/**
 * Records that seats of the pool are numbered below `limit`, before such a seat is taken, so a
 * later reader under a lowered limit still reads every seat. Only ever raises the range.
 */
export function raiseSeatRange(conveningId: string, pool: string, limit: number) {
  return serialByConvening(conveningId, () =>
    upsertRacingSafely(() =>
      ConveningRoster.updateOne(
        { _id: conveningId },
        { $max: { [`seatRanges.${pool}`]: limit }, $set: { revision: randomUUID() } },
        { upsert: true },
      ),
    ),
  );
}

/**
 * Sets entries of many rosters (a bulk load; nothing races it): rosters that do not exist yet in
 * one insert, the others one update each, one after another.
 */
export async function writeRosterEntriesInBulk(rosters: ReadonlyMap<string, ReadonlyMap<string, RosterEntryFields>>) {
  const existing = await ConveningRoster.find({ _id: { $in: [...rosters.keys()] } })
    .select("_id")
    .lean();
  const isExisting = new Set(existing.map((doc) => String(doc._id)));
  let updates = [...rosters].filter(([conveningId]) => isExisting.has(conveningId));
  try {
    await ConveningRoster.insertMany(
      [...rosters]
        .filter(([conveningId]) => !isExisting.has(conveningId))
        .map(([conveningId, set]) => ({ _id: conveningId, entries: Object.fromEntries(set), revision: randomUUID() })),
      { ordered: false },
    );
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    updates = [...rosters]; // made meanwhile: every entry set again
  }
  for (const [conveningId, set] of updates)
    await serialByConvening(conveningId, () => writeRosterEntries(conveningId, set));
}

/** Every roster as stored (the repair pass compares them with the registrations): one scan. */
export async function listAllRosters(): Promise<Map<string, Roster>> {
  const docs = await ConveningRoster.find({})
    .select("entries seatRanges")
    .lean<Array<StoredRoster & { _id: unknown }>>();
  return new Map(docs.map((doc) => [String(doc._id), toRoster(doc)]));
}
