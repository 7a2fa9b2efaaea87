// A least-recently-used cache bounded by the size of what it holds (as each entry reports it),
// so memory stays flat however many feeds or events are asked for.
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; size: number }>();
  private heldSize = 0;

  constructor(
    private readonly maxSize: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key); // re-inserted last: the Map's order is the eviction order
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V) {
    this.delete(key);
    const size = this.sizeOf(value);
    if (size > this.maxSize) return; // larger than the whole budget: never held
    this.entries.set(key, { value, size });
    this.heldSize += size;
    for (const [oldest, entry] of this.entries) {
      if (this.heldSize <= this.maxSize) break;
      this.entries.delete(oldest);
      this.heldSize -= entry.size;
    }
  }

  delete(key: K) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.heldSize -= entry.size;
  }

  clear() {
    this.entries.clear();
    this.heldSize = 0;
  }

  get size() {
    return this.entries.size;
  }

  /** The total size of what is held, in the unit sizeOf reports. */
  get held() {
    return this.heldSize;
  }
}
