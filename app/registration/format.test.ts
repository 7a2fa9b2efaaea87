import { describe, expect, it } from "vitest";
import { english } from "~/i18n/catalogues/english";
import { welsh } from "~/i18n/catalogues/welsh";
import { createTranslator } from "~/i18n/translator";
import { formatRange, placesBanner, waitlistMessage } from "./format";

const t = createTranslator("en", english);
const cy = createTranslator("cy", welsh);

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

describe("waitlistMessage", () => {
  it("names the total capacity when that is the limit that is full", () => {
    expect(waitlistMessage(t, "Ada", "total-full", 3)).toBe(
      "All 3 places at the convening are taken (the city still has places of its own), so Ada is on the waitlist and will move up automatically if a place frees up.",
    );
  });

  it("names the city's places when those are full", () => {
    expect(waitlistMessage(t, "Ada", "city-full", 3)).toBe(
      "Your city's places are taken, so Ada is on the waitlist and will move up automatically if a place frees up.",
    );
  });

  it("names the person's city, not the reader's, for a manager", () => {
    expect(waitlistMessage(t, "Ada", "city-full", 3, { isOwnCity: false })).toBe(
      "Ada's city's places are taken, so Ada is on the waitlist and will move up automatically if a place frees up.",
    );
  });
});

describe("placesBanner", () => {
  it("says the convening is full when the city still has free places", () => {
    expect(placesBanner(t, { name: "Bristol", places: 2, held: 0 }, { capacity: 2, held: 2 })).toBe(
      "Bristol has 2 places: 0 taken, 2 free. But all 2 places at the convening are taken, so people join the waitlist in the order they are registered.",
    );
  });

  it("keeps to the city's places while the convening has room", () => {
    expect(placesBanner(t, { name: "Bristol", places: 2, held: 1 }, { capacity: 10, held: 3 })).toBe(
      "Bristol has 2 places: 1 taken, 1 free. When they are taken, people join the waitlist in the order they are registered.",
    );
  });
});

describe("in Welsh", () => {
  it("gives the days, times and the zone's words in Welsh", () => {
    expect(
      formatRange(new Date("2027-03-25T09:00:00Z"), new Date("2027-03-25T17:00:00Z"), "Europe/London", {
        t: cy,
        locale: "cy-GB",
      }),
    ).toBe("Dydd Iau 25 Mawrth 2027, 09:00–17:00 (amser Europe/London)");
  });

  it("counts a city's places with Welsh numbers", () => {
    expect(placesBanner(cy, { name: "Caerdydd", places: 2, held: 1 }, { capacity: 10, held: 3 })).toBe(
      "Mae dau le ar gyfer Caerdydd: 1 wedi’u llenwi, 1 yn rhydd. Pan fyddant wedi’u llenwi, bydd pobl yn ymuno â’r rhestr aros yn y drefn y cânt eu cofrestru.",
    );
  });
});
