import { describe, expect, it } from "vitest";
import { english } from "~/i18n/catalogues/english";
import { welsh } from "~/i18n/catalogues/welsh";
import { createTranslator } from "~/i18n/translator";
import { cityPlacesText as cityPlacesIn } from "./convening-route";

const en = createTranslator("en", english);
const cityPlacesText = (view: Parameters<typeof cityPlacesIn>[0]) => cityPlacesIn(view, en);

describe("the places each city has, in words", () => {
  it("says two per city, the cities with their own number and the overall limit", () => {
    expect(cityPlacesText({ perCity: 2, exceptions: [], capacity: 12 })).toBe("Places: two per city, 12 in all.");
    expect(cityPlacesText({ perCity: 2, exceptions: [{ cityName: "Cardiff", places: 3 }], capacity: null })).toBe(
      "Places: two per city (Cardiff 3).",
    );
    expect(cityPlacesText({ perCity: 5, exceptions: [], capacity: null })).toBe("Places: 5 per city.");
  });

  it("says when there is no per-city limit", () => {
    expect(cityPlacesText({ perCity: null, exceptions: [], capacity: 30 })).toBe(
      "Places: 30 in all, no per-city limit.",
    );
    expect(cityPlacesText({ perCity: null, exceptions: [], capacity: null })).toBe("Places: no limit.");
    expect(cityPlacesText({ perCity: null, exceptions: [{ cityName: "London", places: 1 }], capacity: 20 })).toBe(
      "Places: London 1; no limit for other cities, 20 in all.",
    );
  });
});

describe("the places each city has, in Welsh", () => {
  const cy = createTranslator("cy", welsh);
  it("says two per city, the cities with their own number and the overall limit", () => {
    expect(cityPlacesIn({ perCity: 2, exceptions: [{ cityName: "Caerdydd", places: 3 }], capacity: 12 }, cy)).toBe(
      "Lleoedd: dau i bob dinas (Caerdydd 3), 12 i gyd.",
    );
    expect(cityPlacesIn({ perCity: null, exceptions: [], capacity: null }, cy)).toBe("Lleoedd: dim terfyn.");
  });
});
