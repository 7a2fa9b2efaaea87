// Change history of published convenings and their sessions: who changed what, when, from what to what.
import mongoose, { Schema } from "mongoose";
import type { FieldChange } from "~/domain/agenda/changes";
import { CHANGE_KINDS, type ChangeKind } from "~/domain/vocabulary/convenings";
import { idOrNull, isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

const fieldChangeSchema = new Schema(
  { field: { type: String, required: true }, from: { type: String, default: "" }, to: { type: String, default: "" } },
  { _id: false },
);

const conveningChangeSchema = new Schema({
  conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
  sessionId: { type: Schema.Types.ObjectId, ref: "AgendaSession", default: null },
  kind: { type: String, enum: CHANGE_KINDS, required: true },
  subject: { type: String, required: true }, // the convening's or session's title at the time
  timeZone: { type: String, required: true }, // to show moved times at the place
  personId: { type: Schema.Types.ObjectId, ref: "Person", default: null },
  personName: { type: String, default: "" },
  at: { type: Date, required: true },
  changes: { type: [fieldChangeSchema], default: [] },
  reason: { type: String, default: "" },
});
conveningChangeSchema.index({ conveningId: 1, at: -1 });

export const ConveningChange = registerModel("ConveningChange", conveningChangeSchema);

export type ChangeEntry = {
  id: string;
  conveningId: string;
  sessionId: string | null;
  kind: ChangeKind;
  subject: string;
  timeZone: string;
  personId: string | null;
  personName: string;
  at: Date;
  changes: FieldChange[];
  reason: string;
};

export async function recordChange(change: Omit<ChangeEntry, "id" | "at"> & { at?: Date }) {
  const at = change.at ?? new Date();
  await ConveningChange.create({ ...change, at });
  // By name: convening.server.ts imports this module, so importing the model back would be circular.
  await mongoose.model("Convening").updateOne({ _id: change.conveningId }, { $set: { lastChangeAt: at } });
}

/** A convening's changes, newest first (optionally only those after an instant). */
export async function listChanges(conveningId: string, options: { since?: Date | null } = {}): Promise<ChangeEntry[]> {
  if (!isValidId(conveningId)) return [];
  const filter: Record<string, unknown> = { conveningId };
  if (options.since) filter.at = { $gt: options.since };
  const docs = await ConveningChange.find(filter)
    .select("conveningId sessionId kind subject timeZone personId personName at changes reason")
    .sort({ at: -1 })
    .limit(500)
    .lean();
  return docs.map((doc) => ({
    id: String(doc._id),
    conveningId: String(doc.conveningId),
    sessionId: idOrNull(doc.sessionId),
    kind: doc.kind,
    subject: doc.subject,
    timeZone: doc.timeZone,
    personId: idOrNull(doc.personId),
    personName: doc.personName ?? "",
    at: doc.at,
    changes: (doc.changes ?? []).map(({ field, from, to }) => ({ field, from: from ?? "", to: to ?? "" })),
    reason: doc.reason ?? "",
  }));
}
