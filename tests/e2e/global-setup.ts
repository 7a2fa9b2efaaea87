// Starts the production build against a fresh FerretDB loaded with the demo programme.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedDatabase, type EmbeddedDatabase } from "../../app/utils/ferretdb.server";

let database: EmbeddedDatabase | undefined;
let app: ChildProcess | undefined;
let dataDir: string | undefined;

async function waitForHealth(baseUrl: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not become healthy at ${baseUrl}`);
}

export async function setup() {
  if (!fs.existsSync("build/index.js")) throw new Error("Run `npm run build` before the browser tests.");
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-e2e-"));
  database = await startEmbeddedDatabase({ dataDir, log: () => {} });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    MONGODB_URI: `${database.uri}e2e`,
    APP_URL: baseUrl,
    SESSION_SECRET: "e2e-session-secret-that-is-long-enough-0000",
    DEMO_PASSWORD: "e2e-demo-password",
    RESEND_API_KEY: "",
  };
  const seed = spawnSync("npx", ["tsx", "scripts/seed.ts", "--demo"], { env, encoding: "utf8" });
  if (seed.status !== 0) throw new Error(`seeding failed: ${seed.stderr}`);
  app = spawn("npx", ["remix-serve", "./build/index.js"], { env, stdio: ["ignore", "ignore", "ignore"], detached: true });
  await waitForHealth(baseUrl, 60_000);
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_DEMO_PASSWORD = env.DEMO_PASSWORD;
  process.env.E2E_MONGODB_URI = env.MONGODB_URI;
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function teardown() {
  if (app?.pid) {
    // The whole group (npx and the server under it); killed outright if it has not gone in 5 s.
    const group = -app.pid;
    process.kill(group, "SIGTERM");
    for (let waited = 0; waited < 5_000 && isAlive(group); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    if (isAlive(group)) process.kill(group, "SIGKILL");
  }
  await database?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
