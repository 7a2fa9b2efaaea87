// What a learning exchange spent on each delegate: one document per cost line (travel, lodging,
// per diem, other), an amount in whole minor units of its currency. Lines are inserted and
// deleted, never updated, so two managers adding costs at once both keep theirs.
import { Schema } from "mongoose";
import { COST_CATEGORIES, type CostCategory } from "~/domain/vocabulary/delegate-costs";
import { CURRENCY_CODES, type CurrencyCode } from "~/domain/vocabulary/currencies";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { idOrNull, isValidId, newId } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";

const delegateCostSchema = new Schema(
  {
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true, index: true },
    personId: { type: Schema.Types.ObjectId, ref: "Person", required: true },
    // The delegate's city when the cost was recorded: city totals stay put if they move city.
    cityId: { type: Schema.Types.ObjectId, ref: "City", default: null },
    category: { type: String, enum: COST_CATEGORIES, required: true },
    description: { type: String, default: "", maxlength: 200 },
    amountMinor: { type: Number, required: true, min: 1, validate: Number.isSafeInteger },
    currency: { type: String, enum: CURRENCY_CODES, required: true },
    createdById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
  },
  { timestamps: true },
);
delegateCostSchema.index({ conveningId: 1, personId: 1 });

export const DelegateCost = registerModel("DelegateCost", delegateCostSchema);

type DelegateCostDoc = LeanDocument<typeof delegateCostSchema>;

export type DelegateCostRecord = {
  id: string;
  conveningId: string;
  personId: string;
  cityId: string | null;
  category: CostCategory;
  description: string;
  amountMinor: number;
  currency: CurrencyCode;
  createdAt: Date;
};

export type NewDelegateCost = Omit<DelegateCostRecord, "id" | "createdAt"> & { createdById: string };

const COST_FIELDS = "conveningId personId cityId category description amountMinor currency createdAt";

function toRecord(doc: DelegateCostDoc): DelegateCostRecord {
  return {
    id: String(doc._id),
    conveningId: String(doc.conveningId),
    personId: String(doc.personId),
    cityId: idOrNull(doc.cityId),
    category: doc.category,
    description: doc.description ?? "",
    amountMinor: doc.amountMinor,
    currency: doc.currency,
    createdAt: doc.createdAt,
  };
}

/** Every cost line of an exchange, oldest first: one query. */
export async function listCostsOfConvening(conveningId: string): Promise<DelegateCostRecord[]> {
  if (!isValidId(conveningId)) return [];
  const docs = await DelegateCost.find({ conveningId }).select(COST_FIELDS).sort({ createdAt: 1, _id: 1 }).lean();
  return docs.map(toRecord);
}

/** One delegate's cost lines for an exchange, oldest first. */
export async function listCostsOfDelegate(conveningId: string, personId: string): Promise<DelegateCostRecord[]> {
  if (!isValidId(conveningId) || !isValidId(personId)) return [];
  const docs = await DelegateCost.find({ conveningId, personId })
    .select(COST_FIELDS)
    .sort({ createdAt: 1, _id: 1 })
    .lean();
  return docs.map(toRecord);
}

/** An id for a new-cost form to send back, so that the same form sent twice adds one line. */
export const newCostSubmissionId = newId;

/**
 * Adds the line under the id its form was given, once: the same form sent again finds it there
 * ("already-added"); an id already used for another delegate's or person's line is "conflict".
 */
export async function addDelegateCostOnce(
  id: string,
  line: NewDelegateCost,
): Promise<"added" | "already-added" | "conflict"> {
  if (!isValidId(id)) return "conflict";
  try {
    await DelegateCost.create({ _id: id, ...line });
    return "added";
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await DelegateCost.findById(id).select("conveningId personId createdById").lean();
    const isSameForm =
      existing &&
      String(existing.conveningId) === line.conveningId &&
      String(existing.personId) === line.personId &&
      String(existing.createdById) === line.createdById;
    return isSameForm ? "already-added" : "conflict";
  }
}

/** Deletes one of the delegate's lines; false when there is no such line of theirs. */
export async function removeDelegateCost(conveningId: string, personId: string, lineId: string): Promise<boolean> {
  if (!isValidId(conveningId) || !isValidId(personId) || !isValidId(lineId)) return false;
  const result = await DelegateCost.deleteOne({ _id: lineId, conveningId, personId });
  return result.deletedCount === 1;
}
