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

/** A row by its named cells; every cell not named is empty. */
function row(cells: {
  group: string;
  question?: string | null;
  kind?: string | null;
  invited?: number;
  answers?: number;
  mean?: number | null;
  counts?: number[] | null;
  openAnswer?: string;
  name?: string | null;
  note?: string | null;
}): Cell[] {
  const counts = cells.counts ?? [null, null, null, null, null];
  return [
    cells.group,
    cells.question ?? null,
    cells.kind ?? null,
    cells.invited ?? null,
    cells.answers ?? null,
    cells.mean ?? null,
    ...counts,
    cells.openAnswer ?? null,
    cells.name ?? null,
    cells.note ?? null,
  ];
}

/** A question's figures, or its count alone with the reason when they are held back. */
const figures = (answers: number, mean: number | null, counts: number[] | null) =>
  counts ? { answers, mean, counts } : { answers, note: NOT_SHOWN };

function groupRows(prefix: string, rows: GroupRow[], questions: QuestionSummary[]): Cell[][] {
  const textOf = new Map(questions.map((question) => [question.key, question]));
  return rows.flatMap((group) => {
    const label = `${prefix}: ${group.label}`;
    if (!group.questions)
      return [
        row({
          group: label,
          answers: group.respondents,
          note: group.heldBack === "protects-smaller" ? NOT_SHOWN_PROTECTS : NOT_SHOWN,
        }),
      ];
    return group.questions.map((figure) =>
      row({
        group: label,
        question: textOf.get(figure.key)?.text ?? figure.key,
        kind: textOf.get(figure.key)?.kind ?? null,
        ...figures(figure.answers, figure.mean, figure.counts),
      }),
    );
  });
}

export function feedbackResultsCsv(results: FeedbackResults): string {
  const rows: Cell[][] = [];
  const rate = (group: string, figures: { invited: number; answered: number; percent: number | null }) =>
    row({
      group,
      invited: figures.invited,
      answers: figures.answered,
      note: figures.percent === null ? null : `${figures.percent}%`,
    });
  for (const city of results.responseRates) rows.push(rate(`Response rate: ${city.city}`, city));
  rows.push(rate("Response rate: all cities", results.total));
  for (const question of results.questions) {
    const about = { group: "All respondents", question: question.text, kind: question.kind };
    if (question.kind === "text") {
      if (!question.openAnswers) rows.push(row({ ...about, answers: question.answers, note: NOT_SHOWN }));
      else
        for (const answer of question.openAnswers)
          rows.push(row({ ...about, openAnswer: answer.text, name: answer.name ?? null }));
      continue;
    }
    rows.push(row({ ...about, ...figures(question.answers, question.mean, question.counts) }));
  }
  rows.push(...groupRows("City", results.byCity, results.questions));
  if (results.byRole) rows.push(...groupRows("Role", results.byRole, results.questions));
  return toCsv(RESULTS_CSV_HEADER, rows);
}
