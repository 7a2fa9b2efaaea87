// Small timing and query-counting helpers shared by the benchmarks.
import mongoose from "mongoose";

export async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return middle(times);
}

function middle(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export type Sampling = {
  /** Untimed runs first, so caches and the JIT are warm (what a polling client meets). */
  warmups?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop adding runs past minRuns once this much time went into timed runs. */
  budgetMs?: number;
  /** Untimed work before each run (an edit before the request that meets it). */
  before?: () => Promise<unknown>;
};

/** The median time of a task: at least minRuns runs, more while the time budget lasts. */
export async function sampleMedian(task: () => Promise<unknown>, options: Sampling = {}): Promise<number> {
  const { warmups = 2, minRuns = 5, maxRuns = 31, budgetMs = 3_000, before } = options;
  for (let run = 0; run < warmups; run += 1) {
    await before?.();
    await task();
  }
  const times: number[] = [];
  let spent = 0;
  while (times.length < minRuns || (times.length < maxRuns && spent < budgetMs)) {
    await before?.();
    const start = performance.now();
    await task();
    const took = performance.now() - start;
    times.push(took);
    spent += took;
  }
  return middle(times);
}

/** Counts the database commands a task sends (mongoose debug hook: one call per query). */
export async function countQueries(task: () => Promise<unknown>): Promise<number> {
  let count = 0;
  mongoose.set("debug", () => {
    count += 1;
  });
  try {
    await task();
  } finally {
    mongoose.set("debug", false);
  }
  return count;
}

export function ratio(a: number, b: number) {
  return `${(a / b).toFixed(2)}×`;
}

export function milliseconds(ms: number) {
  return ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
