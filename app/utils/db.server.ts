// The one database connection for the app, scripts and tests: MONGODB_URI when set, otherwise
// the embedded FerretDB. Memoised on globalThis so dev rebuilds reuse it.
import mongoose from "mongoose";
import path from "node:path";
import { databaseUnavailableResponse, isDatabaseUnavailableError } from "~models/database-unavailable.server";
import { allModels } from "~models/index.server";
import { getEnv } from "./env.server";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./ferretdb.server";

const DATABASE_NAME = "convening_planner";

type DbState = { connecting?: Promise<typeof mongoose>; embedded?: EmbeddedDatabase; isExitOnSignal?: boolean };
const globalForDb = globalThis as typeof globalThis & { __dbState?: DbState };
const state: DbState = (globalForDb.__dbState ??= {});

// Indexes are built once at start (ensureIndexes), never lazily while requests race.
mongoose.set("autoIndex", false);
mongoose.set("autoCreate", false);
mongoose.set("strictQuery", true);

/**
 * Exits on SIGINT/SIGTERM after closing the database (and the embedded FerretDB with it):
 * otherwise the driver's reconnect timers keep a stopped server's process alive.
 */
function exitOnSignals() {
  if (state.isExitOnSignal) return;
  state.isExitOnSignal = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      const giveUp = new Promise((resolve) => setTimeout(resolve, 6_000).unref());
      void Promise.race([disconnectDb(), giveUp]).finally(() => process.exit(0));
    });
  }
}

async function resolveUri(): Promise<string> {
  const env = getEnv();
  if (env.MONGODB_URI) return env.MONGODB_URI;
  state.embedded ??= await startEmbeddedDatabase({ dataDir: path.resolve(env.DATA_DIR) });
  return `${state.embedded.uri}${DATABASE_NAME}`;
}

export function connectDb(): Promise<typeof mongoose> {
  state.connecting ??= (async () => {
    if (getEnv().NODE_ENV !== "test") exitOnSignals();
    const uri = await resolveUri();
    await mongoose.connect(uri, { serverSelectionTimeoutMS: 5_000, heartbeatFrequencyMS: 2_000 });
    await ensureIndexes();
    return mongoose;
  })().catch((error) => {
    state.connecting = undefined;
    throw error;
  });
  return state.connecting;
}

/** connectDb for a request: a database that cannot be reached is answered 503 "try again", not 500. */
export async function connectDbForRequest(): Promise<void> {
  try {
    await connectDb();
  } catch (error) {
    throw isDatabaseUnavailableError(error) ? databaseUnavailableResponse() : error;
  }
}

export async function ensureIndexes() {
  for (const model of allModels) {
    await model.createCollection().catch((error: { code?: number }) => {
      if (error.code !== 48) throw error; // 48: the collection exists already
    });
    await model.createIndexes();
  }
}

/** True when the database answers a ping within the time limit. */
export async function pingDb(timeoutMs = 2_000): Promise<boolean> {
  try {
    await Promise.race([
      connectDb(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    const db = mongoose.connection.db;
    if (!db) return false;
    await Promise.race([
      db.admin().ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    return true;
  } catch {
    return false;
  }
}

export async function disconnectDb() {
  // Close our connections first: FerretDB's graceful shutdown waits for open ones to drain.
  await mongoose.disconnect();
  state.connecting = undefined;
  await state.embedded?.stop();
  state.embedded = undefined;
}

export function embeddedDatabase() {
  return state.embedded;
}
