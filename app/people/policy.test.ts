import { describe, expect, it } from "vitest";
import type { Viewer } from "~/accounts/policy";
import { canDeleteOwnData, canManagePeople, canSetRole } from "./policy";

const manager: Viewer = { id: "m", role: "manager", cityId: null };
const rep: Viewer = { id: "r", role: "city-rep", cityId: "bristol" };

describe("the people policy", () => {
  it("keeps the people pages to managers", () => {
    expect([canManagePeople(manager), canManagePeople(rep), canManagePeople(null)]).toEqual([true, false, false]);
  });

  it("never lets a manager take away their own manager role, while they change anyone else's", () => {
    expect(canSetRole(manager, { id: "m" }, "city-rep")).toEqual({
      ok: false,
      reason: "You cannot take away your own manager role",
    });
    expect(canSetRole(manager, { id: "m" }, "manager")).toEqual({ ok: true });
    expect(canSetRole(manager, { id: "r" }, "participant")).toEqual({ ok: true });
  });

  it("lets everyone but managers delete their own data", () => {
    expect(canDeleteOwnData(rep)).toEqual({ ok: true });
    expect(canDeleteOwnData(manager)).toEqual({
      ok: false,
      reason:
        "Programme managers: ask another manager to remove your account, so the programme is never left without one.",
    });
  });
});
