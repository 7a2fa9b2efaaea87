// A query that fails because the database cannot be reached (the connection dropped mid-write,
// no server to select) is answered 503 "try again", never a 500: the error becomes the same
// thrown Response a loader uses to refuse, which Remix shows on the error page with its status.
import type { Schema } from "mongoose";

const UNAVAILABLE_ERROR_NAMES = new Set([
  "MongoNetworkError",
  "MongoNetworkTimeoutError",
  "MongoServerSelectionError",
  "MongooseServerSelectionError",
  "MongoTopologyClosedError",
  "MongoNotConnectedError",
  "MongoPoolClearedError",
  "MongoServerClosedError",
]);

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The planner cannot reach its database just now, so this could not be completed. Try again in a moment.";

/** True for an error (or the error it wraps) that says the database could not be reached. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== "object") return false;
    const { name, cause } = current as { name?: unknown; cause?: unknown };
    if (typeof name === "string" && UNAVAILABLE_ERROR_NAMES.has(name)) return true;
    // Mongoose holds queries while it reconnects and gives up after bufferTimeoutMS.
    if (name === "MongooseError" && /buffering timed out/.test(String((current as Error).message))) return true;
    current = cause;
  }
  return false;
}

/** The 503 answer; it also carries a `message`, so scripts that print `error.message` say why. */
export function databaseUnavailableResponse(): Response & { message: string } {
  const response = new Response(DATABASE_UNAVAILABLE_MESSAGE, {
    status: 503,
    statusText: "Service Unavailable",
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" },
  });
  return Object.assign(response, { message: DATABASE_UNAVAILABLE_MESSAGE });
}

const QUERY_OPERATIONS = [
  "countDocuments",
  "deleteMany",
  "deleteOne",
  "distinct",
  "estimatedDocumentCount",
  "find",
  "findOne",
  "findOneAndDelete",
  "findOneAndReplace",
  "findOneAndUpdate",
  "replaceOne",
  "updateMany",
  "updateOne",
] as const;

/** Adds the 503 answer to every query, save, insertMany and aggregate of the schema's model. */
export function answerDatabaseUnavailable(schema: Schema) {
  const translate = (error: Error, _result: unknown, next: (error?: Error) => void) =>
    next(isDatabaseUnavailableError(error) ? (databaseUnavailableResponse() as unknown as Error) : error);
  schema.post([...QUERY_OPERATIONS], { errorHandler: true }, translate);
  schema.post("save", { errorHandler: true }, translate);
  schema.post("insertMany", { errorHandler: true }, translate);
  schema.post("aggregate", { errorHandler: true }, translate);
}
