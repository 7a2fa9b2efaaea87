import { describe, expect, it } from "vitest";
import type { Viewer } from "~/accounts/policy";
import {
  canEditDelegateCosts,
  canEditTravelDocuments,
  canReadDelegateCosts,
  canReadTravelDocuments,
  canSeeDelegate,
  canSeeTravelDocumentSummary,
  costsScopeOf,
} from "./delegate-records-policy";

const BRISTOL = "b".repeat(24);
const CARDIFF = "c".repeat(24);
const delegate = { personId: "d".repeat(24), cityId: BRISTOL };

const viewers: Record<string, Viewer> = {
  manager: { id: "1".repeat(24), role: "manager", cityId: null },
  delegate: { id: delegate.personId, role: "participant", cityId: BRISTOL },
  "Bristol rep": { id: "2".repeat(24), role: "city-rep", cityId: BRISTOL },
  "Cardiff rep": { id: "3".repeat(24), role: "city-rep", cityId: CARDIFF },
  "Bristol participant": { id: "4".repeat(24), role: "participant", cityId: BRISTOL },
};

function decisions(viewer: Viewer) {
  return [
    canSeeDelegate(viewer, delegate),
    canReadTravelDocuments(viewer, delegate),
    canEditTravelDocuments(viewer, delegate),
    canSeeTravelDocumentSummary(viewer, delegate),
    canReadDelegateCosts(viewer, delegate),
    canEditDelegateCosts(viewer),
  ];
}

describe("a delegate's records", () => {
  it("are read and kept by the delegate and managers; the city's rep sees the summary and costs; others nothing", () => {
    expect(Object.fromEntries(Object.entries(viewers).map(([name, viewer]) => [name, decisions(viewer)]))).toEqual({
      manager: [true, true, true, true, true, true],
      delegate: [true, true, true, true, true, false],
      "Bristol rep": [true, false, false, true, true, false],
      "Cardiff rep": [false, false, false, false, false, false],
      "Bristol participant": [false, false, false, false, false, false],
    });
  });

  it("a rep who is the delegate reads their own documents", () => {
    const repDelegate = { personId: viewers["Bristol rep"].id, cityId: BRISTOL };
    expect(canReadTravelDocuments(viewers["Bristol rep"], repDelegate)).toBe(true);
  });

  it("costs pages show managers every city, a rep their own, and nobody else anything", () => {
    expect(Object.values(viewers).map(costsScopeOf)).toEqual([
      "all",
      null,
      { cityId: BRISTOL },
      { cityId: CARDIFF },
      null,
    ]);
  });
});
