// A small in-process limit on how many registrations run at once. The embedded database (SQLite
// under FerretDB) takes one writer at a time and backs off when many wait, so a burst of
// requests is faster in a short queue. Correctness never depends on it: places are held by
// unique seat inserts, which also guard against other processes.
export function createLimiter(maxConcurrent: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async function limit<T>(task: () => Promise<T>): Promise<T> {
    if (running >= maxConcurrent) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
