// Small timing and query-counting helpers shared by the benchmarks.
import mongoose from "mongoose";

export async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
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
