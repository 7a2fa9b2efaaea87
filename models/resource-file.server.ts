// The bytes of resource documents, in GridFS on the app's own connection, so every app instance
// serves every file and nothing lives on a local disk. Written as the upload streams in, with
// backpressure, so a file is never held whole in memory; read back as a stream.
//
// One bucket per convening ("resources.<conveningId>": its .files and .chunks collections).
// GridFS reads a file's pieces with a filter on files_id, which FerretDB serves by scanning the
// whole chunks collection (it indexes `_id` alone): measured with one bucket for everything, a
// 2 MB download took 71 ms with 2 MB stored, 414 ms with 20 MB and 2.5 s with 80 MB. A bucket per
// convening bounds the scan by that convening's own documents.
import { once } from "node:events";
import type { Readable } from "node:stream";
import mongoose, { Types } from "mongoose";
import { isValidId } from "./ids.server";

/** The prefix of every resources bucket's collections. */
export const RESOURCE_BUCKET_PREFIX = "resources.";

// The connection's database changes when tests switch databases: a bucket per use is cheap.
function bucket(conveningId: string) {
  const db = mongoose.connection.db;
  if (!db) throw new Error("The database is not connected");
  if (!isValidId(conveningId)) throw new Error("A resources bucket needs its convening's id");
  return new mongoose.mongo.GridFSBucket(db, { bucketName: `${RESOURCE_BUCKET_PREFIX}${conveningId.toLowerCase()}` });
}

export type ResourceFileUpload = {
  fileId: string;
  /** Writes one piece, waiting while the database catches up. */
  write(chunk: Uint8Array): Promise<void>;
  /** Writes what is left and closes the file. */
  finish(): Promise<void>;
  /** Deletes every piece written so far: nothing of the file stays. */
  abort(): Promise<void>;
};

/** A new stored file, written piece by piece. */
export function openResourceFileUpload(conveningId: string, filename: string): ResourceFileUpload {
  const id = new Types.ObjectId();
  const stream = bucket(conveningId).openUploadStreamWithId(id, filename);
  let failure: Error | null = null;
  stream.on("error", (error: Error) => {
    failure = error;
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    fileId: id.toHexString(),
    async write(chunk) {
      check();
      if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), once(stream, "error")]);
      check();
    },
    async finish() {
      check();
      const finished = once(stream, "finish");
      stream.end();
      await finished;
    },
    async abort() {
      if (!stream.destroyed && !stream.writableFinished) await stream.abort().catch(() => undefined);
      await deleteResourceFile(conveningId, id.toHexString());
    },
  };
}

/** The stored file as a stream with its length, or null when there is none. */
export async function openResourceFileDownload(
  conveningId: string,
  fileId: string,
): Promise<{ stream: Readable; length: number } | null> {
  if (!isValidId(conveningId) || !isValidId(fileId)) return null;
  const _id = new Types.ObjectId(fileId);
  const files = bucket(conveningId);
  const [file] = await files.find({ _id }).limit(1).toArray();
  if (!file) return null;
  return { stream: files.openDownloadStream(_id), length: file.length };
}

/** Deletes the stored file and its pieces; nothing to do when it is already gone. */
export async function deleteResourceFile(conveningId: string, fileId: string): Promise<void> {
  if (!isValidId(conveningId) || !isValidId(fileId)) return;
  const _id = new Types.ObjectId(fileId);
  try {
    await bucket(conveningId).delete(_id);
  } catch (error) {
    // GridFS deletes the pieces first and then says the file entry was not there.
    if (!/File not found/i.test((error as Error).message)) throw error;
  }
}
