import { describe, expect, it } from "vitest";
import { emergencyCountryOf, emergencyNumbersFor, emergencyNumbersForPlaces } from "./emergency-numbers";

describe("emergency numbers", () => {
  it("finds the country from what was typed, in any of its usual spellings", () => {
    expect(
      ["United States", "USA", "us", "United Kingdom", "UK", "Scotland", "Netherlands", "DE"].map((country) =>
        emergencyCountryOf({ country, timeZone: "UTC" }),
      ),
    ).toEqual(["US", "US", "US", "GB", "GB", "GB", "NL", "DE"]);
  });

  it("falls back to the place's zone when no country was typed, and knows nothing of an unknown one", () => {
    expect(
      [
        { country: "", timeZone: "America/New_York" },
        { timeZone: "America/Indiana/Indianapolis" },
        { country: "", timeZone: "Europe/London" },
        { country: "", timeZone: "America/Toronto" },
        { country: "", timeZone: "Asia/Tokyo" },
        { country: "Atlantis", timeZone: "UTC" },
      ].map((place) => emergencyCountryOf(place)),
    ).toEqual(["US", "US", "GB", "CA", null, null]);
  });

  it("gives 911 in the US and 999 and 112 in the UK, with the UK's non-emergency lines", () => {
    expect(emergencyNumbersFor("US")?.emergency).toEqual(["911"]);
    expect(emergencyNumbersFor("GB")).toEqual({
      country: "GB",
      countryName: "United Kingdom",
      emergency: ["999", "112"],
      other: [
        { number: "111", label: "NHS urgent medical help (England, Scotland, Wales)" },
        { number: "101", label: "Police, not an emergency" },
      ],
    });
    expect(emergencyNumbersFor("JP")).toBeNull();
  });

  it("lists each country once with its places, and the places it cannot place apart", () => {
    const { known, unknownPlaces } = emergencyNumbersForPlaces([
      { name: "Pittsburgh", country: "United States", timeZone: "America/New_York" },
      { name: "Montgomery County", country: "", timeZone: "America/New_York" },
      { name: "London Heathrow", timeZone: "Europe/London" },
      { name: "Pittsburgh", country: "United States", timeZone: "America/New_York" },
      { name: "Tokyo", timeZone: "Asia/Tokyo" },
    ]);
    expect(known.map(({ country, places, emergency }) => ({ country, places, emergency }))).toEqual([
      { country: "US", places: ["Pittsburgh", "Montgomery County"], emergency: ["911"] },
      { country: "GB", places: ["London Heathrow"], emergency: ["999", "112"] },
    ]);
    expect(unknownPlaces).toEqual(["Tokyo"]);
  });
});
