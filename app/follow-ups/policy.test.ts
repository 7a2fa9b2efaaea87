import { describe, expect, it } from "vitest";
import { canChangeCityActions, canReadPlans, canRemoveProgressUpdate, canSeeDashboard, type Viewer } from "./policy";

const manager: Viewer = { id: "m", role: "manager", cityId: null };
const bristolRep: Viewer = { id: "b", role: "city-rep", cityId: "bristol" };
const participant: Viewer = { id: "p", role: "participant", cityId: "bristol" };

describe("action access rules", () => {
  it("lets the programme team and reps read plans but not participants", () => {
    expect(canReadPlans(manager).ok).toBe(true);
    expect(canReadPlans(bristolRep).ok).toBe(true);
    expect(canReadPlans(participant)).toEqual({
      ok: false,
      reason: "Action plans are shared with the programme team and city representatives only.",
    });
  });

  it("lets a rep change their own city's actions only, with the reason when refused", () => {
    expect(canChangeCityActions(bristolRep, "bristol").ok).toBe(true);
    expect(canChangeCityActions(bristolRep, "cardiff")).toEqual({
      ok: false,
      reason: "You can only change your own city's actions.",
    });
    expect(canChangeCityActions(manager, "cardiff").ok).toBe(true);
    expect(canChangeCityActions(participant, "bristol").ok).toBe(false);
  });

  it("keeps the timeline append-only for everyone but managers, and the dashboard for managers", () => {
    expect(canRemoveProgressUpdate(manager).ok).toBe(true);
    expect(canRemoveProgressUpdate(bristolRep).ok).toBe(false);
    expect(canSeeDashboard(manager).ok).toBe(true);
    expect(canSeeDashboard(bristolRep).ok).toBe(false);
  });
});
