// The dashboard and city plans read stored summaries by _id. Every write made through the action
// model keeps them right (the repair pass then finds nothing to correct); a write around the
// model is put right by the repair pass; the pages read the same queries whatever the number of
// actions, and a summary whose days have passed is rebuilt on its next read.
import { describe, expect, it } from "vitest";
import { loadCityPlan, loadDashboard } from "../../app/follow-ups/action-pages.server";
import { ActionSummaryDocument } from "../../models/action-summary.server";
import {
  createFollowUpAction,
  FollowUpAction,
  getFollowUpAction,
  insertSeedActions,
  recordProgress,
  removeProgressUpdate,
  updateActionDetails,
  type NewFollowUpAction,
} from "../../models/follow-up-action.server";
import { repairActionSummaries } from "../../models/queries/action-summaries.server";
import { todayIn } from "~/domain/follow-ups/action-rules";
import { createAccount, createCity } from "../factories/people";
import { isByIdAlone, recordQueries, recordQueryFilters } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const DAY = 86_400_000;
const dayFromNow = (days: number) => todayIn(new Date(Date.now() + days * DAY));
const manager = { id: "65a000000000000000000001", name: "Programme Manager" };

function newAction(ownerCityId: string, title: string, overrides: Partial<NewFollowUpAction> = {}): NewFollowUpAction {
  return {
    title,
    description: "",
    conveningId: null,
    sessionId: null,
    ownerCityId,
    ownerPersonId: null,
    dueOn: dayFromNow(-3),
    priority: "medium",
    principles: [],
    themes: ["T3"],
    resourcesNeeded: "",
    createdBy: manager,
    ...overrides,
  };
}

const progress = (status: "open" | "in-progress" | "done", text = "") => ({
  authorId: manager.id,
  authorName: manager.name,
  text,
  evidenceUrl: "",
  status,
});

/** Reads both pages once, so both kinds of summary are stored and kept from then on. */
async function readPages(slug = "bristol") {
  const viewer = { id: manager.id, role: "manager" as const, cityId: null };
  return { dashboard: await loadDashboard(), plan: (await loadCityPlan(viewer, slug))! };
}

async function expectNothingToRepair() {
  const stored = await ActionSummaryDocument.countDocuments();
  expect(await repairActionSummaries(todayIn(new Date()))).toEqual({ checked: stored, corrected: 0 });
}

describe("action summaries", () => {
  it("follow every kind of write made through the model, with nothing left for the repair pass", async () => {
    const bristol = await createCity("bristol");
    const cardiff = await createCity("cardiff");
    const { id: owner } = await createAccount({ role: "city-rep", cityId: bristol, name: "Bea Bristol" });
    const first = await createFollowUpAction(
      newAction(bristol, "Publish the welcome strategy", { ownerPersonId: owner }),
    );
    let pages = await readPages();
    expect(pages.dashboard.totals).toMatchObject({ all: 1, open: 1, overdue: 1 });
    expect(pages.dashboard.overdue.map((row) => [row.title, row.ownerName, row.cityName])).toEqual([
      ["Publish the welcome strategy", "Bea Bristol", "Bristol"],
    ]);
    await readPages("cardiff");

    const second = await createFollowUpAction(newAction(bristol, "Map the welcome hubs", { dueOn: dayFromNow(2) }));
    expect((await recordProgress(first, progress("done", "Published"))).ok).toBe(true);
    pages = await readPages();
    expect(pages.dashboard.totals).toMatchObject({ all: 2, open: 1, done: 1, overdue: 0, dueSoon: 1 });
    expect(pages.dashboard.dueSoon.map((row) => row.title)).toEqual(["Map the welcome hubs"]);
    expect(pages.plan.figures).toMatchObject({ total: 2, done: 1, active: 1, dueSoon: 1 });
    await expectNothingToRepair();

    // Moved to Cardiff: it leaves Bristol's plan and joins Cardiff's.
    const before = await getFollowUpAction(second);
    const note = { authorId: manager.id, authorName: manager.name, text: "Cardiff leads this now" };
    expect(
      await updateActionDetails(second, { ownerCityId: cardiff, themes: ["T5"] }, note, {
        expectedUpdatedAt: before!.updatedAt,
      }),
    ).toBe(true);
    pages = await readPages();
    expect(pages.plan.groups.map((group) => [group.code, group.actions.map((row) => row.title)])).toEqual([
      ["T3", ["Publish the welcome strategy"]],
    ]);
    expect(
      (await readPages("cardiff")).plan.groups.map((group) => [group.code, group.actions.map((row) => row.title)]),
    ).toEqual([["T5", ["Map the welcome hubs"]]]);
    await expectNothingToRepair();

    const withNote = await getFollowUpAction(second);
    expect(await removeProgressUpdate(second, withNote!.updates.at(-1)!.id)).toBe(true);
    await FollowUpAction.updateMany({ ownerCityId: cardiff }, { $set: { status: "blocked" } });
    expect((await readPages()).dashboard.totals).toMatchObject({ blocked: 1, done: 1 });
    await insertSeedActions([
      {
        ...newAction(cardiff, "Seeded in bulk", { dueOn: dayFromNow(5) }),
        seedKey: "bulk-1",
        status: "in-progress",
        progress: [{ at: new Date(), text: "", statusFrom: null, statusTo: "open" }],
      },
    ]);
    await FollowUpAction.deleteOne({ _id: first });
    pages = await readPages();
    expect(pages.dashboard.totals).toMatchObject({ all: 2, blocked: 1, "in-progress": 1, done: 0, dueSoon: 2 });
    expect(pages.plan.figures.total).toBe(0);
    await expectNothingToRepair();
  });

  it("are put right by the repair pass after a write around the model", async () => {
    const bristol = await createCity("bristol");
    await createFollowUpAction(newAction(bristol, "Share ESOL waiting-list data"));
    expect((await readPages()).dashboard.totals).toMatchObject({ open: 1, blocked: 0 });
    // Another program writes straight to the collection: no model, no hooks.
    await FollowUpAction.collection.updateMany({}, { $set: { status: "blocked" } });
    expect((await readPages()).dashboard.totals).toMatchObject({ open: 1, blocked: 0 });
    expect(await repairActionSummaries(todayIn(new Date()))).toEqual({ checked: 2, corrected: 2 });
    expect((await readPages()).dashboard.totals).toMatchObject({ open: 0, blocked: 1 });
  });

  it("stay right when many actions change at once", async () => {
    const bristol = await createCity("bristol");
    const ids: string[] = [];
    for (let index = 0; index < 12; index += 1)
      ids.push(await createFollowUpAction(newAction(bristol, `Action ${index}`)));
    await readPages();
    const results = await Promise.all(
      ids.map((id, index) => recordProgress(id, progress(index % 2 ? "done" : "in-progress"))),
    );
    expect(results.map((result) => result.ok)).toEqual(ids.map(() => true));
    expect((await readPages()).dashboard.totals).toMatchObject({ done: 6, "in-progress": 6, open: 0 });
    await expectNothingToRepair();
  });

  it("are rebuilt when the days they answer for have passed", async () => {
    const bristol = await createCity("bristol");
    await createFollowUpAction(newAction(bristol, "Due in three weeks", { dueOn: dayFromNow(21) }));
    expect((await loadDashboard()).totals).toMatchObject({ overdue: 0, dueSoon: 0 });
    const inThreeWeeks = new Date(Date.now() + 18 * DAY);
    expect((await loadDashboard({ now: inThreeWeeks })).dueSoon.map((row) => row.title)).toEqual([
      "Due in three weeks",
    ]);
    const muchLater = new Date(Date.now() + 40 * DAY);
    expect((await loadDashboard({ now: muchLater })).overdue.map((row) => row.title)).toEqual(["Due in three weeks"]);
  });

  it("let the dashboard and a plan read the same queries, summaries by _id alone, with 3 actions or 90", async () => {
    const bristol = await createCity("bristol");
    const cardiff = await createCity("cardiff");
    const add = async (count: number) => {
      for (let index = 0; index < count; index += 1)
        await createFollowUpAction(
          newAction(index % 3 ? bristol : cardiff, `Action ${index}`, {
            dueOn: dayFromNow((index % 20) - 10),
            ownerPersonId: index % 2 ? (await createAccount({ role: "participant", cityId: bristol })).id : null,
          }),
        );
    };
    const measure = async () => {
      await readPages(); // stored on the first read
      const { queries } = await recordQueries(readPages);
      const { queries: filters } = await recordQueryFilters(readPages);
      const summaryReads = filters.filter((query) => query.query.startsWith("actionsummaries."));
      expect(summaryReads.map((query) => isByIdAlone(query.filter))).toEqual([true, true]);
      return queries.sort();
    };
    await add(3);
    const few = await measure();
    await add(87);
    const many = await measure();
    expect(many).toEqual(few);
    const { plan } = await readPages();
    expect(plan.figures.total).toBe(60);
    expect(plan.groups.map((group) => [group.code, group.actions.length, group.figures.total])).toEqual([
      ["T3", 20, 60],
    ]);
  });
});
