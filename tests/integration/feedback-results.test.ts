import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { loader as csvLoader } from "../../app/routes/convenings.$conveningId.feedback.results[.]csv";
import { loader as resultsLoader } from "../../app/routes/convenings.$conveningId.feedback.results";
import { summariseConveningFeedback } from "~/feedback/results.server";
import { Convening } from "../../models/convening.server";
import { ensureFeedbackForm, markFeedbackFormSent, saveFeedbackForm } from "../../models/feedback-form.server";
import { claimFeedbackInvitation, markFeedbackInvitationAnswered } from "../../models/feedback-invitation.server";
import { insertFeedbackResponse } from "../../models/feedback-response.server";
import { defaultQuestions } from "~/domain/feedback/feedback-rules";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity } from "../factories/people";
import { body, load } from "../helpers/routes";

withTestDatabase();

const NOT_SHOWN = "Fewer than 3 answers: not shown";

async function world() {
  const convening = await Convening.create({
    kind: "working-group-meeting",
    title: "City Working Group meeting: Leeds",
    phase: 1,
    format: "in-person",
    timeZone: "Europe/London",
    startsAt: new Date("2026-03-25T09:00:00Z"),
    endsAt: new Date("2026-03-26T17:00:00Z"),
    status: "completed",
    shareToken: `token-${Math.random()}`,
  });
  const conveningId = String(convening._id);
  await ensureFeedbackForm(conveningId, defaultQuestions(["Share practice", "Plan actions"], []));
  await markFeedbackFormSent(conveningId, new Date("2026-03-27T09:00:00Z"), new Date("2026-04-17T09:00:00Z"));
  const leeds = await createCity("leeds");
  const york = await createCity("york");
  const manager = await createAccount({ role: "manager" });
  const leedsRep = await createAccount({ role: "city-rep", cityId: leeds });
  const yorkRep = await createAccount({ role: "city-rep", cityId: york });
  const participant = await createAccount({ role: "participant", cityId: leeds });
  return { conveningId, leeds, york, manager, leedsRep, yorkRep, participant };
}

type Answer = { aim1: number; aim2?: number; takeBack?: string; role?: string; personId?: string };

/** Invites `invited` people of the city and has the first answers.length of them answer. */
async function cityAnswers(conveningId: string, cityId: string, invited: number, answers: Answer[]) {
  for (let index = 0; index < invited; index += 1) {
    const answer = answers[index];
    const personId = answer?.personId ?? new Types.ObjectId().toHexString();
    const claim = await claimFeedbackInvitation({
      conveningId,
      personId,
      cityId,
      role: answer?.role ?? "participant",
      email: `p${Math.random().toString(36).slice(2)}@example.org`,
      now: new Date("2026-03-27T09:00:00Z"),
    });
    if (!claim || !answer) continue;
    await insertFeedbackResponse(claim.token, {
      conveningId,
      cityId,
      role: answer.role ?? "participant",
      ...(answer.personId ? { personId: answer.personId } : {}),
      submittedOn: "2026-03-28",
      answers: [
        { key: "aim-1", score: answer.aim1 },
        ...(answer.aim2 ? [{ key: "aim-2", score: answer.aim2 }] : []),
        ...(answer.takeBack ? [{ key: "take-back", text: answer.takeBack }] : []),
      ],
    });
    await markFeedbackInvitationAnswered({ conveningId, personId }, new Date("2026-03-28T10:00:00Z"));
  }
}

async function resultsAs(personId: string, conveningId: string) {
  const response = await load(resultsLoader, personId, `/convenings/${conveningId}/feedback/results?_data=x`, {
    conveningId,
  });
  expect(response.status).toBe(200);
  return (await body(response)).results;
}

describe("feedback results", () => {
  it("shows nothing of two answers, and the figures once three answered", async () => {
    const w = await world();
    await cityAnswers(w.conveningId, w.leeds, 4, [
      { aim1: 5, aim2: 4, takeBack: "Zoning pilots" },
      { aim1: 4, aim2: 4, takeBack: "Budget tools" },
    ]);
    const two = await resultsAs(w.manager.id, w.conveningId);
    expect(two.shown).toBe(false);
    expect(two.respondents).toBe(2);
    expect(two.aims).toEqual([
      expect.objectContaining({ aimNumber: 1, answers: 2, mean: null, counts: null }),
      expect.objectContaining({ aimNumber: 2, answers: 2, mean: null, counts: null }),
    ]);
    expect(two.questions.find((q: { key: string }) => q.key === "take-back").openAnswers).toBeNull();
    expect(JSON.stringify(two)).not.toContain("Zoning pilots");
    expect(two.byCity).toEqual([
      { key: w.leeds, label: "Leeds", respondents: 2, heldBack: "too-few", questions: null },
    ]);
    expect(two.responseRates).toEqual([{ cityId: w.leeds, city: "Leeds", invited: 4, answered: 2, percent: 50 }]);

    await cityAnswers(w.conveningId, w.leeds, 1, [{ aim1: 3, takeBack: "Ask residents first" }]);
    const three = await resultsAs(w.manager.id, w.conveningId);
    expect(three.shown).toBe(true);
    expect(three.aims[0]).toEqual({
      aimNumber: 1,
      text: "How far did the meeting achieve aim 1: Share practice?",
      answers: 3,
      mean: 4,
      counts: [0, 0, 1, 1, 1],
    });
    expect(three.aims[1]).toMatchObject({ aimNumber: 2, answers: 2, mean: null, counts: null });
    expect(three.questions.find((q: { key: string }) => q.key === "take-back").openAnswers).toEqual([
      { text: "Ask residents first" },
      { text: "Budget tools" },
      { text: "Zoning pilots" },
    ]);
  });

  it("hides a city with 2 of 5 answers (and the group that would give it away) while the overall shows", async () => {
    const w = await world();
    const bradford = await (await import("../factories/people")).createCity("bradford");
    await cityAnswers(
      w.conveningId,
      w.leeds,
      6,
      [5, 5, 4, 4, 3].map((aim1) => ({ aim1 })),
    );
    await cityAnswers(
      w.conveningId,
      bradford,
      4,
      [2, 2, 2].map((aim1) => ({ aim1 })),
    );
    await cityAnswers(w.conveningId, w.york, 5, [{ aim1: 1, takeBack: "Only from the small city" }, { aim1: 1 }]);
    const manager = await resultsAs(w.manager.id, w.conveningId);
    expect(manager.aims[0]).toMatchObject({ answers: 10, mean: 2.9, counts: [2, 3, 1, 2, 2] });
    expect(
      manager.byCity.map((row: { label: string; questions: unknown }) => [row.label, row.questions !== null]),
    ).toEqual([
      ["Bradford", false],
      ["Leeds", true],
      ["York", false],
    ]);
    expect(manager.byCity[1].questions[0]).toEqual({ key: "aim-1", answers: 5, mean: 4.2, counts: [0, 0, 1, 2, 2] });
    // the open answer is listed with the whole convening's, never under York
    expect(manager.questions.find((q: { key: string }) => q.key === "take-back").openAnswers).toEqual([
      { text: "Only from the small city" },
    ]);

    const yorkRep = await resultsAs(w.yorkRep.id, w.conveningId);
    expect(yorkRep.byCity).toEqual([
      { key: w.york, label: "York", respondents: 2, heldBack: "too-few", questions: null },
    ]);
    expect(yorkRep.responseRates).toEqual([{ cityId: w.york, city: "York", invited: 5, answered: 2, percent: 40 }]);
    expect(yorkRep.byRole).toBeNull();

    const leedsRep = await resultsAs(w.leedsRep.id, w.conveningId);
    expect(leedsRep.byCity.map((row: { label: string }) => row.label)).toEqual(["Leeds"]);
    expect(leedsRep.responseRates.map((rate: { city: string }) => rate.city)).toEqual(["Leeds"]);
    expect(JSON.stringify(leedsRep)).not.toContain("York");
    expect(JSON.stringify(leedsRep)).not.toContain("Bradford");
    expect(leedsRep.aims[0]).toMatchObject({ answers: 10, mean: 2.9 });
  });

  it("refuses participants and the signed out, and answers 404 for an unknown convening", async () => {
    const w = await world();
    const url = `/convenings/${w.conveningId}/feedback/results`;
    expect((await load(resultsLoader, w.participant.id, url, { conveningId: w.conveningId })).status).toBe(403);
    expect((await load(csvLoader, w.participant.id, `${url}.csv`, { conveningId: w.conveningId })).status).toBe(403);
    expect((await load(resultsLoader, null, url, { conveningId: w.conveningId })).status).toBe(302);
    const missing = new Types.ObjectId().toHexString();
    expect((await load(resultsLoader, w.manager.id, url, { conveningId: missing })).status).toBe(404);
    expect((await load(resultsLoader, w.manager.id, url, { conveningId: "not-an-id" })).status).toBe(404);
  });

  it("shows names beside open answers of a named form to managers only", async () => {
    const w = await world();
    const form = (await import("../../models/feedback-form.server")).getFeedbackForm;
    const current = (await form(w.conveningId))!;
    expect(await saveFeedbackForm(w.conveningId, current.revision, { named: true })).toBe(true);
    const ana = await createAccount({ role: "participant", cityId: w.leeds, name: "Ana Leeds" });
    await cityAnswers(w.conveningId, w.leeds, 3, [
      { aim1: 5, takeBack: "Named answer", personId: ana.id },
      { aim1: 4, role: "taskforce-member" },
      { aim1: 4 },
    ]);
    const manager = await resultsAs(w.manager.id, w.conveningId);
    expect(manager.questions.find((q: { key: string }) => q.key === "take-back").openAnswers).toEqual([
      { text: "Named answer", name: "Ana Leeds" },
    ]);
    expect(
      manager.byRole.map((row: { label: string; questions: unknown }) => [row.label, row.questions !== null]),
    ).toEqual([
      ["Participant", false],
      ["Taskforce member", false],
    ]);
    const rep = await resultsAs(w.leedsRep.id, w.conveningId);
    expect(rep.questions.find((q: { key: string }) => q.key === "take-back").openAnswers).toEqual([
      { text: "Named answer" },
    ]);
    expect(JSON.stringify(rep)).not.toContain("Ana Leeds");
  });

  it("exports the page's figures as CSV, held back the same way, escaped", async () => {
    const w = await world();
    await cityAnswers(w.conveningId, w.leeds, 4, [{ aim1: 5, takeBack: '=cmd, "quoted"' }, { aim1: 4 }, { aim1: 4 }]);
    await cityAnswers(w.conveningId, w.york, 2, [{ aim1: 1 }]);
    const response = await load(csvLoader, w.manager.id, `/convenings/${w.conveningId}/feedback/results.csv`, {
      conveningId: w.conveningId,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Group,Question,Kind,Invited,Answers,Mean,Score 1,Score 2,Score 3,Score 4,Score 5,Open answer,Name,Note",
    );
    expect(lines).toContain("Response rate: Leeds,,,4,3,,,,,,,,,75%");
    expect(lines).toContain("Response rate: York,,,2,1,,,,,,,,,50%");
    expect(lines).toContain("Response rate: all cities,,,6,4,,,,,,,,,67%");
    expect(lines).toContain(
      "All respondents,How far did the meeting achieve aim 1: Share practice?,aim,,4,3.5,1,0,0,2,1,,,",
    );
    expect(lines).toContain(
      `All respondents,How far did the meeting achieve aim 2: Plan actions?,aim,,0,,,,,,,,,${NOT_SHOWN}`,
    );
    expect(lines).toContain(`All respondents,What will you take back to your city?,text,,,,,,,,,"'=cmd, ""quoted""",,`);
    // Leeds (3) would give York (1) away by subtraction, so both are held back
    expect(lines).toContain(
      'City: Leeds,,,,3,,,,,,,,,"Not shown, so that a smaller group\'s answers cannot be worked out from the rest"',
    );
    expect(lines).toContain(`City: York,,,,1,,,,,,,,,${NOT_SHOWN}`);

    const page = await resultsAs(w.manager.id, w.conveningId);
    expect(page.aims[0]).toMatchObject({ answers: 4, mean: 3.5, counts: [1, 0, 0, 2, 1] });

    const repCsv = await (
      await load(csvLoader, w.yorkRep.id, `/convenings/${w.conveningId}/feedback/results.csv`, {
        conveningId: w.conveningId,
      })
    ).text();
    expect(repCsv).not.toContain("Leeds");
    expect(repCsv).toContain(`City: York,,,,1,,,,,,,,,${NOT_SHOWN}`);
  });

  it("gives the learning report each aim's figures for a manager, and nothing to a participant", async () => {
    const w = await world();
    await cityAnswers(w.conveningId, w.leeds, 3, [{ aim1: 2 }, { aim1: 3 }, { aim1: 4 }]);
    const results = await summariseConveningFeedback(w.conveningId, w.manager);
    expect(results?.aims[0]).toMatchObject({ aimNumber: 1, answers: 3, mean: 3, counts: [0, 1, 1, 1, 0] });
    expect(await summariseConveningFeedback(w.conveningId, w.participant)).toBeNull();
  });
});
