import { describe, expect, it } from "vitest";
import {
  completenessSummary,
  EMPTY_TRAVEL_DOCUMENTS,
  missingParts,
  purgeDueAt,
  purgeRecord,
  returnDayOf,
  type TravelDocumentValues,
} from "./travel-documents";

const COMPLETE: TravelDocumentValues = {
  passportName: "BETHAN REES",
  nationality: "GB",
  passportExpiry: "2027-01-31",
  entryKind: "esta",
  entryStatus: "approved",
  entryExpiry: "2019-04-02",
  insuranceProvider: "Civic Travel Cover",
  insurancePolicyNumber: "CTC-2018-0412",
  insuranceValidUntil: "2018-05-27",
  emergencyName: "Rhodri Rees",
  emergencyRelation: "Brother",
  emergencyPhone: "+44 29 2087 2000",
};

describe("the day a delegate comes home", () => {
  it("is the exchange's last day, or the delegate's own later departure", () => {
    expect([
      returnDayOf("2018-05-25", null),
      returnDayOf("2018-05-25", "2018-05-24"),
      returnDayOf("2018-05-25", "2018-05-27"),
    ]).toEqual(["2018-05-25", "2018-05-25", "2018-05-27"]);
  });
});

describe("what a city representative learns of a delegate's documents", () => {
  it("is 'Complete' when every part covers the trip", () => {
    expect(completenessSummary(missingParts(COMPLETE, "2018-05-26"))).toBe("Complete");
  });

  it("names each missing part, and the permission the delegate travels on", () => {
    const pending = { ...COMPLETE, entryStatus: "applied" as const, insuranceValidUntil: "" };
    expect(completenessSummary(missingParts(pending, "2018-05-26"))).toBe("Missing: ESTA, travel insurance");
    expect(missingParts({ ...COMPLETE, entryKind: "visa", entryStatus: "refused" }, "2018-05-26")).toEqual(["Visa"]);
  });

  it("counts documents that end before the return as missing, and nothing given as all missing", () => {
    expect(missingParts({ ...COMPLETE, passportExpiry: "2018-05-20" }, "2018-05-26")).toEqual(["passport"]);
    expect(missingParts(null, "2018-05-26")).toEqual([
      "passport",
      "ESTA or visa",
      "travel insurance",
      "emergency contact",
    ]);
  });

  it("needs no permission when none is needed", () => {
    expect(
      missingParts({ ...COMPLETE, entryKind: "not-needed", entryStatus: "", entryExpiry: "" }, "2018-05-26"),
    ).toEqual([]);
    expect(missingParts(EMPTY_TRAVEL_DOCUMENTS, "2018-05-26")).toHaveLength(4);
  });
});

describe("deleting the documents after the exchange", () => {
  const endsAt = new Date("2018-05-25T21:00:00Z"); // 17:00 in Washington DC

  it("is due the retention's whole days after the exchange ends", () => {
    expect(purgeDueAt(endsAt, 30).toISOString()).toBe("2018-06-24T21:00:00.000Z");
    expect(purgeDueAt(endsAt, 0).toISOString()).toBe(endsAt.toISOString());
  });

  it("leaves a record of the day, counted in days at the exchange's place", () => {
    expect(purgeRecord(new Date("2018-06-25T03:00:00Z"), endsAt, "America/New_York")).toBe(
      "Travel documents deleted on 24 June 2018, 30 days after the exchange.",
    );
    expect(purgeRecord(new Date("2018-05-26T12:00:00Z"), endsAt, "America/New_York")).toBe(
      "Travel documents deleted on 26 May 2018, 1 day after the exchange.",
    );
  });
});
