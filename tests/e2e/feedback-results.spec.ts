// Feedback results in the browser: a manager opens them from the convening page, sees each aim's
// chart and table with the same figures, the open answers and the response rate by city, while a
// city of two answers is held back; a city representative of that city sees only its note. Desktop
// and 390 px screenshots.
import { Types } from "mongoose";
import { defaultQuestions } from "~/domain/feedback/feedback-rules";
import { ensureFeedbackForm, markFeedbackFormSent } from "../../models/feedback-form.server";
import { claimFeedbackInvitation, markFeedbackInvitationAnswered } from "../../models/feedback-invitation.server";
import { insertFeedbackResponse } from "../../models/feedback-response.server";
import { cityIdOf, createMeeting, expect, expectNoSeriousAxeViolations, screenshot, test } from "./playwright-utils";

async function answer(conveningId: string, cityId: string, scores: number[], takeBack?: string) {
  const personId = new Types.ObjectId().toHexString();
  const claim = await claimFeedbackInvitation({
    conveningId,
    personId,
    cityId,
    role: "participant",
    email: `feedback.${personId}@example.org`,
    now: new Date(),
  });
  if (!claim) throw new Error("the invitation was not made");
  await insertFeedbackResponse(claim.token, {
    conveningId,
    cityId,
    role: "participant",
    submittedOn: "2026-03-28",
    answers: [
      ...scores.map((score, index) => ({ key: `aim-${index + 1}`, score })),
      ...(takeBack ? [{ key: "take-back", text: takeBack }] : []),
    ],
  });
  await markFeedbackInvitationAnswered({ conveningId, personId }, new Date());
}

test("a manager reads feedback results; a small city is held back, also from its representative", async ({
  login,
  tag,
}) => {
  const startsAt = new Date(Date.now() - 10 * 24 * 3600 * 1000);
  const meeting = await createMeeting({ title: `Feedback meeting ${tag}`, startsAt });
  await ensureFeedbackForm(meeting.id, defaultQuestions(["Share practice on housing", "Agree next steps"], []));
  await markFeedbackFormSent(meeting.id, new Date(), new Date(Date.now() + 21 * 24 * 3600 * 1000));
  const bristol = await cityIdOf("bristol");
  const cardiff = await cityIdOf("cardiff");
  await answer(meeting.id, bristol, [5, 4], "A tenants' panel, like Cardiff has");
  await answer(meeting.id, bristol, [4, 4], "The zoning map");
  await answer(meeting.id, bristol, [4, 3]);
  await answer(meeting.id, bristol, [3, 5], "Budget pooling");
  await answer(meeting.id, bristol, [5, 4]);
  await answer(meeting.id, cardiff, [2, 2]);
  await answer(meeting.id, cardiff, [3, 2], "More time in small groups");

  const { page } = await login({ role: "manager" });
  await page.goto(meeting.path);
  await page.getByRole("link", { name: "Feedback results" }).click();
  await expect(page.getByRole("heading", { name: "Feedback results", level: 1 })).toBeVisible();
  const aim = page.getByRole("region", { name: /aim 1: Share practice on housing/ });
  await expect(aim.getByText("7 answers, mean 3.71 out of 5")).toBeVisible();
  await expect(aim.getByRole("img", { name: /Scores for/ })).toBeVisible();
  const table = aim.getByRole("table", { name: "Answers by score" });
  for (const [score, count] of [
    [1, 0],
    [2, 1],
    [3, 2],
    [4, 2],
    [5, 2],
  ] as const) {
    await expect(aim.locator(`[data-score="${score}"]`)).toHaveAttribute("data-count", String(count));
    await expect(
      table
        .locator("tbody tr")
        .nth(score - 1)
        .locator("td"),
    ).toHaveText(String(count));
  }
  await expect(page.getByText("More time in small groups")).toBeVisible();
  const byCity = page.getByRole("region", { name: "By city" });
  await expect(byCity.getByRole("region", { name: "Cardiff" })).toContainText("Fewer than 3 answers: not shown");
  await expect(byCity.getByRole("region", { name: "Bristol" })).toContainText(
    "Not shown, so that a smaller group's answers cannot be worked out from the rest",
  );
  await expect(page.getByRole("table", { name: "Invited and answered, by city" })).toContainText("Cardiff");
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, "feedback-results-desktop");

  const rep = await login({ role: "city-rep", city: "cardiff", width: 390 });
  await rep.page.goto(`/convenings/${meeting.id}/feedback/results`);
  await expect(rep.page.getByRole("heading", { name: "Your city", exact: true })).toBeVisible();
  await expect(rep.page.getByRole("region", { name: "Your city", exact: true })).toContainText(
    "Fewer than 3 answers: not shown",
  );
  await expect(rep.page.getByRole("table", { name: "Invited and answered, by city" })).not.toContainText("Bristol");
  await expectNoSeriousAxeViolations(rep.page);
  await screenshot(rep.page, "feedback-results-390");
});
