import { describe, expect, it } from "vitest";
import { LruCache } from "./lru-cache";

describe("a cache bounded by size", () => {
  const cacheOf = (maxSize: number) => new LruCache<string, string>(maxSize, (value) => value.length);

  it("evicts the least recently used entries once what it holds passes the bound", () => {
    const cache = cacheOf(10);
    cache.set("a", "aaaa");
    cache.set("b", "bbbb");
    expect(cache.get("a")).toBe("aaaa"); // a is now the most recently used
    cache.set("c", "cccc");
    expect([cache.get("a"), cache.get("b"), cache.get("c"), cache.held]).toEqual(["aaaa", undefined, "cccc", 8]);
  });

  it("counts a replaced entry once and never holds one larger than the whole bound", () => {
    const cache = cacheOf(10);
    cache.set("a", "aaaa");
    cache.set("a", "aaaaaa");
    cache.set("huge", "x".repeat(11));
    expect([cache.size, cache.held, cache.get("huge")]).toEqual([1, 6, undefined]);
  });

  it("stays within its bound however many entries are set", () => {
    const cache = cacheOf(1_000);
    for (let index = 0; index < 10_000; index += 1) cache.set(`key-${index}`, "v".repeat(1 + (index % 37)));
    expect(cache.held).toBeLessThanOrEqual(1_000);
    expect(cache.get("key-9999")).toBe("v".repeat(1 + (9999 % 37)));
  });
});
