// npm run bench [-- area]: runs every benchmark in scripts/bench/ (or the named one) against a
// fresh database on the embedded FerretDB (or MONGODB_URI), printing figures as ratios.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import mongoose from "mongoose";
import { connectDb, disconnectDb } from "~/utils/db.server";
import { startEmbeddedDatabase } from "~/utils/ferretdb.server";

const benchDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench");
const only = process.argv[2];
const files = fs
  .readdirSync(benchDir)
  .filter((file) => file.endsWith(".bench.ts") && (!only || file.startsWith(only)))
  .sort();

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-bench-"));
const embedded = process.env.MONGODB_URI ? undefined : await startEmbeddedDatabase({ dataDir, log: () => {} });
const server = embedded?.uri ?? process.env.MONGODB_URI!.replace(/\/[^/]*$/, "/");
process.env.NODE_ENV = "test"; // benchmarks use their own database and no session secret
process.env.SESSION_SECRET ??= "bench-session-secret-that-is-long-enough-000";
try {
  for (const file of files) {
    process.env.MONGODB_URI = `${server}bench_${path.basename(file, ".bench.ts").replace(/\W/g, "_")}`;
    await connectDb();
    await mongoose.connection.dropDatabase();
    await disconnectDb();
    await connectDb();
    console.log(`\n## ${file}`);
    const bench = (await import(path.join(benchDir, file))) as { run: () => Promise<void> };
    await bench.run();
    await disconnectDb();
  }
} finally {
  await embedded?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
