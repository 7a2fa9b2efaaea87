// A convening's resources (documents and links, for the convening or one of its sessions): one
// document per convening under the convening's own _id, so the convening page and every download
// read the list by `_id` alone. Adding pushes one item atomically; renaming, marking public or
// private and removing rewrite the list by compare-and-set on its revision, retried on a race.
import { Schema, Types } from "mongoose";
import { upsertRacingSafely } from "./duplicate-key.server";
import { idOrNull, isValidId } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";

const storedFileSchema = new Schema(
  {
    fileId: { type: Schema.Types.ObjectId, required: true },
    filename: { type: String, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
  },
  { _id: false },
);

const resourceItemSchema = new Schema({
  kind: { type: String, enum: ["file", "link"], required: true },
  title: { type: String, required: true },
  sessionId: { type: Schema.Types.ObjectId, ref: "AgendaSession", default: null },
  isPublic: { type: Boolean, required: true, default: false },
  url: { type: String, default: "" },
  file: { type: storedFileSchema, default: undefined },
  addedAt: { type: Date, required: true },
  addedById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
});

const conveningResourcesSchema = new Schema(
  {
    // The convening's id: one list per convening.
    _id: { type: Schema.Types.ObjectId, required: true },
    items: { type: [resourceItemSchema], default: [] },
    revision: { type: Number, required: true, default: 0 },
  },
  { timestamps: true, collection: "conveningresources" },
);

export const ConveningResources = registerModel("ConveningResources", conveningResourcesSchema);

type ResourcesDoc = LeanDocument<typeof conveningResourcesSchema>;
type ItemDoc = ResourcesDoc["items"][number];

export type StoredFile = { fileId: string; filename: string; contentType: string; size: number };

export type ResourceRecord = {
  id: string;
  kind: "file" | "link";
  title: string;
  sessionId: string | null;
  isPublic: boolean;
  url: string;
  file: StoredFile | null;
  addedAt: Date;
};

export type ResourceList = { revision: number; items: ResourceRecord[] };

function toRecord(item: ItemDoc): ResourceRecord {
  return {
    id: String(item._id),
    kind: item.kind === "link" ? "link" : "file",
    title: item.title,
    sessionId: idOrNull(item.sessionId),
    isPublic: item.isPublic ?? false,
    url: item.url ?? "",
    file: item.file
      ? {
          fileId: String(item.file.fileId),
          filename: item.file.filename,
          contentType: item.file.contentType,
          size: item.file.size,
        }
      : null,
    addedAt: item.addedAt,
  };
}

const EMPTY: ResourceList = { revision: 0, items: [] };

/** The convening's resources in the order they were added; none for an unknown convening. */
export async function getConveningResources(conveningId: string): Promise<ResourceList> {
  if (!isValidId(conveningId)) return EMPTY;
  const doc = await ConveningResources.findById(conveningId).select("items revision").lean();
  return doc ? { revision: doc.revision ?? 0, items: doc.items.map(toRecord) } : EMPTY;
}

/** One resource of the convening, or null. */
export async function getConveningResource(conveningId: string, resourceId: string): Promise<ResourceRecord | null> {
  if (!isValidId(resourceId)) return null;
  const { items } = await getConveningResources(conveningId);
  return items.find((item) => item.id === resourceId) ?? null;
}

export type NewResource = {
  kind: "file" | "link";
  title: string;
  sessionId: string | null;
  isPublic: boolean;
  url?: string;
  file?: StoredFile;
  addedById: string | null;
};

/** Adds a resource at the end of the list (creating the list); returns its id. */
export async function addConveningResource(conveningId: string, resource: NewResource): Promise<string> {
  const id = new Types.ObjectId();
  const item = {
    _id: id,
    kind: resource.kind,
    title: resource.title,
    sessionId: resource.sessionId,
    isPublic: resource.isPublic,
    url: resource.url ?? "",
    file: resource.file,
    addedAt: new Date(),
    addedById: resource.addedById,
  };
  if (!isValidId(conveningId)) throw new Error("A resource needs its convening's id");
  // One atomic write by _id: a parallel add lands beside this one, never over it.
  await upsertRacingSafely(() =>
    ConveningResources.updateOne(
      { _id: conveningId },
      { $push: { items: item }, $inc: { revision: 1 } },
      { upsert: true },
    ),
  );
  return id.toHexString();
}

const MAX_ATTEMPTS = 5;

/**
 * Rewrites the list with `change` applied to the item `resourceId`, if the stored revision has
 * not moved since it was read; read again and retried when it has. Returns the item as it was
 * before the change (null when there is no such resource).
 */
async function changeItem(
  conveningId: string,
  resourceId: string,
  change: (items: ItemDoc[], index: number) => unknown[],
): Promise<ResourceRecord | null> {
  if (!isValidId(conveningId) || !isValidId(resourceId)) return null;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const doc = await ConveningResources.findById(conveningId).select("items revision").lean();
    const index = doc?.items.findIndex((item) => String(item._id) === resourceId) ?? -1;
    if (!doc || index === -1) return null;
    const result = await ConveningResources.updateOne(
      { _id: conveningId, revision: doc.revision },
      { $set: { items: change(doc.items, index) }, $inc: { revision: 1 } },
    );
    if (result.modifiedCount === 1) return toRecord(doc.items[index]);
  }
  throw new Error("The resources list kept changing while it was being saved");
}

export type ResourceChanges = { title?: string; isPublic?: boolean; sessionId?: string | null };

/** Renames, marks public or private, or moves a resource; null when there is no such resource. */
export function updateConveningResource(conveningId: string, resourceId: string, changes: ResourceChanges) {
  if (changes.sessionId !== undefined && changes.sessionId !== null && !isValidId(changes.sessionId))
    return Promise.resolve(null);
  return changeItem(conveningId, resourceId, (items, index) =>
    items.map((item, at) => (at === index ? { ...item, ...changes } : item)),
  );
}

/** Takes a resource off the list and returns it (its stored file is the caller's to delete next). */
export function removeConveningResource(conveningId: string, resourceId: string) {
  return changeItem(conveningId, resourceId, (items, index) => items.filter((_, at) => at !== index));
}
