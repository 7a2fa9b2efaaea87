// The dashboard and plan reads are cached until an action changes: every kind of write must
// show up on the next read, whichever process made it.
import { describe, expect, it } from "vitest";
import { replaceChangeToken } from "../../models/change-token.server";
import {
  createFollowUpAction,
  FollowUpAction,
  listActionsForCity,
  listActionsForDashboard,
  recordProgress,
  type NewFollowUpAction,
} from "../../models/follow-up-action.server";
import { withTestDatabase } from "../setup/database";
import { createCity } from "../factories/people";

withTestDatabase();

const newAction = (ownerCityId: string, title: string): NewFollowUpAction => ({
  title,
  description: "",
  conveningId: null,
  sessionId: null,
  ownerCityId,
  ownerPersonId: null,
  dueOn: "2027-04-01",
  priority: "medium",
  principles: [],
  themes: ["T3"],
  resourcesNeeded: "",
  createdBy: { id: "65a000000000000000000001", name: "Programme Manager" },
});

describe("cached action reads", () => {
  it("show a new action, a status change and a deletion on the very next read", async () => {
    const bristol = await createCity("bristol");
    const first = await createFollowUpAction(newAction(bristol, "Publish the welcome strategy"));
    expect((await listActionsForDashboard()).map((action) => action.title)).toEqual(["Publish the welcome strategy"]);
    expect(await listActionsForCity(bristol)).toHaveLength(1);

    await createFollowUpAction(newAction(bristol, "Map the welcome hubs"));
    expect(await listActionsForDashboard()).toHaveLength(2);
    expect(await listActionsForCity(bristol)).toHaveLength(2);

    const progress = await recordProgress(first, {
      authorId: "65a000000000000000000001",
      authorName: "PM",
      text: "Done",
      evidenceUrl: "",
      status: "done",
    });
    expect(progress.ok).toBe(true);
    expect((await listActionsForDashboard()).find((action) => action.id === first)?.status).toBe("done");
    expect((await listActionsForCity(bristol)).find((action) => action.id === first)?.status).toBe("done");

    await FollowUpAction.deleteOne({ _id: first });
    expect(await listActionsForDashboard()).toHaveLength(1);
    expect(await listActionsForCity(bristol)).toHaveLength(1);
  });

  it("follows a write made by another process, which only changes the token in the database", async () => {
    const cardiff = await createCity("cardiff");
    await createFollowUpAction(newAction(cardiff, "Share ESOL waiting-list data"));
    expect(await listActionsForDashboard()).toHaveLength(1);
    // Another process writes straight to the collection (no middleware here) and replaces the token.
    await FollowUpAction.collection.updateMany({}, { $set: { status: "blocked" } });
    expect((await listActionsForDashboard())[0].status).toBe("open");
    await replaceChangeToken("follow-up-actions");
    expect((await listActionsForDashboard())[0].status).toBe("blocked");
  });

  it("keeps each city's plan apart", async () => {
    const bristol = await createCity("bristol");
    const cardiff = await createCity("cardiff");
    await createFollowUpAction(newAction(bristol, "Bristol action"));
    await createFollowUpAction(newAction(cardiff, "Cardiff action"));
    expect((await listActionsForCity(bristol)).map((action) => action.title)).toEqual(["Bristol action"]);
    expect((await listActionsForCity(cardiff)).map((action) => action.title)).toEqual(["Cardiff action"]);
  });
});
