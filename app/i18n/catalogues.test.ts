import { parse } from "@formatjs/icu-messageformat-parser";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { english } from "./catalogues/english";
import { welsh } from "./catalogues/welsh";
import { createTranslator } from "./translator";

const areaFiles = (language: "en" | "cy") =>
  readdirSync(new URL(`./catalogues/${language}/`, import.meta.url))
    .filter((name) => name.endsWith(".json"))
    .sort();
const readArea = (language: "en" | "cy", file: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`./catalogues/${language}/${file}`, import.meta.url), "utf8"));

describe("the catalogues", () => {
  it("hold the same keys in English and Welsh", () => {
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
  });

  it("have the same area files in both languages", () => {
    expect(areaFiles("cy")).toEqual(areaFiles("en"));
  });

  it.each(areaFiles("en"))("hold in %s the same keys in both languages, each named after its area", (file) => {
    const area = file.replace(/\.json$/, "");
    const englishArea = readArea("en", file);
    expect(Object.keys(readArea("cy", file)).sort()).toEqual(Object.keys(englishArea).sort());
    for (const key of Object.keys(englishArea)) expect(key.startsWith(`${area}.`), key).toBe(true);
    // Every area file is part of the catalogue (english.ts and welsh.ts import it).
    for (const key of Object.keys(englishArea)) expect(key in english && key in welsh, key).toBe(true);
  });

  it.each([
    ["en", english],
    ["cy", welsh],
  ] as const)("hold only valid ICU messages in %s, none left empty", (_language, catalogue) => {
    for (const [key, message] of Object.entries(catalogue)) {
      expect(() => parse(message), key).not.toThrow();
      expect(message.trim().length, key).toBeGreaterThan(0);
    }
  });
});

describe("Welsh plurals", () => {
  const t = createTranslator("cy", welsh);
  it.each([
    [0, "Does dim sesiynau ar yr agenda eto."],
    [1, "Mae un sesiwn ar yr agenda."],
    [2, "Mae dwy sesiwn ar yr agenda."],
    [3, "Mae tair sesiwn ar yr agenda."],
    [6, "Mae chwe sesiwn ar yr agenda."],
    [7, "Mae 7 sesiwn ar yr agenda."],
  ])("%i sessions read: %s", (count, text) => {
    expect(t("share.sessionCount", { count })).toBe(text);
  });
});
