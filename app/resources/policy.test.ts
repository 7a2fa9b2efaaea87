import { describe, expect, it } from "vitest";
import { canManageResources, canReadResource, isSharedResource } from "./policy";

const manager = { id: "m", role: "manager" as const, cityId: null };
const rep = { id: "r", role: "city-rep" as const, cityId: "bristol" };
const published = { status: "published" };
const draft = { status: "draft" };

describe("who may read and manage resources", () => {
  it("shows a private resource of a published convening to signed-in people only", () => {
    const resource = { isPublic: false };
    expect([manager, rep, null].map((viewer) => canReadResource(viewer, published, resource))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("shows a public resource of a published convening to everyone", () => {
    expect(canReadResource(null, published, { isPublic: true })).toBe(true);
  });

  it("keeps every resource of a draft to managers, public or not", () => {
    expect([manager, rep, null].map((viewer) => canReadResource(viewer, draft, { isPublic: true }))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("lets managers manage while the convening is not cancelled", () => {
    expect([
      canManageResources(manager, published),
      canManageResources(manager, draft),
      canManageResources(manager, { status: "completed" }),
      canManageResources(manager, { status: "cancelled" }),
      canManageResources(rep, published),
      canManageResources(null, published),
    ]).toEqual([true, true, true, false, false, false]);
  });

  it("shares on the share link only public resources of a public convening", () => {
    expect([
      isSharedResource(published, { isPublic: true }),
      isSharedResource(published, { isPublic: false }),
      isSharedResource(draft, { isPublic: true }),
    ]).toEqual([true, false, false]);
  });
});
