import { describe, expect, it } from "vitest";
import { parseScaleOption } from "./scale-option";

describe("the seed's --scale option", () => {
  it("is 1, the demo as it is, when absent", () => {
    expect(parseScaleOption(["--demo"])).toEqual({ ok: true, scale: 1 });
  });

  it("reads a whole number from 1 to 20, as a separate argument or after =", () => {
    expect(parseScaleOption(["--demo", "--scale", "10"])).toEqual({ ok: true, scale: 10 });
    expect(parseScaleOption(["--scale=20", "--demo"])).toEqual({ ok: true, scale: 20 });
    expect(parseScaleOption(["--scale", "1"])).toEqual({ ok: true, scale: 1 });
  });

  it.each([["0"], ["21"], ["2.5"], ["-3"], ["ten"], [""], ["1e1"]])("refuses %j in one line", (raw) => {
    expect(parseScaleOption(["--demo", "--scale", raw])).toEqual({
      ok: false,
      message: `--scale takes a whole number from 1 to 20 (1 is the demo as it is), not "${raw}".`,
    });
  });

  it("refuses a missing number", () => {
    expect(parseScaleOption(["--demo", "--scale"])).toEqual({
      ok: false,
      message: "--scale takes a whole number from 1 to 20 (1 is the demo as it is), not nothing.",
    });
  });
});
