// Stores a document made on the server (the demo's PDFs) as an upload would: checked by the same
// type rules, written to GridFS, described for the resources list.
import { checkFileKind } from "~/domain/resources/file-kinds";
import { openResourceFileUpload } from "~models/resource-file.server";
import type { StoredFile } from "~models/resource.server";
import { sniffExtension } from "./sniff.server";

export async function storeDocument(conveningId: string, filename: string, bytes: Uint8Array): Promise<StoredFile> {
  const check = checkFileKind(filename, await sniffExtension(bytes));
  if (!check.ok) throw new Error(check.message);
  const upload = openResourceFileUpload(conveningId, filename);
  await upload.write(bytes);
  await upload.finish();
  return { fileId: upload.fileId, filename, contentType: check.kind.contentType, size: bytes.byteLength };
}
