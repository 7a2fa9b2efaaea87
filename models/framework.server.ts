// The Inclusive Cities Framework: five principles and five themes, used to tag sessions and actions.
import { Schema } from "mongoose";
import { FRAMEWORK_KINDS, type FrameworkEntry } from "~/domain/vocabulary/framework";
import { registerModel } from "./register-model.server";

const frameworkItemSchema = new Schema({
  kind: { type: String, enum: FRAMEWORK_KINDS, required: true },
  number: { type: Number, required: true, min: 1 },
  code: { type: String, required: true, unique: true }, // "P1".."P5", "T1".."T5"
  title: { type: String, required: true },
});
frameworkItemSchema.index({ kind: 1, number: 1 }, { unique: true });

export const FrameworkItem = registerModel("FrameworkItem", frameworkItemSchema);

export async function upsertFrameworkItem(item: FrameworkEntry) {
  await FrameworkItem.updateOne({ code: item.code }, { $set: item }, { upsert: true });
}

export async function listFrameworkItems(): Promise<FrameworkEntry[]> {
  const docs = await FrameworkItem.find().select("-_id kind number code title").sort({ kind: 1, number: 1 }).lean();
  return docs.map(({ kind, number, code, title }) => ({ kind, number, code, title }));
}
