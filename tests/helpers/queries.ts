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
