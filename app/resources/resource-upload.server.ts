// Receives the file of an upload form as it streams in: straight into GridFS with backpressure,
// counting bytes, and stopping at the size limit (the rest is read and dropped, so the form's
// other fields are still read and kept). The leading bytes are kept to sniff the content, which
// must be an allowed document whose extension agrees. A refused file leaves nothing stored.
import { checkFileKind, tooLargeMessage, type FileKind } from "~/domain/resources/file-kinds";
import { cleanFilename } from "~/domain/resources/content-disposition";
import { drain, type FilePart } from "~/forms/multipart-form.server";
import { deleteResourceFile, openResourceFileUpload } from "~models/resource-file.server";
import type { StoredFile } from "~models/resource.server";
import { FILE_FIELD } from "./resource-forms";
import { SNIFF_BYTES, sniffExtension } from "./sniff.server";

export type UploadOutcome =
  { status: "none" } | { status: "stored"; file: StoredFile; kind: FileKind } | { status: "refused"; message: string };

/** Keeps the first `limit` bytes of a stream. */
function leadingBytes(limit: number) {
  const chunks: Uint8Array[] = [];
  let kept = 0;
  return {
    add(chunk: Uint8Array) {
      if (kept >= limit) return;
      const piece = chunk.subarray(0, limit - kept);
      chunks.push(piece);
      kept += piece.byteLength;
    },
    bytes: () => new Uint8Array(Buffer.concat(chunks)),
  };
}

/**
 * An upload receiver for one form: `onFile` for readMultipartForm, then `outcome()`; `discard()`
 * deletes what was stored when the form is refused for another reason (or failed).
 */
export function resourceUploadReceiver(conveningId: string, maxBytes: number) {
  let outcome: UploadOutcome = { status: "none" };
  const storedIds: string[] = [];

  async function receive(part: FilePart, filename: string): Promise<UploadOutcome> {
    const upload = openResourceFileUpload(conveningId, filename);
    storedIds.push(upload.fileId);
    const leading = leadingBytes(SNIFF_BYTES);
    let size = 0;
    let isTooLarge = false;
    try {
      for await (const chunk of part.data) {
        if (isTooLarge) continue; // read and dropped: the fields after the file are still wanted
        size += chunk.byteLength;
        if (size > maxBytes) {
          isTooLarge = true;
          await upload.abort();
          continue;
        }
        leading.add(chunk);
        await upload.write(chunk);
      }
    } catch (error) {
      await upload.abort();
      throw error;
    }
    if (isTooLarge) return { status: "refused", message: tooLargeMessage(filename, maxBytes) };
    if (size === 0) {
      await upload.abort();
      return { status: "refused", message: `“${filename}” is empty: choose the file again, or another one.` };
    }
    const check = checkFileKind(filename, await sniffExtension(leading.bytes()));
    if (!check.ok) {
      await upload.abort();
      return { status: "refused", message: check.message };
    }
    await upload.finish();
    return {
      status: "stored",
      kind: check.kind,
      file: { fileId: upload.fileId, filename, contentType: check.kind.contentType, size },
    };
  }

  return {
    async onFile(part: FilePart) {
      // One file per form, in its own field; no file chosen arrives as a part with no name.
      if (part.name !== FILE_FIELD || part.filename === "" || outcome.status !== "none") return drain(part.data);
      outcome = await receive(part, cleanFilename(part.filename));
    },
    outcome: () => outcome,
    async discard() {
      // Best effort: when the database has gone, the form's own answer (503) must not be lost to
      // the clean-up failing too; pieces left behind are listed nowhere, and the repair pass
      // deletes them.
      await Promise.all(storedIds.map((id) => deleteResourceFile(conveningId, id).catch(() => undefined)));
    },
  };
}
