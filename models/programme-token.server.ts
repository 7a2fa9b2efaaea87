// The programme's change log: every write a public feed of whole convenings depends on (a
// convening, its agenda copy, a city) appends one numbered entry naming the convenings it touched
// (none named: the whole programme). A feed that has read up to entry n reads entry n + 1 by _id:
// not there, nothing changed (one index lookup, whatever the programme's size); there, it reads
// again only what the entries name (decision 033). Entries are numbered by unique inserts, the
// one thing FerretDB does atomically: a writer takes the next free number, and a number is only
// passed over once it is taken, so the log has no gaps that a reader could step over.
import { randomUUID } from "node:crypto";
import mongoose, { Schema, Types, type Query } from "mongoose";
import { isDuplicateKeyError, upsertRacingSafely } from "./duplicate-key.server";
import { QUERY_WRITES } from "./query-writes.server";
import { registerModel } from "./register-model.server";
import { createSerialByKey } from "./serial-by-key";

const programmeChangeSchema = new Schema(
  {
    _id: { type: Number, required: true }, // the entry's number, from 1; 0 holds the head hint
    conveningIds: { type: [String], default: undefined }, // absent: the whole programme changed
    token: { type: String }, // random: tells this entry from one written under its number after a reset
    head: { type: Number }, // on entry 0 only: a number at or below the last entry's
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
export const ProgrammeChange = registerModel("ProgrammeChange", programmeChangeSchema);

const HEAD_HINT = 0;
/** More changed convenings than this in one entry count as the whole programme. */
const MAX_NAMED = 64;
/** A reader this many entries behind reads the whole programme again instead of every entry. */
const MAX_ENTRIES_READ = 64;
/** Entries read at once after the first one found. */
const READ_AHEAD = 4;
/** Entries are kept this long; a reader whose last entry was deleted reads the whole programme again. */
const KEEP_ENTRIES_MS = 24 * 3_600_000;
/** Every this many entries, the writer deletes the entries older than KEEP_ENTRIES_MS. */
const PRUNE_EVERY = 200;

// Writers in one process take turns, so they do not race each other for the same number.
const serial = createSerialByKey();

async function readHeadHint(): Promise<number> {
  const doc = await ProgrammeChange.findById(HEAD_HINT).select("head").lean();
  return doc?.head ?? 0;
}

/** Appends an entry naming the changed convenings (null: the whole programme), once their write is done. */
export function recordProgrammeChange(conveningIds: string[] | null): Promise<void> {
  const named = conveningIds && conveningIds.length <= MAX_NAMED ? [...new Set(conveningIds)] : undefined;
  if (named && named.length === 0) return Promise.resolve();
  return serial("programme", async () => {
    let number = (await readHeadHint()) + 1;
    for (;;) {
      try {
        await ProgrammeChange.create({ _id: number, conveningIds: named, token: randomUUID(), at: new Date() });
        break;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        number += 1; // taken by another writer: the next one
      }
    }
    // A hint only: a racing writer may set a lower number, which costs the next writer a retry.
    await upsertRacingSafely(() =>
      ProgrammeChange.updateOne({ _id: HEAD_HINT }, { $set: { head: number, at: new Date() } }, { upsert: true }),
    );
    if (number % PRUNE_EVERY === 0)
      await ProgrammeChange.deleteMany({
        _id: { $gt: HEAD_HINT, $lt: number }, // the last entry stays: readers check theirs is there
        at: { $lt: new Date(Date.now() - KEEP_ENTRIES_MS) },
      });
  });
}

/** Where a reader is in the log: its database, the last entry it read (0: none) and that entry's token. */
export type ProgrammePosition = { database: string; number: number; token: string | null };

export type ProgrammeChanges = {
  position: ProgrammePosition;
  /** The convenings named since, or null when the whole programme is to be read again. */
  conveningIds: Set<string> | null;
};

const readEntry = (number: number) => ProgrammeChange.findById(number).select("conveningIds token").lean();

/**
 * The entries after `position`, read by _id until one is missing. The entry at
 * `position` is read with the next: when it is gone or another (the log was pruned past it or
 * the database emptied), the whole programme is to be read again.
 */
export async function readProgrammeChangesAfter(position: ProgrammePosition): Promise<ProgrammeChanges> {
  const [own, next] = await Promise.all([
    position.number > 0 ? readEntry(position.number) : null,
    readEntry(position.number + 1),
  ]);
  if (position.database !== mongoose.connection.name || (position.number > 0 && own?.token !== position.token))
    return { position: await currentProgrammePosition(), conveningIds: null };
  const conveningIds = new Set<string>();
  let at = position;
  let batch = [next];
  // One edit often writes a few entries (its convening, its agenda): the next ones are read at once.
  while (batch[0]) {
    for (const entry of batch) {
      if (!entry) return { position: at, conveningIds };
      at = { ...at, number: at.number + 1, token: entry.token ?? null };
      if (!entry.conveningIds || at.number - position.number > MAX_ENTRIES_READ)
        return { position: await currentProgrammePosition(), conveningIds: null };
      for (const id of entry.conveningIds) conveningIds.add(id);
    }
    const from = at.number + 1;
    batch = await Promise.all(Array.from({ length: READ_AHEAD }, (_, index) => readEntry(from + index)));
  }
  return { position: at, conveningIds };
}

/** The last entry now, found from the head hint by reading forward: where a reader that reads the whole programme starts. */
export async function currentProgrammePosition(): Promise<ProgrammePosition> {
  let number = await readHeadHint();
  let token = number > 0 ? ((await readEntry(number))?.token ?? null) : null;
  for (;;) {
    const entry = await readEntry(number + 1);
    if (!entry) return { database: mongoose.connection.name, number, token };
    number += 1;
    token = entry.token ?? null;
  }
}

type WriteQuery = Query<unknown, unknown>;

const idOf = (value: unknown) => (typeof value === "string" || value instanceof Types.ObjectId ? String(value) : null);

/** The documents a query write's filter names by _id (one, or an $in list); null: it may touch any. */
function idsNamedBy(query: WriteQuery): string[] | null {
  const filterId: unknown = query.getFilter()._id;
  const one = idOf(filterId);
  if (one) return [one];
  const list = (filterId as { $in?: unknown } | null)?.$in;
  if (Array.isArray(list)) {
    const ids = list.map(idOf);
    return ids.every((id) => id !== null) ? (ids as string[]) : null;
  }
  return null;
}

/** Records every write made through the convening schema's model, naming the convenings it wrote. */
export function recordProgrammeChangeOnWrite(schema: Schema) {
  schema.post([...QUERY_WRITES], async function (this: WriteQuery) {
    await recordProgrammeChange(idsNamedBy(this));
  });
  schema.post("save", async (doc: { _id: unknown }) => recordProgrammeChange([String(doc._id)]));
  schema.post("insertMany", async (docs: Array<{ _id: unknown }>) =>
    recordProgrammeChange(docs.map((doc) => String(doc._id))),
  );
}
