// npm run bench [-- part]: loads the demo (1×) and the demo at 10× into two databases on one
// embedded FerretDB (or the server of MONGODB_URI), measures every figure of issue 15 at both
// sizes through the production build's request handler, and prints each with its 10×/1× ratio,
// its queries and whether it meets its target. A missed target is reported; only errors fail.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { disconnectDb } from "~/utils/db.server";
import { startEmbeddedDatabase } from "~/utils/ferretdb.server";
import { run as actions } from "./bench/actions.bench";
import { run as agenda } from "./bench/agenda.bench";
import { appClient, loadBuild, requestHandler } from "./bench/app";
import { run as calendar } from "./bench/calendar.bench";
import type { BenchPart } from "./bench/context";
import {
  formatCheck,
  formatScaleTable,
  scaleRows,
  SCALE_TARGET,
  worstScaleRatio,
  type PartResult,
} from "./bench/figures";
import { prepareFixtures } from "./bench/fixtures";
import { run as memory } from "./bench/memory.bench";
import { databasesAt, databaseName, loadProgramme, SCALES, connectToScale, type DatabaseAt } from "./bench/programmes";
import { run as registration } from "./bench/registration.bench";

// In this order: the calendar part edits a session after the pages were read, registration adds
// registrations, and memory is read last, once everything was served.
const PARTS: Array<[string, BenchPart]> = [
  ["actions", actions],
  ["agenda", agenda],
  ["calendar", calendar],
  ["registration", registration],
  ["memory", memory],
];

const only = process.argv[2];
if (only && !PARTS.some(([name]) => name === only)) {
  console.error(`Unknown part "${only}": choose one of ${PARTS.map(([name]) => name).join(", ")}, or none for all.`);
  process.exit(1);
}
const parts = PARTS.filter(([name]) => !only || name === only);

process.env.NODE_ENV = "test"; // the bench's own databases and no session secret to configure
process.env.SESSION_SECRET ??= "bench-session-secret-that-is-long-enough-000";
// Mail stays in the outbox: the register action must never send real email.
delete process.env.SMTP_URL;
delete process.env.RESEND_API_KEY;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-bench-"));
const external = process.env.MONGODB_URI;
const embedded = external ? undefined : await startEmbeddedDatabase({ dataDir, log: () => {} });
const at: DatabaseAt = external ? databasesAt(external) : (name) => `${embedded!.uri}${name}`;

try {
  console.log(`Database: ${external ? "MONGODB_URI" : "embedded FerretDB"}, ${SCALES.map(databaseName).join(" and ")}`);
  for (const scale of SCALES) {
    const started = performance.now();
    const printed = await loadProgramme(at, scale);
    console.log(`  ${scale}×: ${printed.at(-1)} (${seconds(started)} with start-up)`);
  }
  const results = new Map<number, PartResult[]>();
  let build: Awaited<ReturnType<typeof loadBuild>> | undefined;
  for (const scale of SCALES) {
    await connectToScale(at, scale);
    // Imported once connected: the build's start-up work runs on this connection.
    build ??= await loadBuild();
    const context = {
      scale,
      build,
      app: appClient(requestHandler(build)),
      fixtures: await prepareFixtures(),
      databasePid: embedded?.pid(),
      databaseUri: at(databaseName(scale)),
    };
    const measured: PartResult[] = [];
    for (const [name, part] of parts) {
      const started = performance.now();
      measured.push(await part(context));
      console.log(`  measured ${name} at ${scale}× in ${seconds(started)}`);
    }
    results.set(scale, measured);
  }

  const [small, large] = SCALES.map((scale) => results.get(scale)!);
  const rows = scaleRows(
    small.flatMap((part) => part.figures),
    large.flatMap((part) => part.figures),
  );
  if (rows.length > 0) {
    console.log("\nMedians through createRequestHandler(build/index.js), the same requests at both sizes:");
    for (const line of formatScaleTable(rows)) console.log(line);
  }
  const checks = SCALES.flatMap((scale) => results.get(scale)!.flatMap((part) => part.checks));
  if (checks.length > 0) console.log("");
  for (const check of checks) console.log(formatCheck(check));
  const worst = worstScaleRatio(rows);
  if (worst) {
    console.log(`\nworst: ${worst.name}`);
    console.log(`scale: worst 10×/1× ratio ${worst.ratio.toFixed(2)} (target ≤ ${SCALE_TARGET})`);
  }
} finally {
  await disconnectDb();
  await embedded?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
