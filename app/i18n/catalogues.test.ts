import { parse } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import english from "./catalogues/en.json";
import welsh from "./catalogues/cy.json";
import { createTranslator } from "./translator";

describe("the catalogues", () => {
  it("hold the same keys in English and Welsh", () => {
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
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
