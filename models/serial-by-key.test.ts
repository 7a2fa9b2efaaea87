import { describe, expect, it } from "vitest";
import { createBatchByKey, createSerialByKey } from "./serial-by-key";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("createSerialByKey", () => {
  it("runs one key's tasks one after another in arrival order, even when one fails", async () => {
    const serial = createSerialByKey();
    const log: string[] = [];
    const task =
      (name: string, fails = false) =>
      async () => {
        log.push(`${name} start`);
        await tick();
        log.push(`${name} end`);
        if (fails) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      serial("a", task("first")),
      serial("a", task("second", true)),
      serial("a", task("third")),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(log).toEqual(["first start", "first end", "second start", "second end", "third start", "third end"]);
  });

  it("runs tasks of different keys at the same time", async () => {
    const serial = createSerialByKey();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([serial("a", task("a")), serial("b", task("b"))]);
    expect(log).toEqual(["a start", "b start", "a end", "b end"]);
  });
});

describe("createBatchByKey", () => {
  it("merges the items queued while a turn runs into the next turn, each handled in a turn begun after it arrived", async () => {
    const serial = createSerialByKey();
    const turns: string[][] = [];
    const batch = createBatchByKey(serial, async (key, items: string[]) => {
      turns.push([key, ...items]);
      await tick();
      return items.length;
    });
    const first = batch("a", ["1"]);
    await Promise.resolve(); // the first turn has begun: later items wait for the next
    await Promise.resolve();
    const later = [batch("a", ["2"]), batch("a", ["3", "4"]), batch("b", ["x"])];
    expect(await Promise.all([first, ...later])).toEqual([1, 3, 3, 1]);
    expect(turns).toEqual([
      ["a", "1"],
      ["b", "x"],
      ["a", "2", "3", "4"],
    ]);
  });

  it("shares a key's turns with other tasks of the same serial, in arrival order", async () => {
    const serial = createSerialByKey();
    const log: string[] = [];
    const batch = createBatchByKey(serial, async (_key, items: string[]) => {
      log.push(items.join("+"));
      await tick();
    });
    await Promise.all([
      serial("a", async () => {
        log.push("other");
        await tick();
      }),
      batch("a", ["1"]),
      batch("a", ["2"]),
    ]);
    expect(log).toEqual(["other", "1+2"]);
  });
});
