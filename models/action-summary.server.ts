// Stored summaries of follow-up actions (app/domain/follow-ups/action-summary.ts): one for the
// programme ("programme") and one per city ("city:<id>"), read by _id alone, the one read
// FerretDB serves from an index. Each carries a revision, and a change is written only over the
// revision it was computed from. FerretDB's conditional updates are read-modify-write, so two
// writers could both pass a revision check: the next revision is claimed by inserting a claim
// document with a unique _id first (as place seats are, decision 002), and only its one winner
// writes the summary.
import { randomUUID } from "node:crypto";
import { Schema } from "mongoose";
import type { Summary } from "~/domain/follow-ups/action-summary";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { registerModel } from "./register-model.server";

const actionSummarySchema = new Schema(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    /** New at every rebuild: claims of an earlier generation (a writer cut off) never block. */
    generation: { type: String, required: true },
    /**
     * The summary as JSON text. FerretDB v1 skips a $set of an embedded document it wrongly finds
     * equal to the stored one (same number of fields, same values, other names): text is compared
     * exactly, and one field is cheaper to read than thousands.
     */
    body: { type: String, required: true },
    builtAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const ActionSummaryDocument = registerModel("ActionSummary", actionSummarySchema);

const actionSummaryClaimSchema = new Schema(
  { _id: { type: String, required: true }, claimedAt: { type: Date, required: true } },
  { versionKey: false },
);
export const ActionSummaryClaim = registerModel("ActionSummaryClaim", actionSummaryClaimSchema);

/** Claims kept behind the latest, so a slow writer's late claim of an old revision still fails. */
const CLAIMS_KEPT = 8;

export const PROGRAMME_SUMMARY_ID = "programme";
export const citySummaryId = (cityId: string) => `city:${cityId}`;

export type StoredSummary = { id: string; revision: number; generation: string; summary: Summary };

export async function readStoredSummary(id: string): Promise<StoredSummary | null> {
  const doc = await ActionSummaryDocument.findById(id).lean();
  if (!doc) return null;
  return { id, revision: doc.revision, generation: doc.generation, summary: JSON.parse(doc.body) as Summary };
}

const claimId = (id: string, generation: string, revision: number) => `${id}#${generation}#${revision}`;

/**
 * Stores a summary over the revision it was computed from (null: there was none; a new
 * generation starts). false when another writer got there first: the caller reads again.
 */
export async function storeSummaryOver(
  id: string,
  over: Pick<StoredSummary, "revision" | "generation"> | null,
  summary: Summary,
): Promise<boolean> {
  const fields = { body: JSON.stringify(summary), builtAt: new Date() };
  if (over === null) {
    try {
      await ActionSummaryDocument.create({ _id: id, revision: 1, generation: randomUUID(), ...fields });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
  const revision = over.revision + 1;
  try {
    await ActionSummaryClaim.create({ _id: claimId(id, over.generation, revision), claimedAt: new Date() });
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
  const result = await ActionSummaryDocument.updateOne({ _id: id }, { $set: { ...fields, revision } });
  await ActionSummaryClaim.deleteOne({ _id: claimId(id, over.generation, revision - CLAIMS_KEPT) });
  return result.matchedCount === 1;
}

/** Whether any summary is stored (one read of a collection of at most a city's count plus one). */
export async function hasSummaries(): Promise<boolean> {
  return (await ActionSummaryDocument.exists({})) !== null;
}

/** Forgets a summary: its next read rebuilds it from the actions. */
export async function dropSummaries(ids: string[]) {
  await Promise.all(ids.map((id) => ActionSummaryDocument.deleteOne({ _id: id })));
}
