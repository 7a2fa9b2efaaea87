// Runs tasks one after another per key, in arrival order, and tasks of different keys at once.
// FerretDB applies an update as read-modify-write, so two updates of one document racing in this
// process could lose one of them; queueing them per document id here means they never overlap.

export function createSerialByKey() {
  const tails = new Map<string, Promise<unknown>>();
  return async function serial<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      // The last task of a key removes its entry, so the map holds only keys with work queued.
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
