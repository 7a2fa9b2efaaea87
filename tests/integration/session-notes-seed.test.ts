import { expect, it } from "vitest";
import { DEFAULT_DEMO_PASSWORD, seedDemo } from "~/seed/seed.server";
import { FollowUpAction } from "../../models/follow-up-action.server";
import { SessionNotes } from "../../models/session-note.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

it("seeds session notes on past convenings, one point made an action, and seeding twice changes nothing", async () => {
  await seedDemo(DEFAULT_DEMO_PASSWORD);
  const read = async () => (await SessionNotes.find({}).lean()).map((doc) => ({ id: doc._id, points: doc.points }));
  const first = await read();
  expect(first).toHaveLength(2);
  expect(first.map((doc) => doc.points.length).sort()).toEqual([2, 3]);
  const made = first.flatMap((doc) => doc.points).filter((point) => point.actionId);
  expect(made).toHaveLength(1);
  const action = await FollowUpAction.findById(made[0]!.actionId).lean();
  expect(action?.title).toBe("Share the draft welcome strategy with the working group");
  expect(action?.sourceNote).toEqual({ conveningId: expect.any(String), pointId: made[0]!._id });
  const actionCount = await FollowUpAction.countDocuments({});
  await seedDemo(DEFAULT_DEMO_PASSWORD);
  expect(await read()).toEqual(first);
  expect(await FollowUpAction.countDocuments({})).toBe(actionCount);
}, 240_000);
