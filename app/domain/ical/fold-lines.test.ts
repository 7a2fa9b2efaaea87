// The fast fold must write exactly what ical-generator's own foldLines writes, for any text.
import { foldLines as libraryFoldLines } from "ical-generator";
import { describe, expect, it } from "vitest";
import { foldLines } from "./fold-lines";

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One-, two-, three- and four-octet characters, line breaks and malformed UTF-16.
const ALPHABET = [
  "a",
  "Z",
  " ",
  ",",
  ";",
  "\\",
  "\n",
  "\t",
  "é",
  "ŵ",
  "ŷ",
  "Ł",
  "ß",
  "€",
  "中",
  "–",
  "\u2028",
  "🎉",
  "👩🏽‍💻",
  "\uD83D",
  "\uDE00",
  "\r\n",
  "\r",
];

describe("foldLines", () => {
  it("matches ical-generator for ASCII lines of every length around the fold points", () => {
    for (let length = 0; length <= 300; length++) {
      const line = `DESCRIPTION:${"x".repeat(length)}`;
      expect(foldLines(line)).toBe(libraryFoldLines(line));
    }
  });

  it("matches ical-generator when a multi-octet character straddles the 75-octet limit", () => {
    for (const ch of ["é", "€", "中", "🎉"]) {
      for (let prefix = 60; prefix <= 80; prefix++) {
        const line = `SUMMARY:${"a".repeat(prefix)}${ch.repeat(30)}`;
        expect(foldLines(line)).toBe(libraryFoldLines(line));
      }
    }
  });

  it("matches ical-generator on 2,000 random texts of mixed scripts, emoji, line breaks and lone surrogates", () => {
    const next = random(20261123);
    for (let run = 0; run < 2000; run++) {
      const length = Math.floor(next() * 400);
      let text = "LOCATION:";
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(foldLines(text)).toBe(libraryFoldLines(text));
    }
  });

  it("keeps every line within 75 octets", () => {
    const folded = foldLines(`SUMMARY:${"Caerdydd ŵ 中 ".repeat(40)}\r\nDESCRIPTION:${"x".repeat(500)}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
