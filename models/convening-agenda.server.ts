// A read copy of each convening's agenda, one document per convening keyed by the convening's id.
// FerretDB on SQLite only uses an index for `_id` equality: finding sessions by conveningId scans
// every session in the programme, so agenda pages read this copy by _id instead. The sessions
// collection stays the source of truth; a hook on the session schema (refreshAgendaCopyOnWrite)
// rebuilds the copy after every write made through the model, so no caller has to remember to.
import { Schema, Types, type Query } from "mongoose";
import { registerModel } from "./register-model.server";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { recordProgrammeChange } from "./programme-token.server";
import { QUERY_WRITES } from "./query-writes.server";

const conveningAgendaSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true }, // the convening's id
    sessions: { type: [Schema.Types.Mixed], default: [] },
    builtAt: { type: Date, required: true },
    shape: { type: Number, default: 1 },
  },
  { versionKey: false },
);

export const ConveningAgenda = registerModel("ConveningAgenda", conveningAgendaSchema);

// Raised whenever the fields a copy carries change: an older copy is then rebuilt on its next read.
// 2: sessions carry createdAt, so calendar feeds read the copy too. 3: and their Welsh versions.
const COPY_SHAPE = 3;

/**
 * The stored copy's sessions, as the session documents they were written from (the caller's
 * mapper reads them), or null when there is no copy yet.
 */
export async function readAgendaCopy<TSession>(conveningId: string): Promise<TSession[] | null> {
  const doc = await ConveningAgenda.findById(conveningId).lean();
  return doc && doc.shape === COPY_SHAPE ? (doc.sessions as TSession[]) : null;
}

/**
 * Stores a copy built from a read that started at `builtAt`, unless a copy from a later read is
 * there already (two saves racing: the later read has seen both).
 */
export async function writeAgendaCopy(conveningId: string, sessions: Array<Record<string, unknown>>, builtAt: Date) {
  try {
    await ConveningAgenda.updateOne(
      { _id: conveningId, builtAt: { $lte: builtAt } },
      { $set: { sessions, builtAt, shape: COPY_SHAPE } },
      { upsert: true },
    );
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error; // a newer copy exists
  }
  // After the write: a feed that read the programme before it reads this convening again.
  await recordProgrammeChange([conveningId]);
}

type SessionQuery = Query<unknown, unknown>;

const asId = (value: unknown) => (typeof value === "string" || value instanceof Types.ObjectId ? String(value) : null);

/**
 * The convenings whose agenda a query write can change: the one its filter names, else those of
 * the sessions it matches (read before the write), plus any convening the update moves them to.
 */
async function conveningIdsTouchedBy(query: SessionQuery): Promise<string[]> {
  const ids = new Set<string>();
  const named = asId(query.getFilter().conveningId);
  if (named) ids.add(named);
  else {
    const conveningIds: unknown[] = await query.model.distinct("conveningId", query.getFilter());
    for (const conveningId of conveningIds) ids.add(String(conveningId));
  }
  const update = query.getUpdate() as Record<string, Record<string, unknown> | undefined> | null;
  for (const part of [update, update?.$set, update?.$setOnInsert]) {
    const moved = asId(part?.conveningId);
    if (moved) ids.add(moved);
  }
  return [...ids];
}

/**
 * Keeps the agenda copy right on every write made through the session model (as change tokens
 * are kept): creates, inserts, updates, replaces and deletes rebuild the copies of the
 * convenings they touch. Driver calls (`Model.collection`) and bulkWrite bypass it.
 */
export function refreshAgendaCopyOnWrite(schema: Schema, rebuild: (conveningIds: string[]) => Promise<unknown>) {
  const touched = new WeakMap<SessionQuery, string[]>();
  schema.pre([...QUERY_WRITES], async function (this: SessionQuery) {
    touched.set(this, await conveningIdsTouchedBy(this));
  });
  schema.post([...QUERY_WRITES], async function (this: SessionQuery) {
    const ids = touched.get(this) ?? [];
    if (ids.length > 0) await rebuild(ids);
  });
  schema.post("save", async (session: { conveningId: unknown }) => {
    await rebuild([String(session.conveningId)]);
  });
  schema.post("insertMany", async (sessions: Array<{ conveningId: unknown }>) => {
    await rebuild([...new Set(sessions.map((session) => String(session.conveningId)))]);
  });
}

/**
 * Stores the first copies of convenings that had none, in one write (the seed's bulk load): a
 * guarded upsert per convening, as writeAgendaCopy does, scans every copy on FerretDB.
 */
export async function insertAgendaCopies(
  copies: Array<{ conveningId: string; sessions: Array<Record<string, unknown>> }>,
  builtAt: Date,
) {
  if (copies.length === 0) return;
  await ConveningAgenda.insertMany(
    copies.map(({ conveningId, sessions }) => ({ _id: conveningId, sessions, builtAt, shape: COPY_SHAPE })),
  );
  await recordProgrammeChange(copies.map(({ conveningId }) => conveningId));
}
