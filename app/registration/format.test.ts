import { describe, expect, it } from "vitest";
import { formatRange } from "./format";

describe("formatRange", () => {
  it("gives one day's times at the place", () => {
    expect(formatRange(new Date("2027-03-25T09:00:00Z"), new Date("2027-03-25T17:00:00Z"), "Europe/London")).toBe(
      "Thursday 25 March 2027, 09:00–17:00 (Europe/London time)",
    );
  });

  it("names both offsets when the clocks change during the convening", () => {
    // Pittsburgh, 2 to 4 November 2029: US clocks go back on the 4th.
    expect(formatRange(new Date("2029-11-02T13:00:00Z"), new Date("2029-11-04T22:00:00Z"), "America/New_York")).toBe(
      "2 November – 4 November 2029, 09:00 EDT – 17:00 EST (America/New York time)",
    );
  });
});
