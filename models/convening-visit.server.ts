// When each signed-in person last opened each convening, for "changed since your last visit" marks.
import { Schema } from "mongoose";
import { registerModel } from "./register-model.server";
import { upsertRacingSafely } from "./duplicate-key.server";

const conveningVisitSchema = new Schema({
  // "<personId>:<conveningId>": FerretDB on SQLite only uses an index for _id equality.
  _id: { type: String, required: true },
  personId: { type: Schema.Types.ObjectId, ref: "Person", required: true },
  conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
  lastVisitedAt: { type: Date, required: true },
});
conveningVisitSchema.index({ personId: 1, conveningId: 1 }, { unique: true });

export const ConveningVisit = registerModel("ConveningVisit", conveningVisitSchema);

/** Records a visit now and returns the previous one (null on a first visit), in one atomic update. */
export async function recordVisit(personId: string, conveningId: string, at = new Date()): Promise<Date | null> {
  const previous = await upsertRacingSafely(() =>
    ConveningVisit.findOneAndUpdate(
      { _id: `${personId}:${conveningId}` },
      { $set: { lastVisitedAt: at }, $setOnInsert: { personId, conveningId } },
      { upsert: true, new: false },
    ).lean(),
  );
  return previous?.lastVisitedAt ?? null;
}
