import { describe, expect, it } from "vitest";
import {
  attendeesCsv,
  csvCell,
  needsSummary,
  placesForCity,
  registrationActorRefusal,
  registrationWindowRefusal,
  type ConveningForRegistration,
} from "./rules";
import { english } from "~/i18n/catalogues/english";
import { createTranslator } from "~/i18n/translator";
import { registrationFormSchemaFor } from "./registration-form";

const registrationFormSchema = registrationFormSchemaFor(createTranslator("en", english));

const settings = {
  placesPerCity: 2,
  cityPlaces: [{ cityId: "bristol", places: 1 }],
  capacity: 20,
  opensAt: null,
  closesAt: null,
  isApprovalRequired: false,
};
const convening: ConveningForRegistration = {
  status: "published",
  startsAt: "2027-03-25T09:00:00Z",
  endsAt: "2027-03-26T17:00:00Z",
  timeZone: "Europe/London",
  registration: settings,
};

describe("registration rules", () => {
  it("uses a city's override of the per-city places, else the default, else no limit", () => {
    expect(placesForCity(settings, "bristol")).toBe(1);
    expect(placesForCity(settings, "cardiff")).toBe(2);
    expect(placesForCity({ ...settings, placesPerCity: null }, "cardiff")).toBeNull();
  });

  it("gives the window's reason in the convening's local time", () => {
    const now = new Date("2027-01-01T12:00:00Z");
    expect(
      registrationWindowRefusal({ ...convening, registration: { ...settings, opensAt: "2027-02-01T10:00:00Z" } }, now)
        ?.message,
    ).toBe("Registration opens on 1 February 2027, 10:00 (local time at the convening).");
    expect(
      registrationWindowRefusal({ ...convening, registration: { ...settings, closesAt: "2026-12-01T10:00:00Z" } }, now)
        ?.message,
    ).toBe("Registration closed on 1 December 2026, 10:00 (local time at the convening).");
    expect(registrationWindowRefusal(convening, new Date("2027-04-01T00:00:00Z"))?.message).toBe(
      "This convening has already taken place.",
    );
    expect(registrationWindowRefusal(convening, now)).toBeNull();
  });

  it("lets a rep register only their own city's people, and participants nobody", () => {
    expect(registrationActorRefusal({ id: "r", role: "city-rep", cityId: "bristol" }, "bristol")).toBeNull();
    expect(registrationActorRefusal({ id: "r", role: "city-rep", cityId: "bristol" }, "cardiff")?.status).toBe(403);
    expect(registrationActorRefusal({ id: "m", role: "manager", cityId: null }, "cardiff")).toBeNull();
    expect(registrationActorRefusal({ id: "p", role: "participant", cityId: "bristol" }, "bristol")?.status).toBe(403);
  });

  it("rejects a malformed arrival date", () => {
    const parsed = registrationFormSchema.safeParse({ personId: "x", arrivalDate: "25/03/2027" });
    expect(parsed.success ? null : parsed.error.issues[0].message).toBe("Enter a date like 2027-03-25");
  });

  it("neutralises spreadsheet formulas and quotes commas in CSV cells", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("a, b")).toBe('"a, b"');
  });

  it("leaves needs out of the CSV for reps, and emails of people who did not consent", () => {
    const row = {
      city: "Bristol",
      name: "Ann",
      email: "ann@example.org",
      organisation: "",
      status: "registered",
      roleAtEvent: "",
      arrivalDate: null,
      departureDate: null,
      isContactShared: false,
      dietaryNeeds: "Vegan",
      accessNeeds: "",
    };
    const csv = attendeesCsv([row], { includeNeeds: false });
    expect(csv).not.toContain("Vegan");
    expect(csv).not.toContain("ann@example.org");
    expect(attendeesCsv([row], { includeNeeds: true })).toContain("ann@example.org");
  });

  it("summarises needs by distinct text with counts", () => {
    expect(
      needsSummary([
        { dietaryNeeds: "Vegan", accessNeeds: "" },
        { dietaryNeeds: " Vegan ", accessNeeds: "Lift" },
      ]),
    ).toEqual({ dietary: [{ need: "Vegan", count: 2 }], access: [{ need: "Lift", count: 1 }] });
  });
});
