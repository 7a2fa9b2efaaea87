// Steps with a convening's resources through the real routes: the upload form posted as a browser
// sends it (multipart/form-data), the other forms, downloads; and what GridFS holds.
import mongoose from "mongoose";
import { action as resourcesAction } from "../../app/routes/convenings.$conveningId.resources._index";
import { loader as downloadLoader } from "../../app/routes/convenings.$conveningId.resources.$resourceId";
import { loader as sharedDownloadLoader } from "../../app/routes/share.$token.resources.$resourceId";
import { getConveningResources } from "../../models/resource.server";
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

/** How many files and pieces of files GridFS holds for resources. */
export async function storedFileCounts(): Promise<{ files: number; chunks: number }> {
  const db = mongoose.connection.db!;
  const [files, chunks] = await Promise.all([
    db.collection("resources.files").countDocuments(),
    db.collection("resources.chunks").countDocuments(),
  ]);
  return { files, chunks };
}

/** Empties GridFS between tests (withTestDatabase empties the models' collections only). */
export async function clearStoredFiles(): Promise<void> {
  const db = mongoose.connection.db!;
  await Promise.all([
    db.collection("resources.files").deleteMany({}),
    db.collection("resources.chunks").deleteMany({}),
  ]);
}
