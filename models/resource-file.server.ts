// The bytes of resource documents, in GridFS (bucket "resources": resources.files and
// resources.chunks) on the app's own connection, so every app instance serves every file and
// nothing lives on a local disk. Written as the upload streams in, with backpressure, so a file
// is never held whole in memory; read back as a stream.
import { once } from "node:events";
import type { Readable } from "node:stream";
import mongoose, { Types } from "mongoose";
import { isValidId } from "./ids.server";

const BUCKET_NAME = "resources";

// The connection's database changes when tests switch databases: a bucket per use is cheap.
function bucket() {
  const db = mongoose.connection.db;
  if (!db) throw new Error("The database is not connected");
  return new mongoose.mongo.GridFSBucket(db, { bucketName: BUCKET_NAME });
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
export function openResourceFileUpload(filename: string, metadata: { conveningId: string }): ResourceFileUpload {
  const id = new Types.ObjectId();
  const stream = bucket().openUploadStreamWithId(id, filename, { metadata });
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
      await deleteResourceFile(id.toHexString());
    },
  };
}

/** The stored file as a stream with its length, or null when there is none. */
export async function openResourceFileDownload(fileId: string): Promise<{ stream: Readable; length: number } | null> {
  if (!isValidId(fileId)) return null;
  const _id = new Types.ObjectId(fileId);
  const [file] = await bucket().find({ _id }).limit(1).toArray();
  if (!file) return null;
  return { stream: bucket().openDownloadStream(_id), length: file.length };
}

/** Deletes the stored file and its pieces; nothing to do when it is already gone. */
export async function deleteResourceFile(fileId: string): Promise<void> {
  if (!isValidId(fileId)) return;
  const _id = new Types.ObjectId(fileId);
  try {
    await bucket().delete(_id);
  } catch (error) {
    // GridFS deletes the pieces first and then says the file entry was not there.
    if (!/File not found/i.test((error as Error).message)) throw error;
  }
}
