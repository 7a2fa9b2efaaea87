// Deleting a draft that was never published, with everything that hangs off it (decision 036).
// The order makes it safe to run again after a crash: the draft is marked first (from then on it
// cannot be published), then its children go, then the convening itself. Whatever was cut off is
// finished by running the deletion again, from the page or the repair pass.
import mongoose, { type Model } from "mongoose";
import { AttentionDismissal } from "./attention-dismissal.server";
import { ChangeNoticeClaim } from "./change-notice-claim.server";
import { ChangeNoticeItem } from "./change-notice.server";
import { ConveningAgenda } from "./convening-agenda.server";
import { ConveningRoster } from "./convening-roster.server";
import { Convening } from "./convening.server";
import { LodgingPlanCopy, TravelPlanCopy } from "./exchange-plan-copy.server";
import { FollowUpAction } from "./follow-up-action.server";
import { isValidId } from "./ids.server";
import { allModels } from "./index.server";
import { PersonRegistrations } from "./person-registrations.server";
import { Registration } from "./registration.server";
import { ConveningResources } from "./resource.server";
import { RESOURCE_BUCKET_PREFIX } from "./resource-file.server";
import { SessionNotes, SessionNotesClaim } from "./session-note.server";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- differently typed models
type AnyModel = Model<any>;

/** Documents whose _id is the convening's id (copies and per-convening lists). */
export const KEYED_BY_CONVENING_ID: AnyModel[] = [
  ConveningAgenda,
  ConveningRoster,
  ConveningResources,
  SessionNotes,
  TravelPlanCopy,
  LodgingPlanCopy,
];

/** Documents whose string _id (or batch id) starts with the convening's id and a separator. */
const KEYED_BY_ID_PREFIX: Array<{ model: AnyModel; field: string; separator: string }> = [
  { model: SessionNotesClaim, field: "_id", separator: "#" },
  { model: ChangeNoticeClaim, field: "_id", separator: ":" },
  { model: ChangeNoticeItem, field: "batchId", separator: ":" },
];

/** Models with a conveningId that stay: a city's follow-up actions are its work, and only lose the link. */
const KEPT_WHEN_DELETED: AnyModel[] = [FollowUpAction];

/** Every model holding one document or more per convening by a `conveningId` field. */
export function modelsWithConveningId(): AnyModel[] {
  return allModels.filter(
    (model) => model !== Convening && !KEPT_WHEN_DELETED.includes(model) && model.schema.path("conveningId"),
  );
}

export type DeletionResult = { ok: true } | { ok: false; reason: "missing" | "not-draft" };

/** Removes a draft and everything keyed by it; safe to run again on a draft whose deletion was cut off. */
export async function deleteDraftConvening(id: string): Promise<DeletionResult> {
  if (!isValidId(id)) return { ok: false, reason: "missing" };
  const marked = await Convening.updateOne({ _id: id, status: "draft" }, { $set: { deletingAt: new Date() } });
  if (marked.matchedCount === 0) {
    return (await Convening.exists({ _id: id }))
      ? { ok: false, reason: "not-draft" }
      : { ok: false, reason: "missing" };
  }
  await removeChildren(id);
  await Convening.deleteOne({ _id: id, status: "draft" });
  return { ok: true };
}

async function removeChildren(id: string) {
  // Through the model, so its hook takes the registrations out of rosters and person indexes.
  await Registration.deleteMany({ conveningId: id });
  await PersonRegistrations.updateMany({ [`entries.${id}`]: { $exists: true } }, { $unset: { [`entries.${id}`]: "" } });
  for (const model of modelsWithConveningId()) await model.deleteMany({ conveningId: id });
  for (const model of KEYED_BY_CONVENING_ID) await model.deleteOne({ _id: id });
  for (const { model, field, separator } of KEYED_BY_ID_PREFIX)
    await model.deleteMany({ [field]: { $regex: `^${id}${separator}` } });
  for (const model of KEPT_WHEN_DELETED) await model.updateMany({ conveningId: id }, { $set: { conveningId: null } });
  await removeDismissals(id);
  await dropResourceBucket(id);
}

/** Set-aside queue items naming the convening: their keys end in or contain ":<id>". */
async function removeDismissals(id: string) {
  const docs = await AttentionDismissal.find({}).select("items").lean<Array<{ _id: unknown; items?: object }>>();
  for (const doc of docs) {
    const keys = Object.keys(doc.items ?? {}).filter((key) => key.split(":").includes(id));
    if (keys.length > 0)
      await AttentionDismissal.updateOne(
        { _id: doc._id },
        { $unset: Object.fromEntries(keys.map((key) => [`items.${key}`, ""])) },
      );
  }
}

/** The convening's GridFS bucket (its .files and .chunks collections) goes whole. */
async function dropResourceBucket(id: string) {
  const db = mongoose.connection.db;
  if (!db) throw new Error("The database is not connected");
  const bucket = `${RESOURCE_BUCKET_PREFIX}${id.toLowerCase()}`;
  const names = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((info) => info.name));
  for (const name of [`${bucket}.files`, `${bucket}.chunks`]) if (names.has(name)) await db.collection(name).drop();
}

/** The repair pass: finishes every deletion a crash cut off. Returns how many it finished. */
export async function finishInterruptedDeletions(): Promise<number> {
  // The mark is checked here rather than in the filter: a draft never marked must not be touched.
  const drafts = await Convening.find({ status: "draft" }).select("deletingAt").lean();
  const marked = drafts.filter((doc) => doc.deletingAt instanceof Date);
  for (const doc of marked) await deleteDraftConvening(String(doc._id));
  return marked.length;
}
