// Resident memory of the whole app, Node and the embedded FerretDB, before and after every feed
// of the programme has been read: the programme feed, every city's, every convening's, a personal one.
import fs from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";
import { CITIES } from "~/seed/programme-data";
import type { BenchPart } from "./context";

const TARGET_MIB = 300;
const MIB = 1024 * 1024;

/** A process's resident set from /proc, in bytes; null where there is no /proc. */
function residentBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** A full collection, as V8 runs one under memory pressure. */
function collectGarbage() {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}

export const run: BenchPart = async ({ app, fixtures, scale, databasePid }) => {
  const feeds = [
    "/calendar/programme.ics",
    ...CITIES.map((city) => `/calendar/cities/${city.slug}.ics`),
    ...fixtures.seededConveningIds.map((id) => `/calendar/convenings/${id}.ics`),
    `/calendar/me/${fixtures.calendarToken}.ics`,
  ];
  // Before: what the earlier parts left, after a full collection.
  collectGarbage();
  const nodeBefore = process.memoryUsage().rss;
  const databaseBefore = databasePid === undefined ? null : residentBytes(databasePid);
  // Drafts answer 404; every other feed must answer.
  for (const feed of feeds) {
    const { status } = await app.get(feed);
    if (status !== 200 && status !== 404) throw new Error(`${feed} answered ${status}`);
  }
  const nodePeak = process.memoryUsage().rss;
  // What Node still holds once garbage is gone, to tell retained data from a high-water mark:
  // the target is judged on the app at rest, serving, once the builds' garbage is collected.
  collectGarbage();
  const { heapUsed: heap, rss: node } = process.memoryUsage();
  const database = databasePid === undefined ? null : residentBytes(databasePid);
  const total = node + (database ?? 0);
  const mib = (bytes: number) => `${(bytes / MIB).toFixed(0)} MiB`;
  return {
    figures: [],
    checks: [
      {
        scale,
        name: `resident memory after reading ${feeds.length} feeds once`,
        measured:
          database === null
            ? `Node ${mib(nodeBefore)} → ${mib(node)} after a full GC (${mib(nodePeak)} right after the reads; the database runs elsewhere: MONGODB_URI); heap ${mib(heap)}`
            : `Node ${mib(nodeBefore)} → ${mib(node)} after a full GC (${mib(nodePeak)} right after the reads) + FerretDB ${mib(databaseBefore ?? 0)} → ${mib(database)} = ${mib(total)}; Node's heap ${mib(heap)}`,
        target: `≤ ${TARGET_MIB} MiB`,
        isMet: total <= TARGET_MIB * MIB,
      },
    ],
  };
};
