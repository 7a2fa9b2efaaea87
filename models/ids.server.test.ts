import { describe, expect, it } from "vitest";
import { idOrNull, isValidId, newId, validIds } from "./ids.server";

describe("ids", () => {
  it("accepts 24 hexadecimal characters only: a 12-character string is not an id in a URL", () => {
    expect(isValidId("64b0000000000000000000aA")).toBe(true);
    expect(isValidId("abcdefghijkl")).toBe(false);
    expect(isValidId("64b00000000000000000000")).toBe(false);
    expect(isValidId("64b0000000000000000000zz")).toBe(false);
    expect(isValidId(undefined)).toBe(false);
  });

  it("keeps the distinct well-formed ids, in order", () => {
    expect(
      validIds(["64b0000000000000000000bb", null, "new", "64b0000000000000000000aa", "64b0000000000000000000bb", ""]),
    ).toEqual(["64b0000000000000000000bb", "64b0000000000000000000aa"]);
  });

  it("reads stored references as strings or null, and makes increasing ids", () => {
    expect(idOrNull(null)).toBe(null);
    expect(idOrNull({ toString: () => "64b0000000000000000000aa" })).toBe("64b0000000000000000000aa");
    const [first, second] = [newId(), newId()];
    expect(isValidId(first)).toBe(true);
    expect(second > first).toBe(true);
  });
});
