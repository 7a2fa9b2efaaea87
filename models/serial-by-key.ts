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

type Serial = ReturnType<typeof createSerialByKey>;

/**
 * Runs `run` in the key's turns of `serial` with the items queued for it, merging items that
 * arrive while an earlier turn of the key waits or runs into one later turn: a burst of writes
 * to one document becomes a few writes, not one per item. Every item is handled in a turn that
 * began after it was queued; a caller's promise settles with that turn, with what it returned.
 */
export function createBatchByKey<Item, Result>(serial: Serial, run: (key: string, items: Item[]) => Promise<Result>) {
  const waiting = new Map<string, { items: Item[]; done: Promise<Result> }>();
  return function batch(key: string, items: Item[]): Promise<Result> {
    const queued = waiting.get(key);
    if (queued) {
      queued.items.push(...items);
      return queued.done;
    }
    const next: { items: Item[]; done: Promise<Result> } = { items: [...items], done: Promise.resolve() as never };
    next.done = serial(key, () => {
      waiting.delete(key); // from here on, new items wait for the turn after this one
      return run(key, next.items);
    });
    waiting.set(key, next);
    return next.done;
  };
}
