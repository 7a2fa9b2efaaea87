import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { QuestionSummary } from "~/domain/feedback/summary";
import { english } from "~/i18n/catalogues/english";
import { welsh } from "~/i18n/catalogues/welsh";
import { I18nProvider } from "~/i18n/i18n-provider";
import { ScoredQuestion } from "./results-chart";

const question: QuestionSummary = {
  key: "aim-1",
  kind: "aim",
  text: "How far did the meeting achieve aim 1: share practice?",
  aimNumber: 1,
  answers: 6,
  mean: 3.67,
  counts: [0, 1, 2, 1, 2],
  openAnswers: null,
};

describe("ScoredQuestion", () => {
  it("draws the same figures in the chart as in the table", () => {
    const html = renderToStaticMarkup(
      <I18nProvider language="en" messages={english}>
        <ScoredQuestion question={question} id="q-aim-1" />
      </I18nProvider>,
    );
    const barCounts = [...html.matchAll(/data-score="(\d)" data-count="(\d+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(barCounts).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 1],
      [5, 2],
    ]);
    const table = html.slice(html.indexOf('<table data-testid="score-table"'));
    const cells = [...table.matchAll(/<\/th><td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(cells).toEqual([0, 1, 2, 1, 2]);
    expect(table).toContain("6 (3.67)");
    expect(html).toContain("6 answers, mean 3.67 out of 5");
    expect(html).toContain('role="img"');
  });

  it("shows only the note when the figures are held back", () => {
    const html = renderToStaticMarkup(
      <I18nProvider language="en" messages={english}>
        <ScoredQuestion question={{ ...question, answers: 2, mean: null, counts: null }} id="q-aim-1" />
      </I18nProvider>,
    );
    expect(html).toContain("Fewer than 3 answers: not shown");
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("<table");
  });

  it("words its counts and the held-back note in Welsh for a Welsh reader", () => {
    const render = (summary: QuestionSummary) =>
      renderToStaticMarkup(
        <I18nProvider language="cy" messages={welsh}>
          <ScoredQuestion question={summary} id="q-aim-1" />
        </I18nProvider>,
      );
    expect(render(question)).toContain("6 ateb, cymedr 3.67 allan o 5");
    expect(render({ ...question, answers: 2, mean: null, counts: null })).toContain("Llai na 3 ateb: heb eu dangos");
  });
});
