// The embedded database: FerretDB (MongoDB wire protocol) on SQLite, built once with the local Go
// toolchain from the Go module proxy, started on a free loopback port and kept alive while we run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const MODULE = "github.com/FerretDB/FerretDB";
// v1.24.1 is tried first; v1.24.0 is the fallback for a module proxy that does not serve v1.24.1.
const VERSIONS = ["v1.24.1", "v1.24.0"];
// The cache is named for the build, not only the version: a binary built before the patch below
// lives under the bare version's name and is rebuilt rather than reused.
const BUILD_SUFFIX = "-id-index";

// FerretDB 1.24 filters `_id` with `_ferretdb_sjson->'$._id'` but indexes `_ferretdb_sjson->"_id"`;
// SQLite uses an index only for the very same expression, so every read, update and delete by
// `_id` scanned its whole table. One line makes the filter the index's expression (decision 025).
const ID_COLUMN_FILE = path.join("internal", "backends", "sqlite", "metadata", "metadata.go");
const ID_COLUMN_AS_SHIPPED = `IDColumn = DefaultColumn + "->'$._id'"`;
const ID_COLUMN_AS_INDEXED = `IDColumn = DefaultColumn + "->\\"_id\\""`;

/** Points FerretDB's `_id` filter at its `_id` index; refuses a source that does not match. */
function patchIdColumn(sourceDir: string) {
  const file = path.join(sourceDir, ID_COLUMN_FILE);
  const source = fs.readFileSync(file, "utf8");
  if (!source.includes(ID_COLUMN_AS_SHIPPED))
    throw new Error(`FerretDB source changed: ${ID_COLUMN_FILE} has no ${ID_COLUMN_AS_SHIPPED}`);
  fs.writeFileSync(file, source.replace(ID_COLUMN_AS_SHIPPED, ID_COLUMN_AS_INDEXED));
}

function cacheDir() {
  return path.resolve(process.env.FERRETDB_CACHE_DIR ?? path.join(process.cwd(), ".cache", "ferretdb"));
}

export function findFerretBinary(): string | undefined {
  if (process.env.FERRETDB_BIN && fs.existsSync(process.env.FERRETDB_BIN)) return process.env.FERRETDB_BIN;
  for (const version of VERSIONS) {
    const candidate = path.join(cacheDir(), version + BUILD_SUFFIX, "ferretdb");
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

const USE_MONGODB_URI_HINT =
  "Alternatively set MONGODB_URI to any MongoDB 6+ deployment (e.g. mongodb://127.0.0.1:27017/planner).";

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }) {
  const result = spawnSync(command, args, { ...options, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

/** Builds FerretDB into the git-ignored cache unless it is there already; returns the binary path. */
export function ensureFerretBinary(log: (line: string) => void = (line) => console.log(line)): string {
  const existing = findFerretBinary();
  if (existing) return existing;
  const goCheck = spawnSync("go", ["version"], { encoding: "utf8" });
  if (goCheck.error || goCheck.status !== 0) {
    throw new Error(`Cannot build the embedded database: Go is not installed or not on PATH. ${USE_MONGODB_URI_HINT}`);
  }
  log("Building the embedded database (FerretDB), first run only…");
  const env = { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod", CGO_ENABLED: "0" };
  const failures: string[] = [];
  for (const version of VERSIONS) {
    const download = run("go", ["mod", "download", "-json", `${MODULE}@${version}`], { env });
    let sourceDir: string | undefined;
    try {
      const info = JSON.parse(download.stdout) as { Dir?: string; Error?: string };
      if (info.Error) failures.push(`${version}: ${info.Error.split("\n")[0]}`);
      sourceDir = info.Dir;
    } catch {
      failures.push(`${version}: ${download.stderr.trim().split("\n")[0]}`);
    }
    if (!sourceDir) continue;
    // The module cache is read-only and lacks the version file that `task gen-version` would write.
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "ferretdb-src-"));
    fs.cpSync(sourceDir, workDir, { recursive: true });
    run("chmod", ["-R", "u+w", workDir], {});
    fs.writeFileSync(path.join(workDir, "build", "version", "version.txt"), `${version}\n`);
    try {
      patchIdColumn(workDir);
    } catch (error) {
      fs.rmSync(workDir, { recursive: true, force: true });
      failures.push(`${version}: ${(error as Error).message}`);
      continue;
    }
    const target = path.join(cacheDir(), version + BUILD_SUFFIX, "ferretdb");
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const build = run("go", ["build", "-trimpath", "-o", target, "./cmd/ferretdb"], { cwd: workDir, env });
    fs.rmSync(workDir, { recursive: true, force: true });
    if (build.status === 0 && fs.existsSync(target)) {
      log(`Embedded database ready: FerretDB ${version} (${target}).`);
      return target;
    }
    failures.push(`${version}: go build failed: ${build.stderr.trim().split("\n").slice(-3).join(" ")}`);
  }
  throw new Error(
    `Cannot build the embedded database from the Go module proxy (${failures.join("; ")}). ${USE_MONGODB_URI_HINT}`,
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`FerretDB exited with code ${child.exitCode} while starting`);
    if (await canConnect(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`FerretDB did not start listening on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/** Kills a FerretDB left behind by a crashed earlier run that used the same data folder. */
function killStaleServer(pidFile: string) {
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  fs.rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmdline.includes("ferretdb")) process.kill(pid, "SIGKILL");
  } catch {
    // Not running any more (or no /proc): nothing to clean up.
  }
}

export type EmbeddedDatabase = {
  uri: string;
  port: number;
  pid: () => number | undefined;
  stop: () => Promise<void>;
};

/**
 * Starts FerretDB with its data in `dataDir` and restarts it on the same port if it dies,
 * so the app recovers by itself; `stop()` ends it for good.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? ((line: string) => console.log(line));
  const binary = ensureFerretBinary(log);
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const pidFile = path.join(dataDir, "ferretdb.pid");
  killStaleServer(pidFile);
  const port = options.port ?? (await freePort());
  const logFile = fs.openSync(path.join(dataDir, "ferretdb.log"), "a");
  let child: ChildProcess | undefined;
  let stopping = false;

  const launch = async () => {
    child = spawn(
      binary,
      [
        "--handler=sqlite",
        `--sqlite-url=file:${dataDir}/`,
        `--state-dir=${dataDir}`,
        `--listen-addr=127.0.0.1:${port}`,
        "--telemetry=disable",
        "--debug-addr=-",
        "--log-level=warn",
      ],
      { stdio: ["ignore", logFile, logFile] },
    );
    fs.writeFileSync(pidFile, String(child.pid));
    const current = child;
    current.once("exit", (code, signal) => {
      if (stopping || current !== child) return;
      log(`Embedded database stopped unexpectedly (${signal ?? code}); restarting…`);
      setTimeout(() => {
        if (!stopping) launch().catch((error) => log(`Embedded database restart failed: ${error.message}`));
      }, 500);
    });
    await waitForPort(port, current, 30_000);
  };

  await launch();

  const killNow = () => {
    stopping = true;
    child?.kill("SIGTERM");
  };
  process.once("exit", killNow);

  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    pid: () => child?.pid,
    stop: async () => {
      stopping = true;
      process.removeListener("exit", killNow);
      const current = child;
      if (current && current.exitCode === null && current.signalCode === null) {
        await new Promise<void>((resolve) => {
          const forceKill = setTimeout(() => current.kill("SIGKILL"), 5_000);
          current.once("exit", () => {
            clearTimeout(forceKill);
            resolve();
          });
          current.kill("SIGTERM");
        });
      }
      fs.rmSync(pidFile, { force: true });
      fs.closeSync(logFile);
    },
  };
}
