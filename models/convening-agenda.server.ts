// A read copy of each convening's agenda, one document per convening keyed by the convening's id.
// FerretDB on SQLite only uses an index for `_id` equality: finding sessions by conveningId scans
// every session in the programme, so agenda pages read this copy by _id instead. The sessions
// collection stays the source of truth; agenda-session.server.ts refreshes the copy on each write.
import { Schema, type Types } from "mongoose";
import { registerModel } from "./register-model.server";
import { isDuplicateKeyError } from "./duplicate-key.server";

const conveningAgendaSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true }, // the convening's id
    sessions: { type: [Schema.Types.Mixed], default: [] },
    builtAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const ConveningAgenda = registerModel("ConveningAgenda", conveningAgendaSchema);

/** The stored copy's sessions (plain objects as written), or null when there is no copy yet. */
export async function readAgendaCopy(conveningId: string): Promise<Array<Record<string, unknown>> | null> {
  const doc = await ConveningAgenda.findById(conveningId).lean<{ sessions: Array<Record<string, unknown>> } | null>();
  return doc ? doc.sessions : null;
}

/**
 * Stores a copy built from a read that started at `builtAt`, unless a copy from a later read is
 * there already (two saves racing: the later read has seen both).
 */
export async function writeAgendaCopy(conveningId: string | Types.ObjectId, sessions: Array<Record<string, unknown>>, builtAt: Date) {
  try {
    await ConveningAgenda.updateOne({ _id: conveningId, builtAt: { $lte: builtAt } }, { $set: { sessions, builtAt } }, { upsert: true });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error; // a newer copy exists
  }
}
