// Steps with a convening's resources through the real routes: the upload form posted as a browser
// sends it (multipart/form-data), the other forms, downloads; and what GridFS holds.
import mongoose from "mongoose";
import { action as resourcesAction } from "../../app/routes/convenings.$conveningId.resources._index";
import { loader as downloadLoader } from "../../app/routes/convenings.$conveningId.resources.$resourceId";
import { loader as sharedDownloadLoader } from "../../app/routes/share.$token.resources.$resourceId";
import { getConveningResources } from "../../models/resource.server";
import { RESOURCE_BUCKET_PREFIX } from "../../models/resource-file.server";
import { formRequest, requestAs } from "../factories/people";
import { load, responseOf } from "./routes";

export type UploadFile = { filename: string; bytes: Uint8Array; type?: string };

/** The add-a-document form as a browser posts it: the file (or none chosen) and the fields. */
export async function uploadResource(
  personId: string | null,
  conveningId: string,
  file: UploadFile | null,
  fields: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  form.append("title", fields.title ?? "");
  // No file chosen: browsers send an empty part with an empty file name.
  form.append(
    "file",
    file
      ? new File([new Uint8Array(file.bytes)], file.filename, { type: file.type ?? "application/octet-stream" })
      : new File([], ""),
  );
  for (const [name, value] of Object.entries(fields)) if (name !== "title") form.append(name, value);
  form.append("intent", "add-file");
  const url = `/convenings/${conveningId}/resources`;
  const request = await requestAs(personId, url, { method: "POST", body: form });
  return responseOf(resourcesAction({ request, params: { conveningId }, context: {} }));
}

/** One of the page's other forms (add-link, update, delete), urlencoded. */
export async function postResourceForm(personId: string | null, conveningId: string, fields: Record<string, string>) {
  const request = await formRequest(personId, `/convenings/${conveningId}/resources`, fields);
  return responseOf(resourcesAction({ request, params: { conveningId }, context: {} }));
}

export function download(personId: string | null, conveningId: string, resourceId: string, init: RequestInit = {}) {
  return load(
    downloadLoader,
    personId,
    `/convenings/${conveningId}/resources/${resourceId}`,
    { conveningId, resourceId },
    init,
  );
}

export function sharedDownload(token: string, resourceId: string) {
  return load(sharedDownloadLoader, null, `/share/${token}/resources/${resourceId}`, { token, resourceId });
}

/** The resources on the convening's list, as stored. */
export async function resourcesOf(conveningId: string) {
  return (await getConveningResources(conveningId)).items;
}

/** The collections of every convening's resources bucket ("resources.<id>.files", ".chunks"). */
async function bucketCollections(suffix: ".files" | ".chunks" | "") {
  const db = mongoose.connection.db!;
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((info) => info.name);
  return names
    .filter((name) => name.startsWith(RESOURCE_BUCKET_PREFIX) && name.endsWith(suffix))
    .map((name) => db.collection(name));
}

/** How many files and pieces of files GridFS holds for resources, all convenings together. */
export async function storedFileCounts(): Promise<{ files: number; chunks: number }> {
  const count = async (suffix: ".files" | ".chunks") => {
    const counts = await Promise.all(
      (await bucketCollections(suffix)).map((collection) => collection.countDocuments()),
    );
    return counts.reduce((sum, value) => sum + value, 0);
  };
  return { files: await count(".files"), chunks: await count(".chunks") };
}

/** Empties GridFS between tests (withTestDatabase empties the models' collections only). */
export async function clearStoredFiles(): Promise<void> {
  await Promise.all((await bucketCollections("")).map((collection) => collection.deleteMany({})));
}
