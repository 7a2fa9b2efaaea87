// The app's /healthz follows the database: 503 while it is down, 200 again once it is back,
// without restarting the app. Uses its own FerretDB so stopping it disturbs no other test file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loader as healthz } from "../../app/routes/healthz";
import { connectDb, disconnectDb } from "../../app/utils/db.server";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../app/utils/ferretdb.server";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-recovery-"));
let database: EmbeddedDatabase | undefined;

afterAll(async () => {
  await disconnectDb();
  await database?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function health() {
  const response = await healthz();
  return { status: response.status, body: await response.json() };
}

async function eventuallyHealthy(timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let last = await health();
  while (last.status !== 200 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await health();
  }
  return last;
}

describe("database health and recovery", () => {
  it("answers 200, then 503 while the database is stopped, then 200 again once it restarts", async () => {
    database = await startEmbeddedDatabase({ dataDir, log: () => {} });
    process.env.MONGODB_URI = `${database.uri}recovery`;
    await connectDb();
    expect(await health()).toEqual({ status: 200, body: { ok: true } });

    const port = database.port;
    await database.stop();
    expect(await health()).toEqual({ status: 503, body: { ok: false, error: "database unavailable" } });

    database = await startEmbeddedDatabase({ dataDir, port, log: () => {} });
    expect(await eventuallyHealthy()).toEqual({ status: 200, body: { ok: true } });
  });

  it("restarts the embedded database by itself when its process dies", async () => {
    const pid = database!.pid()!;
    process.kill(pid, "SIGKILL");
    const deadline = Date.now() + 20_000;
    while (database!.pid() === pid && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(database!.pid()).not.toBe(pid);
    expect(await eventuallyHealthy()).toEqual({ status: 200, body: { ok: true } });
  });
});
