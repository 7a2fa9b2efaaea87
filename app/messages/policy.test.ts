import { describe, expect, it } from "vitest";
import type { Viewer } from "~/accounts/policy";
import { canSeeMessage, canWriteMessages, canWriteTo } from "./policy";

const manager: Viewer = { id: "m", role: "manager", cityId: null };
const bristolRep: Viewer = { id: "r", role: "city-rep", cityId: "bristol" };
const participant: Viewer = { id: "p", role: "participant", cityId: "bristol" };
const published = { status: "published" };

describe("the messages policy", () => {
  it("opens the page to managers for any convening, to a city rep for a published one, to nobody else", () => {
    expect([
      canWriteMessages(manager, { status: "completed" }),
      canWriteMessages(bristolRep, published),
      canWriteMessages(bristolRep, { status: "completed" }),
      canWriteMessages(participant, published),
      canWriteMessages(null, published),
    ]).toEqual([true, true, false, false, false]);
  });

  it("lets managers write to any audience and a Bristol rep to Bristol's delegation only", () => {
    const ok = (viewer: Viewer, kind: "everyone" | "city" | "waitlist" | "pending", cityId: string | null) =>
      canWriteTo(viewer, published, { kind, cityId }).ok;
    expect([ok(manager, "waitlist", null), ok(manager, "city", "cardiff")]).toEqual([true, true]);
    expect([
      ok(bristolRep, "city", "bristol"),
      ok(bristolRep, "city", "cardiff"),
      ok(bristolRep, "waitlist", null),
      ok(bristolRep, "everyone", null),
    ]).toEqual([true, false, false, false]);
    expect(canWriteTo(bristolRep, published, { kind: "city", cityId: "cardiff" })).toEqual({
      ok: false,
      reason: "You can only write to your own city's delegation.",
    });
  });

  it("lets a city rep write to people they selected (each checked against their city when sent)", () => {
    expect(canWriteTo(bristolRep, published, { kind: "selected", cityId: "bristol", registrationIds: ["r1"] })).toEqual(
      {
        ok: true,
      },
    );
    expect(canWriteTo(participant, published, { kind: "selected", cityId: null }).ok).toBe(false);
  });

  it("shows a city rep the record of their own city's messages only", () => {
    expect([
      canSeeMessage(manager, { audience: "everyone", cityId: null }),
      canSeeMessage(bristolRep, { audience: "city", cityId: "bristol" }),
      canSeeMessage(bristolRep, { audience: "city", cityId: "cardiff" }),
      canSeeMessage(bristolRep, { audience: "everyone", cityId: null }),
      canSeeMessage(bristolRep, { audience: "selected", cityId: "bristol" }),
      canSeeMessage(bristolRep, { audience: "selected", cityId: null }),
    ]).toEqual([true, true, false, false, true, false]);
  });
});
