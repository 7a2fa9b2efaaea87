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
import { databaseUnavailableResponse, isDatabaseUnavailableError } from "./database-unavailable.server";
import { isValidId } from "./ids.server";

/**
 * GridFS speaks to the driver, not through Mongoose's models, so the 503 "try again" their hooks
 * give a lost database is given here.
 */
async function answeringUnavailable<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw isDatabaseUnavailableError(error) ? databaseUnavailableResponse() : error;
  }
}

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
    if (failure) throw isDatabaseUnavailableError(failure) ? databaseUnavailableResponse() : failure;
  };
  return {
    fileId: id.toHexString(),
    async write(chunk) {
      check();
      // A failure while waiting is recorded by the error listener; check() answers it.
      if (!stream.write(chunk))
        await Promise.race([once(stream, "drain"), once(stream, "error")]).catch(() => undefined);
      check();
    },
    async finish() {
      check();
      const finished = once(stream, "finish");
      stream.end();
      await answeringUnavailable(() => finished);
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
  const [file] = await answeringUnavailable(() => files.find({ _id }).limit(1).toArray());
  if (!file) return null;
  return { stream: files.openDownloadStream(_id), length: file.length };
}

/** Deletes the stored file and its pieces; nothing to do when it is already gone. */
export async function deleteResourceFile(conveningId: string, fileId: string): Promise<void> {
  if (!isValidId(conveningId) || !isValidId(fileId)) return;
  const _id = new Types.ObjectId(fileId);
  try {
    await answeringUnavailable(() => bucket(conveningId).delete(_id));
  } catch (error) {
    // GridFS deletes the pieces first and then says the file entry was not there.
    if (error instanceof Response || !/File not found/i.test((error as Error).message)) throw error;
  }
}

/** The conveningIds that have a resources bucket (a collection "resources.<id>.chunks" or ".files"). */
export async function listResourceBucketConveningIds(): Promise<string[]> {
  const db = mongoose.connection.db;
  if (!db) throw new Error("The database is not connected");
  const names = await answeringUnavailable(() => db.listCollections({}, { nameOnly: true }).toArray());
  const ids = names
    .map((info) => /^resources\.([0-9a-f]{24})\.(files|chunks)$/.exec(info.name)?.[1])
    .filter((id): id is string => Boolean(id));
  return [...new Set(ids)];
}

/**
 * Deletes the stored files of a convening that no resource names and that were started before
 * `startedBefore`: the pieces of an upload cut off (GridFS writes a file's entry only once it is
 * complete) or of a file whose listing failed. A file's id is made when its upload starts, so
 * its time says when; an upload still under way is newer than any sensible cut-off.
 */
export async function deleteUnlistedResourceFiles(
  conveningId: string,
  listedFileIds: Set<string>,
  startedBefore: Date,
): Promise<number> {
  const files = bucket(conveningId);
  const db = mongoose.connection.db!;
  const name = `${RESOURCE_BUCKET_PREFIX}${conveningId.toLowerCase()}`;
  const [withPieces, withEntries] = await answeringUnavailable(() =>
    Promise.all([
      db.collection(`${name}.chunks`).distinct("files_id"),
      files
        .find({}, { projection: { _id: 1 } })
        .toArray()
        .then((entries) => entries.map((entry) => entry._id)),
    ]),
  );
  const candidates = new Map<string, Types.ObjectId>();
  for (const id of [...withPieces, ...withEntries])
    if (id instanceof Types.ObjectId) candidates.set(id.toHexString(), id);
  let deleted = 0;
  for (const [hex, id] of candidates) {
    if (listedFileIds.has(hex) || id.getTimestamp() >= startedBefore) continue;
    // delete() needs the file's entry; the pieces of an upload cut off have none.
    await answeringUnavailable(() => db.collection(`${name}.chunks`).deleteMany({ files_id: id }));
    await deleteResourceFile(conveningId, hex);
    deleted += 1;
  }
  return deleted;
}
