// Starts the production build against a fresh embedded FerretDB loaded with the demo programme
// (a read-only baseline: tests make whatever they change), and stops both after the run.
// The server's address and database reach the test workers through process.env.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedDatabase } from "../../app/utils/ferretdb.server";

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

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the whole process group (npx and the server under it), outright if it has not gone in 5 s. */
async function stopGroup(app: ChildProcess) {
  if (!app.pid) return;
  const group = -app.pid;
  if (!isAlive(group)) return;
  process.kill(group, "SIGTERM");
  for (let waited = 0; waited < 5_000 && isAlive(group); waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (isAlive(group)) process.kill(group, "SIGKILL");
}

export default async function globalSetup() {
  if (!fs.existsSync("build/index.js")) throw new Error("Run `npm run build` before the browser tests.");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-e2e-"));
  const database = await startEmbeddedDatabase({ dataDir, log: () => {} });
  let app: ChildProcess | undefined;
  const teardown = async () => {
    if (app) await stopGroup(app);
    await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
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
      SMTP_URL: "", // never real mail from the browser tests: the outbox holds it
      CHANGE_NOTICE_DELAY: "0", // change notices go at once, so a test can read them in the outbox
    };
    const seed = spawnSync("npx", ["tsx", "scripts/seed.ts", "--demo"], { env, encoding: "utf8" });
    if (seed.status !== 0) throw new Error(`seeding failed: ${seed.stderr}`);
    app = spawn("node", ["--import", "tsx", "scripts/server.ts"], {
      env,
      stdio: ["ignore", "ignore", "ignore"],
      detached: true,
    });
    await waitForHealth(baseUrl, 60_000);
    process.env.E2E_BASE_URL = baseUrl;
    process.env.E2E_DEMO_PASSWORD = env.DEMO_PASSWORD;
    process.env.E2E_MONGODB_URI = env.MONGODB_URI;
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
