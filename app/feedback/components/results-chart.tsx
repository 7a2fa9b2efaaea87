// One scored question's answers: a server-rendered SVG bar per score 1–5, then the same figures
// in a table, so the picture is a shortcut and never the only way to read them.
import { TableScroll } from "~/components/table-scroll";
import { MIN_GROUP, type QuestionSummary } from "~/domain/feedback/summary";
import { useT } from "~/i18n/use-t";
import type { Translate } from "~/i18n/translator";

const LABEL_WIDTH = 100;
const BAR_WIDTH = 260;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 20;
// 7.4:1 against white (WCAG non-text contrast needs 3:1).
const BAR_COLOUR = "#0b5c63";

/** "1 – not at all", "3 – partly", "5 – fully" in the reader's language. */
export function scoreLabel(t: Translate, score: number): string {
  if (score === 1) return t("feedback.score.1");
  if (score === 3) return t("feedback.score.3");
  if (score === 5) return t("feedback.score.5");
  return String(score);
}

export function ScoreChart({ counts, titleId, title }: { counts: number[]; titleId: string; title: string }) {
  const t = useT();
  const max = Math.max(1, ...counts);
  const height = counts.length * ROW_HEIGHT + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 50;
  return (
    <figure className="action-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId}-svg-title ${titleId}-desc`}
        className="action-chart__svg"
        style={{ maxWidth: "30rem" }}
        data-testid="score-chart"
      >
        <title id={`${titleId}-svg-title`}>{title}</title>
        <desc id={`${titleId}-desc`}>
          {counts.map((count, index) => t("feedback.chart.score", { score: index + 1, count })).join("; ")}.{" "}
          {t("feedback.chart.tableBelow")}
        </desc>
        {counts.map((count, index) => {
          const y = index * ROW_HEIGHT + 4;
          const length = (count / max) * BAR_WIDTH;
          return (
            <g key={index} data-score={index + 1} data-count={count}>
              <text x={0} y={y + BAR_HEIGHT / 2 + 5} fontSize="14" fill="#1b1f24">
                {scoreLabel(t, index + 1)}
              </text>
              {count > 0 ? (
                <rect x={LABEL_WIDTH} y={y} width={Math.max(length, 2)} height={BAR_HEIGHT} fill={BAR_COLOUR}>
                  <title>{t("feedback.chart.score", { score: index + 1, count })}</title>
                </rect>
              ) : null}
              <text x={LABEL_WIDTH + length + 6} y={y + BAR_HEIGHT / 2 + 5} fontSize="14" fill="#1b1f24">
                {count}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** A scored question: its chart and table, or the note that it is held back. */
export function ScoredQuestion({ question, id }: { question: QuestionSummary; id: string }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} lang="en-GB" style={{ marginTop: 0 }}>
        {question.text}
      </h3>
      {question.counts ? (
        <>
          <p className="muted" id={id}>
            {t("feedback.chart.answersMean", { count: question.answers, mean: question.mean?.toFixed(2) ?? "" })}
          </p>
          <ScoreChart
            counts={question.counts}
            titleId={id}
            title={t("feedback.chart.scoresFor", { question: question.text })}
          />
          <TableScroll labelledBy={`${id}-caption`}>
            <table data-testid="score-table">
              <caption id={`${id}-caption`}>{t("feedback.chart.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("feedback.chart.scoreColumn")}</th>
                  <th scope="col">{t("feedback.chart.answersColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {question.counts.map((count, index) => (
                  <tr key={index}>
                    <th scope="row">{scoreLabel(t, index + 1)}</th>
                    <td>{count}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t("feedback.chart.allAnswers")}</th>
                  <td>
                    {question.answers} ({question.mean?.toFixed(2)})
                  </td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </>
      ) : (
        <p className="muted">{t("feedback.notShown", { min: MIN_GROUP })}</p>
      )}
    </section>
  );
}
