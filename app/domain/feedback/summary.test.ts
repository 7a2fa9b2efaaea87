import { describe, expect, it } from "vitest";
import type { FeedbackQuestion } from "./feedback-rules";
import { aimSummaries, breakdown, scoreFigures, summariseQuestions, type SummaryResponse } from "./summary";

const questions: FeedbackQuestion[] = [
  { key: "aim-1", kind: "aim", text: "How far did the meeting achieve aim 1: share?", aimNumber: 1 },
  { key: "take-back", kind: "text", text: "What will you take back to your city?" },
];

const response = (cityId: string, score: number, text?: string, personId?: string): SummaryResponse => ({
  cityId,
  role: "participant",
  ...(personId ? { personId } : {}),
  answers: [{ key: "aim-1", score }, ...(text ? [{ key: "take-back", text }] : [])],
});

describe("scoreFigures", () => {
  it("gives the distribution and mean from three answers", () => {
    expect(scoreFigures([5, 4, 4])).toEqual({ answers: 3, mean: 4.33, counts: [0, 0, 0, 2, 1] });
  });
  it("holds back the figures of fewer than three answers", () => {
    expect(scoreFigures([5, 1])).toEqual({ answers: 2, mean: null, counts: null });
  });
});

describe("summariseQuestions", () => {
  it("shows nothing when fewer than three answered", () => {
    const [aim, open] = summariseQuestions(questions, [response("a", 5, "x"), response("a", 4, "y")], null);
    expect(aim).toMatchObject({ answers: 2, mean: null, counts: null });
    expect(open.openAnswers).toBeNull();
  });
  it("lists open answers sorted, with names only when given", () => {
    const responses = [response("a", 5, "Zoning", "p1"), response("a", 4, "Budgets", "p2"), response("b", 3)];
    const [aim, open] = summariseQuestions(questions, responses, new Map([["p1", "Ana"]]));
    expect(aim).toMatchObject({ answers: 3, mean: 4, counts: [0, 0, 1, 1, 1] });
    expect(open.openAnswers).toEqual([{ text: "Budgets" }, { text: "Zoning", name: "Ana" }]);
    expect(aimSummaries([aim, open])).toEqual([
      { aimNumber: 1, text: questions[0].text, answers: 3, mean: 4, counts: [0, 0, 1, 1, 1] },
    ]);
  });
});

describe("breakdown", () => {
  const label = (key: string) => key.toUpperCase();
  it("hides a group of two and, so it cannot be subtracted out, the next smallest group", () => {
    const responses = [
      ...[5, 5, 4, 4, 3].map((score) => response("a", score)),
      ...[1, 2, 2].map((score) => response("b", score)),
      ...[1, 1].map((score) => response("c", score)),
    ];
    const rows = breakdown(questions, responses, (r) => r.cityId ?? "none", label);
    expect(rows.map((row) => [row.label, row.respondents, row.heldBack, row.questions !== null])).toEqual([
      ["A", 5, null, true],
      ["B", 3, "protects-smaller", false],
      ["C", 2, "too-few", false],
    ]);
    expect(rows[0].questions).toEqual([{ key: "aim-1", answers: 5, mean: 4.2, counts: [0, 0, 1, 2, 2] }]);
  });
  it("shows every group of three or more when none is hidden", () => {
    const responses = [...[5, 4, 3].map((s) => response("a", s)), ...[2, 2, 1].map((s) => response("b", s))];
    const rows = breakdown(questions, responses, (r) => r.cityId ?? "none", label);
    expect(rows.every((row) => row.questions !== null)).toBe(true);
  });
});

describe("breakdown per question", () => {
  it("holds back a question's figures where a group's few scores could be subtracted out", () => {
    const twoQuestions: FeedbackQuestion[] = [
      questions[0],
      { key: "aim-2", kind: "aim", text: "How far did the meeting achieve aim 2: plan?", aimNumber: 2 },
    ];
    const both = (cityId: string, aim1: number, aim2?: number): SummaryResponse => ({
      cityId,
      role: "participant",
      answers: [{ key: "aim-1", score: aim1 }, ...(aim2 ? [{ key: "aim-2", score: aim2 }] : [])],
    });
    const responses = [
      ...[5, 4, 4].map((score) => both("a", score, score)),
      both("b", 1, 1),
      both("b", 2, 2),
      both("b", 3),
    ];
    const rows = breakdown(
      twoQuestions,
      responses,
      (r) => r.cityId ?? "none",
      (key) => key,
    );
    expect(rows[0].questions).toEqual([
      { key: "aim-1", answers: 3, mean: 4.33, counts: [0, 0, 0, 2, 1] },
      { key: "aim-2", answers: 3, mean: null, counts: null },
    ]);
    expect(rows[1].questions).toEqual([
      { key: "aim-1", answers: 3, mean: 2, counts: [1, 1, 1, 0, 0] },
      { key: "aim-2", answers: 2, mean: null, counts: null },
    ]);
  });
});
