// The bench's figures, the targets of issue 15 they are held to, and the report that pairs each
// figure at 1× with the same figure at 10×. A missed target is reported, never thrown.
import { milliseconds } from "./measure";

/** The ratio every page, .ics and action must stay within at 10× the programme. */
export const SCALE_TARGET = 1.3;

export type Target =
  /** 10× within SCALE_TARGET of 1×, with the same number of queries. */
  | { kind: "scale" }
  /** A median at most this long, at every size. */
  | { kind: "at-most-ms"; ms: number }
  /** At most `times` the named figure, at the same size. */
  | { kind: "at-most-times"; of: string; times: number }
  | { kind: "none" };

export type Figure = { name: string; ms: number; queries: number | null; target: Target };

/** A target checked at one size (agenda parts, memory, concurrency), or a note without one. */
export type Check = { scale: number; name: string; measured: string; target: string | null; isMet: boolean };

export type PartResult = { figures: Figure[]; checks: Check[] };

export type ScaleRow = {
  name: string;
  small: Figure;
  large: Figure;
  ratio: number;
  target: string;
  verdict: string;
  isMet: boolean;
};

function describeTarget(target: Target) {
  if (target.kind === "scale") return `10× ≤ ${SCALE_TARGET}× of 1×, same queries`;
  if (target.kind === "at-most-ms") return `≤ ${target.ms} ms median`;
  if (target.kind === "at-most-times") return `≤ ${target.times}× ${target.of}`;
  return "(none)";
}

/** Pairs the figures measured at 1× and at 10× by name and judges each against its target. */
export function scaleRows(small: Figure[], large: Figure[]): ScaleRow[] {
  const byName = (figures: Figure[], name: string) => figures.find((figure) => figure.name === name);
  return small.flatMap((figure) => {
    const other = byName(large, figure.name);
    if (!other) return [];
    const ratio = other.ms / figure.ms;
    const row = { name: figure.name, small: figure, large: other, ratio, target: describeTarget(figure.target) };
    const { target } = figure;
    if (target.kind === "scale") {
      const sameQueries = figure.queries === other.queries;
      const isMet = ratio <= SCALE_TARGET && sameQueries;
      return [{ ...row, isMet, verdict: isMet ? "yes" : sameQueries ? "no" : "no (queries differ)" }];
    }
    if (target.kind === "at-most-ms") {
      const isMet = figure.ms <= target.ms && other.ms <= target.ms;
      return [{ ...row, isMet, verdict: isMet ? "yes" : "no" }];
    }
    if (target.kind === "at-most-times") {
      const [baseSmall, baseLarge] = [byName(small, target.of), byName(large, target.of)];
      if (!baseSmall || !baseLarge) return [{ ...row, isMet: false, verdict: `no (${target.of} not measured)` }];
      const [timesSmall, timesLarge] = [figure.ms / baseSmall.ms, other.ms / baseLarge.ms];
      const isMet = timesSmall <= target.times && timesLarge <= target.times;
      const verdict = `${isMet ? "yes" : "no"} (${timesSmall.toFixed(1)}× at 1×, ${timesLarge.toFixed(1)}× at 10×)`;
      return [{ ...row, isMet, verdict }];
    }
    return [{ ...row, isMet: true, verdict: "" }];
  });
}

/** The largest 10×/1× ratio among the figures held to the scale target, and which it is. */
export function worstScaleRatio(rows: ScaleRow[]): { ratio: number; name: string } | null {
  const held = rows.filter((row) => row.small.target.kind === "scale");
  if (held.length === 0) return null;
  const worst = held.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { ratio: worst.ratio, name: worst.name };
}

const pad = (text: string, width: number) => text.padEnd(width);
const padStart = (text: string, width: number) => text.padStart(width);

export function formatScaleTable(rows: ScaleRow[]): string[] {
  const nameWidth = Math.max(6, ...rows.map((row) => row.name.length));
  const queries = (figure: Figure) => (figure.queries === null ? "–" : String(figure.queries));
  const lines = [
    `${pad("figure", nameWidth)}  ${padStart("1×", 10)}  ${padStart("10×", 10)}  ${padStart("10×/1×", 7)}  queries 1×→10×  target · met`,
  ];
  for (const row of rows) {
    lines.push(
      `${pad(row.name, nameWidth)}  ${padStart(milliseconds(row.small.ms), 10)}  ${padStart(milliseconds(row.large.ms), 10)}  ${padStart(`${row.ratio.toFixed(2)}×`, 7)}  ${pad(`${queries(row.small)} → ${queries(row.large)}`, 14)}  ${row.target}${row.verdict ? ` · ${row.verdict}` : ""}`,
    );
  }
  return lines;
}

export function formatCheck(check: Check): string {
  if (check.target === null) return `${check.name} at ${check.scale}×: ${check.measured}`;
  return `${check.name} at ${check.scale}×: ${check.measured} (target ${check.target}) · ${check.isMet ? "yes" : "no"}`;
}
