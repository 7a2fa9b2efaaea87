// The demo's feedback: two past convenings with a sent form and answers per city (one city on
// each with fewer than three), confidential, and a second seed run adding nothing.
import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_PASSWORD, seedDemo } from "~/seed/seed.server";
import { Convening } from "../../models/convening.server";
import { getFeedbackForm } from "../../models/feedback-form.server";
import { countAnswersByCity } from "../../models/feedback-invitation.server";
import { FeedbackResponse, listFeedbackResponses } from "../../models/feedback-response.server";
import { City } from "../../models/city.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

async function rates(seedKey: string) {
  const convening = await Convening.findOne({ seedKey }).select("_id").lean();
  const id = String(convening!._id);
  const cities = new Map((await City.find().select("slug").lean()).map((city) => [String(city._id), city.slug]));
  const rows = (await countAnswersByCity(id)).map((row) => [cities.get(row.cityId!), row.invited, row.answered]);
  return { id, rows: rows.sort((a, b) => String(a[0]).localeCompare(String(b[0]))) };
}

describe("the demo's feedback", () => {
  it("answers two past convenings' forms, with one city on each too small to show, and adds nothing on a second run", async () => {
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    const liverpool = await rates("cwg-2018-liverpool");
    expect(liverpool.rows).toEqual([
      ["bristol", 4, 3],
      ["cardiff", 3, 2],
      ["glasgow", 4, 4],
      ["liverpool", 3, 3],
    ]);
    expect((await rates("cwg-2019-cardiff")).rows).toEqual([
      ["belfast", 2, 1],
      ["birmingham", 3, 3],
      ["bristol", 3, 3],
      ["cardiff", 4, 3],
    ]);
    const form = await getFeedbackForm(liverpool.id);
    expect(form?.named).toBe(false);
    expect(form?.sentAt).not.toBeNull();
    const responses = await listFeedbackResponses(liverpool.id);
    expect(responses).toHaveLength(12);
    expect(responses.every((response) => response.personId === undefined)).toBe(true);
    const aimKeys = form!.questions.filter((question) => question.kind === "aim").map((question) => question.key);
    expect(responses[0].answers.filter((answer) => aimKeys.includes(answer.key))).toHaveLength(aimKeys.length);

    const total = await FeedbackResponse.countDocuments();
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    expect(await FeedbackResponse.countDocuments()).toBe(total);
    expect((await rates("cwg-2018-liverpool")).rows).toEqual(liverpool.rows);
  });
});
