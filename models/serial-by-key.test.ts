import { describe, expect, it } from "vitest";
import { createSerialByKey } from "./serial-by-key";

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
