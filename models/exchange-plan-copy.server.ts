// Read copies of a learning exchange's travel and of its lodging, one document each per convening
// keyed by the convening's id. FerretDB only uses an index for `_id` equality, so the itinerary
// page reads these by _id instead of scanning segments, hotels and room assignments by conveningId.
// The collections stay the source of truth: their model functions rebuild the copy after each write.
import { Schema } from "mongoose";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

function planCopySchema() {
  return new Schema(
    {
      _id: { type: Schema.Types.ObjectId, required: true }, // the convening's id
      content: { type: Schema.Types.Mixed, default: null },
      builtAt: { type: Date, required: true },
    },
    { versionKey: false, minimize: false },
  );
}

export const TravelPlanCopy = registerModel("TravelPlanCopy", planCopySchema());
export const LodgingPlanCopy = registerModel("LodgingPlanCopy", planCopySchema());

type PlanCopyModel = typeof TravelPlanCopy;

/** The stored copy's content, as the documents it was written from, or null when there is none yet. */
export async function readPlanCopy<TContent>(model: PlanCopyModel, conveningId: string): Promise<TContent | null> {
  if (!isValidId(conveningId)) return null;
  const doc = await model.findById(conveningId).lean();
  return doc ? (doc.content as TContent) : null;
}

/**
 * Stores a copy built from reads that started at `builtAt`, unless a copy from later reads is there
 * already (two writes racing: the later reads have seen both).
 */
export async function writePlanCopy(model: PlanCopyModel, conveningId: string, content: unknown, builtAt: Date) {
  try {
    await model.updateOne(
      { _id: conveningId, builtAt: { $lte: builtAt } },
      { $set: { content, builtAt } },
      { upsert: true },
    );
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error; // a newer copy exists
  }
}
