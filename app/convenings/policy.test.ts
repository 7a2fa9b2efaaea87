import { describe, expect, it } from "vitest";
import type { Viewer } from "~/accounts/policy";
import {
  canCancelConvening,
  canCompleteConvening,
  canDeleteConvening,
  canEditConvening,
  canPublishConvening,
  canReadConvening,
  canReinstateConvening,
  canSeeJoiningLink,
  canManageShareLink,
  canSeeShareLink,
} from "./policy";

const manager: Viewer = { id: "m", role: "manager", cityId: null };
const rep: Viewer = { id: "r", role: "city-rep", cityId: "bristol" };
const now = new Date("2030-06-01T12:00:00Z");
const ended = new Date("2030-05-01T12:00:00Z");

describe("the convenings policy", () => {
  it("keeps drafts to managers and shows everything else to everyone", () => {
    const readers = [null, rep, manager];
    expect(readers.map((viewer) => canReadConvening(viewer, { status: "draft" }))).toEqual([false, false, true]);
    for (const status of ["published", "completed", "cancelled"])
      expect(readers.map((viewer) => canReadConvening(viewer, { status }))).toEqual([true, true, true]);
  });

  it("lets managers edit until a convening is cancelled, publish drafts, cancel published ones and complete those that ended", () => {
    const row = (status: string, endsAt: Date) => [
      canEditConvening(manager, { status }),
      canPublishConvening(manager, { status }),
      canCancelConvening(manager, { status }),
      canCompleteConvening(manager, { status, endsAt }, now),
    ];
    expect(row("draft", ended)).toEqual([true, true, false, false]);
    expect(row("published", now)).toEqual([true, false, true, false]);
    expect(row("published", ended)).toEqual([true, false, true, true]);
    expect(row("cancelled", ended)).toEqual([false, false, false, false]);
    expect([
      canEditConvening(rep, { status: "draft" }),
      canPublishConvening(rep, { status: "draft" }),
      canCancelConvening(rep, { status: "published" }),
      canCompleteConvening(rep, { status: "published", endsAt: ended }, now),
    ]).toEqual([false, false, false, false]);
  });

  it("offers the share link to signed-in people once public, and the joining link to managers and registered people", () => {
    expect([
      canSeeShareLink(null, { status: "published", isShareLinkOn: true }),
      canSeeShareLink(rep, { status: "published", isShareLinkOn: true }),
      canSeeShareLink(manager, { status: "draft", isShareLinkOn: true }),
      canSeeShareLink(manager, { status: "published", isShareLinkOn: false }),
    ]).toEqual([false, true, false, false]);
    expect([
      canSeeJoiningLink(rep, { isRegistered: false }),
      canSeeJoiningLink(rep, { isRegistered: true }),
      canSeeJoiningLink(manager, { isRegistered: false }),
      canSeeJoiningLink(null, { isRegistered: false }),
    ]).toEqual([false, true, true, false]);
  });

  it("lets managers alone replace or turn off the share link of a public convening", () => {
    expect([
      canManageShareLink(manager, { status: "published" }),
      canManageShareLink(manager, { status: "cancelled" }),
      canManageShareLink(manager, { status: "draft" }),
      canManageShareLink(rep, { status: "published" }),
      canManageShareLink(null, { status: "published" }),
    ]).toEqual([true, true, false, false, false]);
  });

  it("lets managers alone delete a draft (anything public is cancelled instead) and reinstate a cancelled convening", () => {
    const statuses = ["draft", "published", "cancelled", "completed"];
    expect(statuses.map((status) => canDeleteConvening(manager, { status }))).toEqual([true, false, false, false]);
    expect(statuses.map((status) => canReinstateConvening(manager, { status }))).toEqual([false, false, true, false]);
    expect([canDeleteConvening(rep, { status: "draft" }), canReinstateConvening(rep, { status: "cancelled" })]).toEqual(
      [false, false],
    );
  });
});
