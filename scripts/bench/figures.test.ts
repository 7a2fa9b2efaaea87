import { describe, expect, it } from "vitest";
import { scaleRows, worstScaleRatio, type Figure } from "./figures";

const figure = (name: string, ms: number, queries: number | null, target: Figure["target"]): Figure => ({
  name,
  ms,
  queries,
  target,
});

describe("the bench's judgement of its figures", () => {
  it("holds a page to 1.3× of its 1× time with the same number of queries", () => {
    const rows = scaleRows(
      [figure("agenda page", 10, 4, { kind: "scale" }), figure("dashboard", 10, 3, { kind: "scale" })],
      [figure("agenda page", 12, 4, { kind: "scale" }), figure("dashboard", 11, 5, { kind: "scale" })],
    );
    expect(rows.map((row) => [row.name, row.ratio, row.isMet, row.verdict])).toEqual([
      ["agenda page", 1.2, true, "yes"],
      ["dashboard", 1.1, false, "no (queries differ)"],
    ]);
  });

  it("holds a 304 to a median in milliseconds at both sizes", () => {
    const rows = scaleRows(
      [figure("304", 2, 1, { kind: "at-most-ms", ms: 5 })],
      [figure("304", 6, 1, { kind: "at-most-ms", ms: 5 })],
    );
    expect(rows[0].isMet).toBe(false);
  });

  it("holds the feed after an edit to a multiple of the unchanged feed at the same size", () => {
    const target = { kind: "at-most-times", of: "feed", times: 10 } as const;
    const rows = scaleRows(
      [figure("feed", 10, 1, { kind: "none" }), figure("feed after edit", 50, 3, target)],
      [figure("feed", 20, 1, { kind: "none" }), figure("feed after edit", 300, 3, target)],
    );
    expect(rows[1]).toMatchObject({ isMet: false, verdict: "no (5.0× at 1×, 15.0× at 10×)" });
  });

  it("names the worst ratio among the figures held to the scale target only", () => {
    const rows = scaleRows(
      [
        figure("a", 10, 1, { kind: "scale" }),
        figure("b", 10, 1, { kind: "scale" }),
        figure("c", 1, 1, { kind: "none" }),
      ],
      [
        figure("a", 14, 1, { kind: "scale" }),
        figure("b", 25, 1, { kind: "scale" }),
        figure("c", 100, 1, { kind: "none" }),
      ],
    );
    expect(worstScaleRatio(rows)).toEqual({ ratio: 2.5, name: "b" });
  });
});
