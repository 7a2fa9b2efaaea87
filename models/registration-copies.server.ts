// Keeps the registrations' two copies right on every write made through the registration model,
// as change tokens are kept: each convening's roster and each person's registrations index
// (decision 020). An entry is always written from the registration as stored, read inside its
// convening's turn, so the last write of a registration in this process is the one its copies
// show; the repair pass rewrites what a write from another process lost.
import { Types, type Model, type Query, type Schema } from "mongoose";
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";
import { findLeanByIds } from "./by-id.server";
import {
  listAllRosters,
  serialByConvening,
  writeRosterEntries,
  writeRosterEntriesInBulk,
  type RosterEntryFields,
} from "./convening-roster.server";
import {
  listAllPersonIndexes,
  readPersonRegistrations,
  serialByPerson,
  writePersonEntries,
  writePersonEntriesInBulk,
  type PersonRegistrationFields,
} from "./person-registrations.server";
import { QUERY_WRITES } from "./query-writes.server";
import { createBatchByKey } from "./serial-by-key";

type StoredRegistration = {
  _id: unknown;
  conveningId: unknown;
  personId: unknown;
  cityId?: unknown;
  status: RegistrationStatus;
  queueKey?: string | null;
};
type Keys = { conveningId: string; personId: string };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registration model, typed by its own module
type RegistrationModel = Model<any>;

const COPIED_FIELDS = new Set(["conveningId", "personId", "cityId", "status", "queueKey"]);
const TRUTH_FIELDS = "conveningId personId cityId status queueKey";

// A registration's convening and person never change: remembered so a status move needs one read.
const MAX_REMEMBERED_KEYS = 100_000;
const keysById = new Map<string, Keys>();
function remember(id: string, keys: Keys) {
  if (keysById.size >= MAX_REMEMBERED_KEYS) keysById.delete(keysById.keys().next().value as string);
  keysById.set(id, keys);
}
const keysOfDoc = (doc: StoredRegistration): Keys => ({
  conveningId: String(doc.conveningId),
  personId: String(doc.personId),
});

const rosterEntry = (doc: StoredRegistration): RosterEntryFields => ({
  personId: String(doc.personId),
  cityId: doc.cityId ? String(doc.cityId) : null,
  status: doc.status,
  queueKey: doc.queueKey ?? "",
});
const personEntry = (doc: StoredRegistration): PersonRegistrationFields => ({
  registrationId: String(doc._id),
  status: doc.status,
});

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

// Beyond this many at once the embedded database is kept busy: larger sets go in chunks or in bulk.
const CHUNK = 64;

/** The registrations with these ids as stored, read by _id in chunks (a `$in` would scan on FerretDB). */
async function readByIds(model: RegistrationModel, ids: string[], select: string) {
  const docs: StoredRegistration[] = [];
  for (let offset = 0; offset < ids.length; offset += CHUNK)
    docs.push(...(await findLeanByIds<StoredRegistration>(model, ids.slice(offset, offset + CHUNK), select)));
  return docs;
}

/**
 * Writes the copies of one convening's registrations from `docs` (null: the registration is gone):
 * the roster now, in the convening's turn; the person indexes queued in their people's turns,
 * settling with the promise returned, so the convening's next turn need not wait for them.
 */
async function writeCopies(
  conveningId: string,
  rows: Array<{ id: string; keys: Keys; doc: StoredRegistration | null }>,
  isOneAtATime: boolean,
): Promise<{ personWrites: Promise<unknown> }> {
  const set = new Map<string, RosterEntryFields>();
  const unset: string[] = [];
  for (const { id, doc } of rows) {
    if (doc) set.set(id, rosterEntry(doc));
    else unset.push(id);
  }
  await writeRosterEntries(conveningId, set, unset);
  const present = rows.flatMap(({ keys, doc }) => (doc ? [{ ...keys, entry: personEntry(doc) }] : []));
  // Many at once in the repair pass (building copies of old data): in bulk, without per-person turns.
  const isBulk = isOneAtATime && present.length > CHUNK;
  if (isBulk) await writePersonEntriesInBulk(present);
  // Queued before the turn ends: a later turn's writes of the same person come after these.
  const personWrites = Promise.all(
    rows.map(({ keys, doc }) =>
      !doc
        ? serialByPerson(keys.personId, () => writePersonEntries(keys.personId, new Map(), [conveningId]))
        : isBulk
          ? undefined
          : serialByPerson(keys.personId, () =>
              writePersonEntries(keys.personId, new Map([[conveningId, personEntry(doc)]])),
            ),
    ),
  );
  return { personWrites };
}

type Row = { id: string; keys: Keys };

/** One turn of a convening: its registrations read as stored now, then their copies written. */
async function syncConveningRows(model: RegistrationModel, conveningId: string, rows: Row[], isOneAtATime: boolean) {
  // Read inside the turn: a write that ended before this turn began is what the copy shows.
  const docs = await readByIds(model, [...new Set(rows.map((row) => row.id))], TRUTH_FIELDS);
  const byId = new Map(docs.map((doc) => [String(doc._id), doc]));
  const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
  return writeCopies(
    conveningId,
    unique.map((row) => ({ ...row, doc: byId.get(row.id) ?? null })),
    isOneAtATime,
  );
}

// A burst of registrations for one convening (200 at once) shares its turns: one read and one
// roster write for all the registrations that arrived while the previous turn ran.
const batches = new WeakMap<
  RegistrationModel,
  (conveningId: string, rows: Row[]) => Promise<{ personWrites: Promise<unknown> }>
>();
function conveningBatch(model: RegistrationModel) {
  let batch = batches.get(model);
  if (!batch) {
    batch = createBatchByKey(serialByConvening, (conveningId: string, rows: Row[]) =>
      syncConveningRows(model, conveningId, rows, false),
    );
    batches.set(model, batch);
  }
  return batch;
}

/**
 * Rewrites the copies of these registrations from what is stored now (gone ones are taken out),
 * convening by convening in parallel, or one after another when `isOneAtATime` (the repair pass).
 */
export async function syncRegistrationCopies(model: RegistrationModel, ids: string[], isOneAtATime = false) {
  const unknown = ids.filter((id) => !keysById.has(id));
  for (const doc of await readByIds(model, unknown, "conveningId personId")) remember(String(doc._id), keysOfDoc(doc));
  const known = ids.flatMap((id) => {
    const keys = keysById.get(id);
    return keys ? [{ id, keys }] : []; // never stored, or gone before its keys were read
  });
  const groups = [...groupBy(known, (row) => row.keys.conveningId)];
  if (isOneAtATime) {
    for (const [conveningId, rows] of groups)
      await (
        await serialByConvening(conveningId, () => syncConveningRows(model, conveningId, rows, true))
      ).personWrites;
    return;
  }
  await Promise.all(
    groups.map(async ([conveningId, rows]) => (await conveningBatch(model)(conveningId, rows)).personWrites),
  );
}

/**
 * Copies of registrations just inserted in bulk (the seed, tests), from the inserted documents:
 * new rosters and indexes in one insert each, existing ones updated a few at a time, since
 * thousands of parallel writes leave the embedded database busy. A bulk load has nothing racing it.
 */
async function copyInserted(docs: StoredRegistration[]) {
  const rows = docs.map((doc) => ({ id: String(doc._id), keys: keysOfDoc(doc), doc }));
  for (const row of rows) remember(row.id, row.keys);
  await writeRosterEntriesInBulk(
    new Map(
      [...groupBy(rows, (row) => row.keys.conveningId)].map(([conveningId, group]) => [
        conveningId,
        new Map(group.map((row) => [row.id, rosterEntry(row.doc)])),
      ]),
    ),
  );
  await writePersonEntriesInBulk(
    rows.map((row) => ({
      personId: row.keys.personId,
      conveningId: row.keys.conveningId,
      entry: personEntry(row.doc),
    })),
  );
}

function touchesCopiedFields(update: unknown): boolean {
  if (!update || typeof update !== "object") return false;
  if (Array.isArray(update)) return true;
  return Object.entries(update).some(([key, value]) =>
    key.startsWith("$")
      ? typeof value === "object" && value !== null && Object.keys(value).some((field) => COPIED_FIELDS.has(field))
      : COPIED_FIELDS.has(key),
  );
}

function idsNamedBy(filter: Record<string, unknown>): string[] | null {
  const id = filter._id;
  if (typeof id === "string" || id instanceof Types.ObjectId) return [String(id)];
  const list = (id as { $in?: unknown[] } | undefined)?.$in;
  return Array.isArray(list) ? list.map(String) : null;
}

type WriteQuery = Query<unknown, unknown>;

/**
 * The hook: creates and inserts copy the new registrations; query writes that name registrations
 * by _id resync those; other query writes that change a copied field or delete (bulk changes,
 * deletion on request, the seed's upserts) find what they touch first. Driver calls
 * (`Model.collection`) bypass it, and the repair pass puts their effects right.
 */
export function keepRegistrationCopiesOnWrite(schema: Schema) {
  const touched = new WeakMap<WriteQuery, string[]>();
  schema.pre([...QUERY_WRITES], async function (this: WriteQuery) {
    const { op } = this as unknown as { op: string };
    const isDelete = op === "deleteOne" || op === "deleteMany" || op === "findOneAndDelete";
    if (!isDelete && !touchesCopiedFields(this.getUpdate())) return;
    const filter = this.getFilter();
    const named = idsNamedBy(filter);
    const model = this.model as RegistrationModel;
    const docs: StoredRegistration[] = named
      ? await findLeanByIds<StoredRegistration>(
          model,
          named.filter((id) => !keysById.has(id)),
          "conveningId personId",
        )
      : await model.find(filter).select("conveningId personId").lean<StoredRegistration[]>();
    for (const doc of docs) remember(String(doc._id), keysOfDoc(doc));
    touched.set(this, named ?? docs.map((doc) => String(doc._id)));
  });
  schema.post([...QUERY_WRITES], async function (this: WriteQuery, result: unknown) {
    const ids = [...(touched.get(this) ?? [])];
    const upserted = (result as { upsertedId?: unknown } | null)?.upsertedId;
    if (upserted) ids.push(String(upserted));
    if (ids.length > 0) await syncRegistrationCopies(this.model as RegistrationModel, ids);
  });
  schema.post("save", async function (doc: StoredRegistration) {
    remember(String(doc._id), keysOfDoc(doc));
    await syncRegistrationCopies(doc.constructor as RegistrationModel, [String(doc._id)]);
  });
  schema.post("insertMany", async (docs: StoredRegistration[]) => copyInserted(docs));
}

/**
 * The repair pass: compares every roster and person index with the registrations (one scan of
 * each) and rewrites the entries that differ from what is stored, each read again inside its
 * convening's turn. Builds the copies of registrations written before there were copies, too.
 * Returns how many registrations' copies were rewritten.
 */
export async function repairRegistrationCopies(model: RegistrationModel): Promise<number> {
  const [registrations, rosters, indexes] = await Promise.all([
    model.find({}).select(TRUTH_FIELDS).lean<StoredRegistration[]>(),
    listAllRosters(),
    listAllPersonIndexes(),
  ]);
  const stale = new Set<string>();
  const expected = new Set<string>();
  for (const doc of registrations) {
    const id = String(doc._id);
    const keys = keysOfDoc(doc);
    expected.add(id);
    remember(id, keys);
    const inRoster = rosters.get(keys.conveningId)?.entries.find((entry) => entry.id === id);
    const inIndex = indexes.get(keys.personId)?.find((entry) => entry.conveningId === keys.conveningId);
    const want = rosterEntry(doc);
    const isRosterRight =
      inRoster?.personId === want.personId &&
      inRoster.cityId === want.cityId &&
      inRoster.status === want.status &&
      inRoster.queueKey === want.queueKey;
    const isIndexRight = inIndex?.registrationId === id && inIndex.status === doc.status;
    if (!isRosterRight || !isIndexRight) stale.add(id);
  }
  // Entries of registrations that are gone: their keys come from the copy itself.
  for (const [conveningId, roster] of rosters)
    for (const entry of roster.entries)
      if (!expected.has(entry.id)) {
        remember(entry.id, { conveningId, personId: entry.personId });
        stale.add(entry.id);
      }
  const orphans = [...indexes].flatMap(([personId, entries]) =>
    entries.filter((entry) => !expected.has(entry.registrationId)).map((entry) => ({ personId, ...entry })),
  );
  // Orphans first, each checked again in its turn: a registration made since the scan keeps its entry.
  for (const { personId, conveningId, registrationId } of orphans)
    await serialByPerson(personId, async () => {
      const current = (await readPersonRegistrations(personId)).find((entry) => entry.conveningId === conveningId);
      if (current?.registrationId !== registrationId || (await model.exists({ _id: registrationId }))) return;
      await writePersonEntries(personId, new Map(), [conveningId]);
    });
  await syncRegistrationCopies(model, [...stale], true);
  return stale.size + orphans.length;
}
