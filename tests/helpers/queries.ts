// Counting the queries a task sends to the database, to prove a page reads in a fixed number of
// them whatever its size (mongoose's debug hook is called once per collection operation).
import mongoose from "mongoose";

/** The task's result and the operations it ran, as "collection.method" in order. */
export async function recordQueries<T>(task: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  mongoose.set("debug", (collection: string, method: string) => {
    queries.push(`${collection}.${method}`);
  });
  try {
    return { result: await task(), queries };
  } finally {
    mongoose.set("debug", false);
  }
}

export type RecordedQuery = { query: string; filter: unknown };

/** As recordQueries, with each operation's filter: to prove a read goes by `_id` alone. */
export async function recordQueryFilters<T>(task: () => Promise<T>): Promise<{ result: T; queries: RecordedQuery[] }> {
  const queries: RecordedQuery[] = [];
  mongoose.set("debug", (collection: string, method: string, filter: unknown) => {
    queries.push({ query: `${collection}.${method}`, filter });
  });
  try {
    return { result: await task(), queries };
  } finally {
    mongoose.set("debug", false);
  }
}

/** FerretDB serves from an index only a filter that is exactly `{ _id: <one id> }`. */
export function isByIdAlone(filter: unknown): boolean {
  if (typeof filter !== "object" || filter === null) return false;
  const keys = Object.keys(filter);
  const id = (filter as { _id?: unknown })._id;
  return keys.length === 1 && keys[0] === "_id" && (typeof id === "string" || id instanceof mongoose.Types.ObjectId);
}
