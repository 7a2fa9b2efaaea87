// Follow-up actions: raised at a convening (optionally a session) or in a city's action plan,
// owned by a city (and optionally a person), with a timeline of progress updates.
import { Schema, Types } from "mongoose";
import { ACTION_PRIORITIES, ACTION_STATUSES, type ActionStatus } from "~/domain/vocabulary/follow-ups";
import type { ActionFacts } from "~/domain/follow-ups/action-summary";
import { todayIn } from "~/domain/follow-ups/action-rules";
import { keepActionSummariesOnWrite } from "./action-summary-upkeep.server";
import { findLeanByIds } from "./by-id.server";
import { CHANGE_TOKENS, replaceChangeTokenOnWrite } from "./change-token.server";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { idOrNull, isValidId, newId, validIds } from "./ids.server";
import { findPersonViewsByIds } from "./person.server";
import { registerModel, type LeanDocument } from "./register-model.server";

const progressUpdateSchema = new Schema(
  {
    authorId: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    authorName: { type: String, required: true },
    at: { type: Date, required: true },
    text: { type: String, default: "", maxlength: 4000 },
    evidenceUrl: { type: String, default: "" },
    statusFrom: { type: String, enum: [...ACTION_STATUSES, null], default: null },
    statusTo: { type: String, enum: [...ACTION_STATUSES, null], default: null },
  },
  { _id: true },
);

const followUpActionSchema = new Schema(
  {
    title: { type: String, required: true, trim: true, maxlength: 200 },
    description: { type: String, default: "", maxlength: 4000 },
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", default: null, index: true },
    sessionId: { type: Schema.Types.ObjectId, ref: "AgendaSession", default: null },
    ownerCityId: { type: Schema.Types.ObjectId, ref: "City", required: true },
    ownerPersonId: { type: Schema.Types.ObjectId, ref: "Person", default: null, index: true },
    dueOn: { type: String, default: null }, // a calendar day, YYYY-MM-DD: due dates have no hour
    status: { type: String, enum: ACTION_STATUSES, required: true, default: "open" },
    priority: { type: String, enum: ACTION_PRIORITIES, required: true, default: "medium" },
    principles: { type: [String], default: [] }, // "P1".."P5"
    themes: { type: [String], default: [] }, // "T1".."T5"
    resourcesNeeded: { type: String, default: "", maxlength: 2000 },
    updates: { type: [progressUpdateSchema], default: [] },
    lastProgressAt: { type: Date, default: null },
    sequence: { type: Number, required: true, default: 0 }, // iCalendar SEQUENCE
    createdById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    seedKey: { type: String, default: undefined, index: { unique: true, sparse: true } }, // demo data only
    // The session-notes point this action was made from (app/notes), shown on the action page.
    sourceNote: { type: { conveningId: String, pointId: String }, default: null, _id: false },
  },
  { timestamps: true },
);
followUpActionSchema.index({ ownerCityId: 1, status: 1, dueOn: 1 });
followUpActionSchema.index({ status: 1, dueOn: 1 });
replaceChangeTokenOnWrite(followUpActionSchema, CHANGE_TOKENS.actions);
keepActionSummariesOnWrite(followUpActionSchema, {
  byIds: (ids) => readActionFacts({ ids }),
  idsMatching: async (filter) => (await FollowUpAction.find(filter).select("_id").lean()).map((doc) => String(doc._id)),
});

export const FollowUpAction = registerModel("FollowUpAction", followUpActionSchema);

// ---------------------------------------------------------------------------
// Named queries and updates. Reads return plain objects with string ids; every page loads its
// actions in one query whatever their number (aggregations for the dashboard's figures).

export type ProgressUpdate = {
  id: string;
  authorId: string | null;
  authorName: string;
  at: Date;
  text: string;
  evidenceUrl: string;
  statusFrom: ActionStatus | null;
  statusTo: ActionStatus | null;
};

export type ActionSummary = {
  id: string;
  title: string;
  status: ActionStatus;
  priority: (typeof ACTION_PRIORITIES)[number];
  dueOn: string | null;
  ownerCityId: string;
  ownerPersonId: string | null;
  conveningId: string | null;
  sessionId: string | null;
  themes: string[];
  principles: string[];
  lastProgressAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ActionDetail = ActionSummary & {
  description: string;
  resourcesNeeded: string;
  updates: ProgressUpdate[];
  sequence: number;
  createdById: string | null;
  sourceNote: { conveningId: string; pointId: string } | null;
};

export type ActionWithTimeline = ActionSummary & { updates: ProgressUpdate[] };

const SUMMARY_FIELDS =
  "title status priority dueOn ownerCityId ownerPersonId conveningId sessionId themes principles lastProgressAt createdAt updatedAt";

type ActionDoc = LeanDocument<typeof followUpActionSchema>;
type UpdateDoc = Pick<
  ActionDoc["updates"][number],
  "_id" | "authorId" | "authorName" | "at" | "text" | "evidenceUrl" | "statusFrom" | "statusTo"
>;

function toUpdate(update: UpdateDoc): ProgressUpdate {
  return {
    id: String(update._id),
    authorId: idOrNull(update.authorId),
    authorName: update.authorName,
    at: update.at,
    text: update.text ?? "",
    evidenceUrl: update.evidenceUrl ?? "",
    statusFrom: update.statusFrom ?? null,
    statusTo: update.statusTo ?? null,
  };
}

// Actions written around the schema (the seed's upserts) may lack defaulted fields.
function toSummary(doc: ActionDoc): ActionSummary {
  return {
    id: String(doc._id),
    title: doc.title,
    status: doc.status,
    priority: doc.priority,
    dueOn: doc.dueOn ?? null,
    ownerCityId: String(doc.ownerCityId),
    ownerPersonId: idOrNull(doc.ownerPersonId),
    conveningId: idOrNull(doc.conveningId),
    sessionId: idOrNull(doc.sessionId),
    themes: doc.themes ?? [],
    principles: doc.principles ?? [],
    lastProgressAt: doc.lastProgressAt ?? null,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

export type NewFollowUpAction = {
  title: string;
  description: string;
  conveningId: string | null;
  sessionId: string | null;
  ownerCityId: string;
  ownerPersonId: string | null;
  dueOn: string | null;
  priority: ActionSummary["priority"];
  principles: string[];
  themes: string[];
  resourcesNeeded: string;
  createdBy: { id: string; name: string };
  at?: Date;
  sourceNote?: { conveningId: string; pointId: string } | null;
};

function newActionDocument(input: NewFollowUpAction) {
  const { createdBy, at = new Date(), ...fields } = input;
  return {
    ...fields,
    createdById: createdBy.id,
    // The timeline starts with the action itself, so "raised by whom, when" is never lost.
    updates: [{ authorId: createdBy.id, authorName: createdBy.name, at, text: "", statusFrom: null, statusTo: "open" }],
    lastProgressAt: at,
  };
}

export async function createFollowUpAction(input: NewFollowUpAction): Promise<string> {
  const doc = await FollowUpAction.create(newActionDocument(input));
  return String(doc._id);
}

/** An id for a new-action form to send back, so that a retry of the form saves one action. */
export const newActionSubmissionId = newId;

/**
 * Creates the action with the id its form was given, once: the same form sent again (a retry
 * after a lost answer) finds the action already there. The _id index makes this atomic.
 */
export async function createFollowUpActionOnce(
  id: string,
  input: NewFollowUpAction,
): Promise<
  { actionId: string; isNew: true } | { actionId: string; isNew: false; title: string; createdById: string | null }
> {
  try {
    await FollowUpAction.create({ _id: id, ...newActionDocument(input) });
    return { actionId: id, isNew: true };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await FollowUpAction.findById(id).select("title createdById").lean();
    if (!existing) throw error;
    return { actionId: id, isNew: false, title: existing.title, createdById: idOrNull(existing.createdById) };
  }
}

export async function getFollowUpAction(id: string): Promise<ActionDetail | null> {
  if (!isValidId(id)) return null;
  const doc = await FollowUpAction.findById(id)
    .select(`${SUMMARY_FIELDS} description resourcesNeeded updates sequence createdById sourceNote`)
    .lean();
  if (!doc) return null;
  return {
    ...toSummary(doc),
    description: doc.description ?? "",
    resourcesNeeded: doc.resourcesNeeded ?? "",
    updates: (doc.updates ?? []).map(toUpdate),
    sequence: doc.sequence ?? 0,
    createdById: idOrNull(doc.createdById),
    sourceNote:
      doc.sourceNote?.conveningId && doc.sourceNote.pointId
        ? { conveningId: doc.sourceNote.conveningId, pointId: doc.sourceNote.pointId }
        : null,
  };
}

export async function listActionsForConvening(conveningId: string): Promise<ActionSummary[]> {
  if (!isValidId(conveningId)) return [];
  const docs = await FollowUpAction.find({ conveningId })
    .select(SUMMARY_FIELDS)
    .sort({ createdAt: -1, _id: -1 })
    .lean();
  return docs.map(toSummary);
}

export type ExportRow = ActionSummary & { description: string; resourcesNeeded: string; updates: ProgressUpdate[] };

export async function listActionsForExport(filter: ActionFilter): Promise<ExportRow[]> {
  const docs = await FollowUpAction.find(actionFilterQuery(filter))
    .select(`${SUMMARY_FIELDS} description resourcesNeeded updates`)
    .sort({ ownerCityId: 1, dueOn: 1, _id: 1 })
    .lean();
  return docs.map((doc) => ({
    ...toSummary(doc),
    description: doc.description ?? "",
    resourcesNeeded: doc.resourcesNeeded ?? "",
    updates: (doc.updates ?? []).map(toUpdate),
  }));
}

export type ProgressResult = { ok: true; statusChanged: boolean } | { ok: false; reason: "not-found" | "conflict" };

/**
 * Appends a progress update and, when the status changes, records the change in the same update:
 * one atomic write, guarded on the status read, so a concurrent change is never recorded wrongly.
 * `scopeCityId` limits the write to that city's actions (a rep's own city).
 */
export async function recordProgress(
  actionId: string,
  entry: { authorId: string; authorName: string; text: string; evidenceUrl: string; status: ActionStatus; at?: Date },
  scopeCityId?: string,
): Promise<ProgressResult> {
  if (!isValidId(actionId)) return { ok: false, reason: "not-found" };
  const filter: Record<string, unknown> = { _id: actionId };
  if (scopeCityId) filter.ownerCityId = scopeCityId;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // Read by _id alone (an index on FerretDB), the city checked on what was read.
    const current = await FollowUpAction.findById(actionId).select("status ownerCityId").lean();
    if (!current || (scopeCityId && String(current.ownerCityId) !== scopeCityId))
      return { ok: false, reason: "not-found" };
    const statusChanged = current.status !== entry.status;
    const at = entry.at ?? new Date();
    const result = await FollowUpAction.updateOne(
      { ...filter, status: current.status },
      {
        $push: {
          updates: {
            authorId: entry.authorId,
            authorName: entry.authorName,
            at,
            text: entry.text,
            evidenceUrl: entry.evidenceUrl,
            statusFrom: statusChanged ? current.status : null,
            statusTo: statusChanged ? entry.status : null,
          },
        },
        $set: { status: entry.status, lastProgressAt: at },
        // Calendar feeds show the status: a change is a new revision of the event.
        ...(statusChanged ? { $inc: { sequence: 1 } } : {}),
      },
    );
    if (result.modifiedCount === 1) return { ok: true, statusChanged };
  }
  return { ok: false, reason: "conflict" };
}

export type ActionChanges = Partial<
  Pick<
    NewFollowUpAction,
    | "title"
    | "description"
    | "ownerCityId"
    | "ownerPersonId"
    | "sessionId"
    | "dueOn"
    | "priority"
    | "principles"
    | "themes"
    | "resourcesNeeded"
  >
>;

/**
 * Changes an action's details if nobody changed it since `expectedUpdatedAt`, with a timeline note
 * saying what changed. Title and due date show in calendar feeds, so changing them bumps `sequence`.
 */
export async function updateActionDetails(
  actionId: string,
  changes: ActionChanges,
  note: { authorId: string; authorName: string; text: string; at?: Date },
  guard: { expectedUpdatedAt: Date; scopeCityId?: string },
): Promise<boolean> {
  if (!isValidId(actionId)) return false;
  const at = note.at ?? new Date();
  const filter: Record<string, unknown> = { _id: actionId, updatedAt: guard.expectedUpdatedAt };
  if (guard.scopeCityId) filter.ownerCityId = guard.scopeCityId;
  const isFeedVisible = "title" in changes || "dueOn" in changes;
  const result = await FollowUpAction.updateOne(filter, {
    $set: { ...changes, lastProgressAt: at },
    $push: {
      updates: {
        authorId: note.authorId,
        authorName: note.authorName,
        at,
        text: note.text,
        evidenceUrl: "",
        statusFrom: null,
        statusTo: null,
      },
    },
    ...(isFeedVisible ? { $inc: { sequence: 1 } } : {}),
  });
  return result.modifiedCount === 1;
}

/** Managers correct the record; status changes stay, so every status change remains in the timeline. */
export async function removeProgressUpdate(actionId: string, updateId: string): Promise<boolean> {
  if (!isValidId(actionId) || !isValidId(updateId)) return false;
  const doc = await FollowUpAction.findById(actionId).select("updatedAt updates").lean();
  const target = doc?.updates.find((update) => String(update._id) === updateId);
  if (!doc || !target || target.statusTo) return false;
  // FerretDB v1 does not $pull by a sub-document's _id: write the array back, guarded on the read.
  const result = await FollowUpAction.updateOne(
    { _id: actionId, updatedAt: doc.updatedAt },
    { $set: { updates: doc.updates.filter((update) => update !== target) } },
  );
  return result.modifiedCount === 1;
}

// --- Due actions (reminders) and small rows for the dashboard.

const ACTIVE = ["open", "in-progress", "blocked"];

/** Active actions due in [from, to] (from optional), earliest first, at most `limit`. */
export async function listActiveActionsDue(
  range: { from?: string; to: string },
  limit?: number,
): Promise<ActionSummary[]> {
  const dueOn: Record<string, string | null> = { $ne: null, $lte: range.to };
  if (range.from) dueOn.$gte = range.from;
  let query = FollowUpAction.find({ status: { $in: ACTIVE }, dueOn })
    .select(SUMMARY_FIELDS)
    .sort({ dueOn: 1, _id: 1 });
  if (limit !== undefined) query = query.limit(limit);
  return (await query.lean()).map(toSummary);
}

/** Every action of the cities given (weekly summaries), in one query. */
export async function listActionsForCities(cityIds: string[]): Promise<ActionSummary[]> {
  const docs = await FollowUpAction.find({ ownerCityId: { $in: cityIds } })
    .select(SUMMARY_FIELDS)
    .sort({ dueOn: 1, _id: 1 })
    .lean();
  return docs.map(toSummary);
}

/** Demo data: creates the action once by its seed key and never touches it again. */
export async function upsertSeedAction(seedKey: string, input: NewFollowUpAction) {
  const { createdBy, at = new Date(), ...fields } = input;
  await FollowUpAction.updateOne(
    { seedKey },
    {
      $setOnInsert: {
        ...fields,
        seedKey,
        status: "open",
        createdById: createdBy.id,
        updates: [
          {
            _id: new Types.ObjectId(),
            authorId: createdBy.id,
            authorName: createdBy.name,
            at,
            text: "",
            evidenceUrl: "",
            statusFrom: null,
            statusTo: "open",
          },
        ],
        lastProgressAt: at,
        sequence: 0,
        createdAt: at,
        updatedAt: at,
      },
    },
    // Without this mongoose would $set updatedAt on every run, and the seed would not be a no-op.
    { upsert: true, timestamps: false },
  );
}

export type DatedAction = Pick<
  ActionDetail,
  "id" | "title" | "description" | "dueOn" | "status" | "sequence" | "conveningId" | "createdAt" | "updatedAt"
>;

/** The actions a person owns that have a due date, by due date: their personal calendar feed. */
export async function listDatedActionsOwnedBy(personId: string): Promise<DatedAction[]> {
  if (!isValidId(personId)) return [];
  const docs = await FollowUpAction.find({ ownerPersonId: personId, dueOn: { $ne: null } })
    .select("title description dueOn status sequence conveningId createdAt updatedAt")
    .sort({ dueOn: 1, _id: 1 })
    .lean();
  return docs.map((doc) => ({
    id: String(doc._id),
    title: doc.title,
    description: doc.description ?? "",
    dueOn: doc.dueOn ?? null,
    status: doc.status,
    sequence: doc.sequence ?? 0,
    conveningId: idOrNull(doc.conveningId),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  }));
}

/** The seed keys of the actions whose key starts with `prefix`: one query. */
export async function listSeedActionKeys(prefix: string): Promise<Set<string>> {
  const docs = await FollowUpAction.find({ seedKey: { $gte: prefix, $lt: `${prefix}\uffff` } })
    .select("seedKey")
    .lean();
  return new Set(docs.map((doc) => doc.seedKey!));
}

/** An action of the scaled demo with its timeline so far (oldest first, starting when it was raised). */
export type BulkSeedAction = Omit<NewFollowUpAction, "at"> & {
  seedKey: string;
  status: ActionStatus;
  progress: Array<Pick<ProgressUpdate, "at" | "text" | "statusFrom" | "statusTo">>;
};

/** Inserts actions in one write, dated as their timelines say (the token hook sees it). */
export async function insertSeedActions(actions: BulkSeedAction[]) {
  await FollowUpAction.insertMany(
    actions.map(({ createdBy, progress, ...fields }) => ({
      ...fields,
      createdById: createdBy.id,
      updates: progress.map((update) => ({
        ...update,
        authorId: createdBy.id,
        authorName: createdBy.name,
        evidenceUrl: "",
      })),
      lastProgressAt: progress.at(-1)!.at,
      createdAt: progress[0].at,
      updatedAt: progress.at(-1)!.at,
    })),
  );
}

/** An instant as ISO text; actions written around the schema may lack one (read as the epoch). */
const isoOf = (value: Date | string | null | undefined) => {
  const date = value ? new Date(value) : new Date(0);
  return Number.isFinite(date.getTime()) ? date.toISOString() : new Date(0).toISOString();
};

const FACT_FIELDS =
  "title status priority dueOn ownerCityId ownerPersonId themes createdAt lastProgressAt updates._id updates.at updates.statusFrom updates.statusTo updates.text";

/**
 * What the stored summaries know of actions (models/action-summary-upkeep.server.ts): those with
 * the given ids (read by _id), or all of one city's or of the programme (one scan, for a rebuild).
 */
function actionFilterQuery(filter: ActionFilter): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (filter.cityId) query.ownerCityId = filter.cityId;
  if (filter.conveningIds) query.conveningId = { $in: validIds(filter.conveningIds) };
  return query;
}

/** Which actions a dashboard counts: one city's, those of some convenings, or both at once. */
export type ActionFilter = { cityId?: string; conveningIds?: string[] };

export async function readActionFacts(
  scope: { ids: string[] } | { cityId: string } | { filter: ActionFilter } | "all",
): Promise<ActionFacts[]> {
  const docs =
    scope === "all"
      ? await FollowUpAction.find().select(FACT_FIELDS).lean()
      : "ids" in scope
        ? await findLeanByIds(FollowUpAction, scope.ids, FACT_FIELDS)
        : await FollowUpAction.find(actionFilterQuery("filter" in scope ? scope.filter : scope))
            .select(FACT_FIELDS)
            .lean();
  const owners = await findPersonViewsByIds(
    docs.map((doc) => idOrNull(doc.ownerPersonId)),
    "name",
  );
  const ownerNames = new Map(owners.map((owner) => [owner.id, owner.name]));
  return docs.map((doc) => {
    const ownerPersonId = idOrNull(doc.ownerPersonId);
    return {
      id: String(doc._id),
      title: doc.title,
      status: doc.status,
      priority: doc.priority ?? "medium",
      dueOn: doc.dueOn ?? null,
      ownerCityId: String(doc.ownerCityId),
      ownerPersonId,
      ownerName: ownerPersonId ? (ownerNames.get(ownerPersonId) ?? null) : null,
      themes: doc.themes ?? [],
      createdAt: isoOf(doc.createdAt),
      lastProgressDay: doc.lastProgressAt ? todayIn(doc.lastProgressAt) : null,
      updates: (doc.updates ?? []).map((update) => ({
        id: String(update._id),
        at: isoOf(update.at),
        statusFrom: update.statusFrom ?? null,
        statusTo: update.statusTo ?? null,
        hasText: (update.text ?? "").trim() !== "",
      })),
    };
  });
}
