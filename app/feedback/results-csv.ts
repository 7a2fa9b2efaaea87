// The feedback results as CSV: the same rows the page shows, with the same figures held back.
import { toCsv } from "~/domain/follow-ups/csv";
import { NOT_SHOWN, NOT_SHOWN_PROTECTS, type GroupRow, type QuestionSummary } from "~/domain/feedback/summary";
import type { FeedbackResults } from "./results.server";

export const RESULTS_CSV_HEADER = [
  "Group",
  "Question",
  "Kind",
  "Invited",
  "Answers",
  "Mean",
  "Score 1",
  "Score 2",
  "Score 3",
  "Score 4",
  "Score 5",
  "Open answer",
  "Name",
  "Note",
];

type Cell = string | number | null;

const figures = (answers: number, mean: number | null, counts: number[] | null): Cell[] =>
  counts ? [answers, mean, ...counts] : [answers, null, null, null, null, null, null];

function groupRows(prefix: string, rows: GroupRow[], questions: QuestionSummary[]): Cell[][] {
  const textOf = new Map(questions.map((question) => [question.key, question]));
  return rows.flatMap((row) => {
    const group = `${prefix}: ${row.label}`;
    if (!row.questions)
      return [
        [
          group,
          null,
          null,
          null,
          row.respondents,
          ...figures(0, null, null).slice(1),
          null,
          null,
          row.heldBack === "protects-smaller" ? NOT_SHOWN_PROTECTS : NOT_SHOWN,
        ],
      ];
    return row.questions.map((figure) => [
      group,
      textOf.get(figure.key)?.text ?? figure.key,
      textOf.get(figure.key)?.kind ?? null,
      null,
      ...figures(figure.answers, figure.mean, figure.counts),
      null,
      null,
      figure.counts ? null : NOT_SHOWN,
    ]);
  });
}

export function feedbackResultsCsv(results: FeedbackResults): string {
  const rows: Cell[][] = [];
  for (const rate of results.responseRates)
    rows.push([
      `Response rate: ${rate.city}`,
      null,
      null,
      rate.invited,
      rate.answered,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      rate.percent === null ? null : `${rate.percent}%`,
    ]);
  rows.push([
    "Response rate: all cities",
    null,
    null,
    results.total.invited,
    results.total.answered,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    results.total.percent === null ? null : `${results.total.percent}%`,
  ]);
  for (const question of results.questions) {
    if (question.kind === "text") {
      if (!question.openAnswers) {
        rows.push([
          "All respondents",
          question.text,
          question.kind,
          null,
          question.answers,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          NOT_SHOWN,
        ]);
        continue;
      }
      for (const answer of question.openAnswers)
        rows.push([
          "All respondents",
          question.text,
          question.kind,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          answer.text,
          answer.name ?? null,
          null,
        ]);
      continue;
    }
    rows.push([
      "All respondents",
      question.text,
      question.kind,
      null,
      ...figures(question.answers, question.mean, question.counts),
      null,
      null,
      question.counts ? null : NOT_SHOWN,
    ]);
  }
  rows.push(...groupRows("City", results.byCity, results.questions));
  if (results.byRole) rows.push(...groupRows("Role", results.byRole, results.questions));
  return toCsv(RESULTS_CSV_HEADER, rows);
}
