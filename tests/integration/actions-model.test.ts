import { describe, expect, it } from "vitest";
import {
  createFollowUpAction,
  getFollowUpAction,
  listActiveActionsDue,
  recordProgress,
  removeProgressUpdate,
  updateActionDetails,
  type NewFollowUpAction,
} from "../../models/follow-up-action.server";
import { claimReminder } from "../../models/reminder-delivery.server";
import { FollowUpAction } from "../../models/follow-up-action.server";
import { DEFAULT_DEMO_PASSWORD, seedDemo } from "~/seed/seed.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity } from "../factories/people";

withTestDatabase();

function newAction(
  ownerCityId: string,
  createdBy: { id: string; name: string },
  overrides: Partial<NewFollowUpAction> = {},
): NewFollowUpAction {
  return {
    title: "Publish the welcome strategy",
    description: "",
    conveningId: null,
    sessionId: null,
    ownerCityId,
    ownerPersonId: null,
    dueOn: null,
    priority: "medium",
    principles: [],
    themes: [],
    resourcesNeeded: "",
    createdBy,
    ...overrides,
  };
}

describe("follow-up action storage", () => {
  it("starts the timeline with the action being raised, and records each status change once with a new sequence", async () => {
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bea Rep" });
    const id = await createFollowUpAction(newAction(bristol, { id: rep.id, name: "Bea Rep" }));
    expect(
      (
        await recordProgress(id, {
          authorId: rep.id,
          authorName: "Bea Rep",
          text: "Started drafting",
          evidenceUrl: "",
          status: "in-progress",
        })
      ).ok,
    ).toBe(true);
    expect(
      await recordProgress(id, {
        authorId: rep.id,
        authorName: "Bea Rep",
        text: "Draft shared",
        evidenceUrl: "https://example.org/draft",
        status: "in-progress",
      }),
    ).toEqual({ ok: true, statusChanged: false });
    const action = await getFollowUpAction(id);
    expect(action?.status).toBe("in-progress");
    expect(action?.sequence).toBe(1);
    expect(action?.updates.map((update) => [update.statusFrom, update.statusTo, update.text])).toEqual([
      [null, "open", ""],
      ["open", "in-progress", "Started drafting"],
      [null, null, "Draft shared"],
    ]);
    expect(action?.updates[2].evidenceUrl).toBe("https://example.org/draft");
  });

  it("does not let a city-scoped write touch another city's action", async () => {
    const bristol = await createCity("bristol");
    const cardiff = await createCity("cardiff");
    const manager = await createAccount({ role: "manager" });
    const id = await createFollowUpAction(newAction(bristol, { id: manager.id, name: "M" }));
    const result = await recordProgress(
      id,
      { authorId: manager.id, authorName: "M", text: "x", evidenceUrl: "", status: "done" },
      cardiff,
    );
    expect(result).toEqual({ ok: false, reason: "not-found" });
    expect((await getFollowUpAction(id))?.status).toBe("open");
  });

  it("refuses a detail edit based on a stale read and bumps the sequence when the due date changes", async () => {
    const bristol = await createCity("bristol");
    const manager = await createAccount({ role: "manager" });
    const id = await createFollowUpAction(newAction(bristol, { id: manager.id, name: "M" }, { dueOn: "2027-04-30" }));
    const before = (await getFollowUpAction(id))!;
    const note = { authorId: manager.id, authorName: "M", text: "Changed the due date." };
    expect(await updateActionDetails(id, { dueOn: "2027-05-14" }, note, { expectedUpdatedAt: before.updatedAt })).toBe(
      true,
    );
    expect(await updateActionDetails(id, { dueOn: "2027-06-01" }, note, { expectedUpdatedAt: before.updatedAt })).toBe(
      false,
    );
    const after = (await getFollowUpAction(id))!;
    expect(after.dueOn).toBe("2027-05-14");
    expect(after.sequence).toBe(1);
  });

  it("removes a plain progress note but never a status change", async () => {
    const bristol = await createCity("bristol");
    const manager = await createAccount({ role: "manager" });
    const id = await createFollowUpAction(newAction(bristol, { id: manager.id, name: "M" }));
    await recordProgress(id, { authorId: manager.id, authorName: "M", text: "typo", evidenceUrl: "", status: "open" });
    await recordProgress(id, { authorId: manager.id, authorName: "M", text: "", evidenceUrl: "", status: "done" });
    const action = (await getFollowUpAction(id))!;
    expect(await removeProgressUpdate(id, action.updates[1].id)).toBe(true);
    expect(await removeProgressUpdate(id, action.updates[2].id)).toBe(false);
    expect((await getFollowUpAction(id))!.updates.map((update) => update.statusTo)).toEqual(["open", "done"]);
  });

  it("lists active actions due by a day, earliest first, leaving finished and undated ones out", async () => {
    const bristol = await createCity("bristol");
    const manager = await createAccount({ role: "manager" });
    const by = { id: manager.id, name: "M" };
    await createFollowUpAction(newAction(bristol, by, { title: "later", dueOn: "2026-11-25" }));
    await createFollowUpAction(newAction(bristol, by, { title: "earlier", dueOn: "2026-10-01" }));
    await createFollowUpAction(newAction(bristol, by, { title: "undated", dueOn: null }));
    await createFollowUpAction(newAction(bristol, by, { title: "too late", dueOn: "2026-12-25" }));
    const doneId = await createFollowUpAction(newAction(bristol, by, { title: "done", dueOn: "2026-10-01" }));
    await recordProgress(doneId, { authorId: manager.id, authorName: "M", text: "", evidenceUrl: "", status: "done" });
    expect((await listActiveActionsDue({ to: "2026-11-30" })).map((action) => action.title)).toEqual([
      "earlier",
      "later",
    ]);
    expect(
      (await listActiveActionsDue({ from: "2026-11-01", to: "2026-11-30" }, 1)).map((action) => action.title),
    ).toEqual(["later"]);
  });

  it("claims a reminder once per kind, recipient and period", async () => {
    const claim = {
      kind: "owner-digest" as const,
      recipient: "Lead@Bristol.example",
      period: "2026-11-23",
      subject: "s",
      actionCount: 1,
    };
    expect(await claimReminder(claim)).toBe(true);
    expect(await claimReminder({ ...claim, recipient: "lead@bristol.example" })).toBe(false);
    expect(await claimReminder({ ...claim, period: "2026-11-24" })).toBe(true);
  });

  it("seeds seven demo actions (one from session notes) once and leaves them alone on a second run", async () => {
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    const first = await FollowUpAction.find().sort({ seedKey: 1 }).lean();
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    const second = await FollowUpAction.find().sort({ seedKey: 1 }).lean();
    expect(first).toHaveLength(7);
    expect(second).toEqual(first);
    expect(first.filter((action) => !action.ownerPersonId).map((action) => action.seedKey ?? "from notes")).toEqual([
      "from notes",
      "demo-a3",
      "demo-a6",
    ]);
    expect(first.filter((action) => action.sourceNote).map((action) => action.seedKey)).toEqual([undefined]);
  }, 60_000);
});
