import { describe, expect, it } from "vitest";
import type { Viewer } from "~/accounts/policy";
import {
  canCancelOwnPlace,
  canManageRegistration,
  canRegisterFor,
  canSeeContact,
  canSeeNeeds,
  canSeeNeedsOf,
  canSeeRegistration,
  canTakeAttendance,
} from "./policy";

const manager: Viewer = { id: "m", role: "manager", cityId: null };
const bristolRep: Viewer = { id: "b", role: "city-rep", cityId: "bristol" };
const participant: Viewer = { id: "p", role: "participant", cityId: "bristol" };

describe("the registration policy", () => {
  it("lets a Bristol rep register Bristol's people only, managers anyone, participants nobody", () => {
    expect(canRegisterFor(bristolRep, "bristol")).toEqual({ ok: true });
    expect(canRegisterFor(bristolRep, "cardiff")).toEqual({
      ok: false,
      reason: "You can only register people from your own city.",
    });
    expect(canRegisterFor(manager, null)).toEqual({ ok: true });
    expect(canRegisterFor(participant, "bristol")).toEqual({
      ok: false,
      reason: "Only city representatives and the programme team can register people.",
    });
  });

  it("lets people change their own registration, reps their city's and managers any", () => {
    const cardiffRegistration = { personId: "p", cityId: "cardiff" };
    expect(
      [manager, bristolRep, participant].map((viewer) => canManageRegistration(viewer, cardiffRegistration)),
    ).toEqual([true, false, true]);
    expect(canManageRegistration(bristolRep, { personId: "x", cityId: "bristol" })).toBe(true);
  });

  it("shows a rep their own city's registrations, and needs to managers only", () => {
    expect([
      canSeeRegistration(bristolRep, { cityId: "bristol" }),
      canSeeRegistration(bristolRep, { cityId: "cardiff" }),
      canSeeRegistration(manager, { cityId: "cardiff" }),
    ]).toEqual([true, false, true]);
    expect([canSeeNeeds(manager), canSeeNeeds(bristolRep)]).toEqual([true, false]);
  });

  it("shows needs only of registrations still coming: none of a cancelled or declined one", () => {
    expect(
      ["registered", "pending", "waitlisted", "attended", "cancelled", "declined"].map((status) =>
        canSeeNeedsOf(manager, { status }),
      ),
    ).toEqual([true, true, true, true, false, false]);
    expect(canSeeNeedsOf(bristolRep, { status: "registered" })).toBe(false);
  });

  it("lets a person give up an active place only at a convening that goes ahead and has not ended", () => {
    const now = new Date("2030-05-01T12:00:00Z");
    const upcoming = { status: "published", endsAt: "2030-06-01T17:00:00Z" };
    expect(
      ["registered", "pending", "waitlisted", "cancelled", "declined", "attended"].map((status) =>
        canCancelOwnPlace({ status }, upcoming, now),
      ),
    ).toEqual([true, true, true, false, false, false]);
    expect([
      canCancelOwnPlace({ status: "registered" }, { ...upcoming, status: "cancelled" }, now),
      canCancelOwnPlace({ status: "registered" }, { ...upcoming, endsAt: "2030-04-30T17:00:00Z" }, now),
    ]).toEqual([false, false]);
  });

  it("gives an email address to managers, to the person themself, or with their consent", () => {
    const privateOne = { personId: "x", isContactShared: false };
    expect([
      canSeeContact(manager, privateOne),
      canSeeContact(bristolRep, privateOne),
      canSeeContact({ ...participant, id: "x" }, privateOne),
    ]).toEqual([true, false, true]);
    expect(canSeeContact(bristolRep, { personId: "x", isContactShared: true })).toBe(true);
  });

  it("lets only managers take attendance; a rep reads their own city's days attended", () => {
    expect([manager, bristolRep, participant].map((viewer) => canTakeAttendance(viewer))).toEqual([true, false, false]);
    expect([manager, bristolRep].map((viewer) => canSeeRegistration(viewer, { cityId: "cardiff" }))).toEqual([
      true,
      false,
    ]);
  });
});
