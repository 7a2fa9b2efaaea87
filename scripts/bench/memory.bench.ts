// Resident memory of the whole app as deployed: a server process of its own (`npm start`,
// scripts/server.ts on the production build) serving this size of the programme, measured once
// it has answered every feed once (the programme feed, every city's, every convening's, a
// personal one), plus the embedded FerretDB. The bench's own process, which seeded nothing but
// holds both sizes' pages, caches and fixtures, is not the app and is not counted.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { CITIES } from "~/seed/programme-data";
import type { BenchPart } from "./context";

const TARGET_MIB = 300;
const MIB = 1024 * 1024;
const STARTUP_TIMEOUT_MS = 120_000;

/** A process's resident set from /proc, in bytes; null where there is no /proc. */
function residentBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the app as `npm start` does, on the scale's database; resolves once it listens. */
async function startServer(databaseUri: string): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/server.ts")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: origin,
      MONGODB_URI: databaseUri,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${output.trim()}`)), STARTUP_TIMEOUT_MS);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("[server]")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", listen);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it listened: ${output.trim()}`));
    });
  });
  // The request log is not read: drained so the pipe never fills.
  child.stdout!.resume();
  child.stderr!.resume();
  return { child, origin };
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

export const run: BenchPart = async ({ fixtures, scale, databasePid, databaseUri }) => {
  const feeds = [
    "/calendar/programme.ics",
    ...CITIES.map((city) => `/calendar/cities/${city.slug}.ics`),
    ...fixtures.seededConveningIds.map((id) => `/calendar/convenings/${id}.ics`),
    `/calendar/me/${fixtures.calendarToken}.ics`,
  ];
  const { child, origin } = await startServer(databaseUri);
  try {
    const pid = child.pid!;
    const nodeStarted = residentBytes(pid);
    const databaseBefore = databasePid === undefined ? null : residentBytes(databasePid);
    // Drafts answer 404; every other feed must answer. As a calendar client asks: compressed.
    for (const feed of feeds) {
      const response = await fetch(`${origin}${feed}`, { headers: { "Accept-Encoding": "gzip" } });
      await response.arrayBuffer();
      if (response.status !== 200 && response.status !== 404) throw new Error(`${feed} answered ${response.status}`);
    }
    const node = residentBytes(pid);
    if (node === null || nodeStarted === null) throw new Error("no /proc: the server's memory cannot be read");
    const database = databasePid === undefined ? null : residentBytes(databasePid);
    const total = node + (database ?? 0);
    const mib = (bytes: number) => `${(bytes / MIB).toFixed(0)} MiB`;
    return {
      figures: [],
      checks: [
        {
          scale,
          name: `resident memory of the served app after reading ${feeds.length} feeds once`,
          measured:
            database === null
              ? `Node ${mib(nodeStarted)} at start → ${mib(node)} (the database runs elsewhere: MONGODB_URI)`
              : `Node ${mib(nodeStarted)} at start → ${mib(node)} + FerretDB ${mib(databaseBefore ?? 0)} → ${mib(database)} = ${mib(total)}`,
          target: `≤ ${TARGET_MIB} MiB`,
          isMet: total <= TARGET_MIB * MIB,
        },
      ],
    };
  } finally {
    await stopServer(child);
  }
};
