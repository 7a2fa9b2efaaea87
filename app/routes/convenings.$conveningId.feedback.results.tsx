// A convening's feedback results: per aim, per session and per added question the spread of
// scores (chart and table), open answers, response rate by city, and breakdowns by city and role;
// nothing for a group of fewer than three. Filtered in the loader for the viewer.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { forbidden } from "~/accounts/auth.server";
import { TableScroll } from "~/components/table-scroll";
import { formatDateRange } from "~/domain/local-time";
import { MIN_GROUP, type GroupRow, type QuestionSummary } from "~/domain/feedback/summary";
import { ScoredQuestion } from "~/feedback/components/results-chart";
import { summariseConveningFeedback } from "~/feedback/results.server";
import { notFound, requirePlanReader } from "~/follow-ups/action-service.server";
import { getReadableConveningForActions } from "~/follow-ups/readable-convening.server";
import { FORMAT_LOCALE } from "~/domain/languages";
import { ContentLang } from "~/i18n/content-lang";
import type { MessageKey } from "~/i18n/messages";
import { pageTitle } from "~/i18n/meta";
import { useRichT } from "~/i18n/rich-text";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: pageTitle(matches, "feedback.results.pageTitle", { convening: data?.convening.title ?? "" }) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const convening = await getReadableConveningForActions(person, params.conveningId ?? "");
  if (!convening) throw notFound("That convening");
  const results = await summariseConveningFeedback(convening.id, person);
  const { t, language } = await translateRequest(request);
  if (!results) throw forbidden(t("feedback.results.forbidden"));
  return json({
    convening: {
      id: convening.id,
      title: convening.title,
      when: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone, FORMAT_LOCALE[language]),
    },
    isManager: person.role === "manager",
    results,
  });
}

const SECTIONS: Array<{ kind: QuestionSummary["kind"]; title: MessageKey }> = [
  { kind: "aim", title: "feedback.results.aims" },
  { kind: "session", title: "feedback.results.sessions" },
  { kind: "scale", title: "feedback.results.other" },
];

function Breakdown({
  id,
  title,
  rows,
  questions,
}: {
  id: string;
  title: string;
  rows: GroupRow[];
  questions: QuestionSummary[];
}) {
  const t = useT();
  const textOf = new Map(questions.map((question) => [question.key, question.text]));
  const notShown = t("feedback.notShown", { min: MIN_GROUP });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? <p className="muted">{t("feedback.results.noAnswers")}</p> : null}
      {rows.map((row) => (
        <section key={row.key} className="card" aria-labelledby={`${id}-${row.key}`}>
          <h3 id={`${id}-${row.key}`} lang="en-GB" style={{ marginTop: 0 }}>
            {row.label}
          </h3>
          {row.questions ? (
            <TableScroll labelledBy={`${id}-${row.key}-caption`}>
              <table>
                <caption id={`${id}-${row.key}-caption`}>
                  <ContentLang>{row.label}</ContentLang>: {t("feedback.results.answered", { count: row.respondents })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("feedback.results.question")}</th>
                    <th scope="col">{t("feedback.chart.answersColumn")}</th>
                    <th scope="col">{t("feedback.results.mean")}</th>
                    {[1, 2, 3, 4, 5].map((score) => (
                      <th scope="col" key={score}>
                        {t("feedback.results.scoreN", { score })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {row.questions.map((figure) => (
                    <tr key={figure.key}>
                      <th scope="row" lang="en-GB">
                        {textOf.get(figure.key) ?? figure.key}
                      </th>
                      <td>{figure.answers}</td>
                      {figure.counts ? (
                        <>
                          <td>{figure.mean?.toFixed(2)}</td>
                          {figure.counts.map((count, index) => (
                            <td key={index}>{count}</td>
                          ))}
                        </>
                      ) : (
                        <td colSpan={6}>{notShown}</td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : (
            <p className="muted">{row.heldBack === "protects-smaller" ? t("feedback.notShownProtects") : notShown}</p>
          )}
        </section>
      ))}
    </section>
  );
}

export default function FeedbackResultsPage() {
  const { convening, results, isManager } = useLoaderData<typeof loader>();
  const openQuestions = results.questions.filter((question) => question.kind === "text");
  const t = useT();
  const richT = useRichT();
  const title = <ContentLang>{convening.title}</ContentLang>;
  const notShown = t("feedback.notShown", { min: MIN_GROUP });
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>← {title}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1>{t("feedback.results.title")}</h1>
          <p className="muted">
            {richT("feedback.results.lede", { convening: title, when: convening.when, min: MIN_GROUP })}
          </p>
        </div>
        <p className="cluster">
          {isManager ? (
            <Link className="button button--quiet" to={`/convenings/${convening.id}/feedback`}>
              {t("feedback.results.form")}
            </Link>
          ) : null}
          <a className="button button--quiet" href={`/convenings/${convening.id}/feedback/results.csv`} download>
            {t("plans.downloadCsv")}
          </a>
        </p>
      </div>

      {!results.hasForm || !results.sent ? (
        <div className="empty-state">
          <h2>{t("feedback.results.emptyTitle")}</h2>
          <p>{t("feedback.results.emptyBody")}</p>
        </div>
      ) : null}

      <section aria-labelledby="rate-title">
        <h2 id="rate-title">{t("feedback.results.rate")}</h2>
        <TableScroll labelledBy="rate-caption">
          <table>
            <caption id="rate-caption">{t("feedback.results.rateCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("actions.table.city")}</th>
                <th scope="col">{t("feedback.results.invited")}</th>
                <th scope="col">{t("feedback.results.answeredColumn")}</th>
                <th scope="col">{t("feedback.results.rate")}</th>
              </tr>
            </thead>
            <tbody>
              {results.responseRates.map((rate) => (
                <tr key={rate.cityId ?? "none"}>
                  <th scope="row" lang="en-GB">
                    {rate.city}
                  </th>
                  <td>{rate.invited}</td>
                  <td>{rate.answered}</td>
                  <td>{rate.percent === null ? "–" : `${rate.percent}%`}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("feedback.results.allCities")}</th>
                <td>{results.total.invited}</td>
                <td>{results.total.answered}</td>
                <td>{results.total.percent === null ? "–" : `${results.total.percent}%`}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      </section>

      {results.shown ? null : (
        <p className="notice" role="status">
          {t("feedback.results.soFar", { count: results.respondents })} {notShown}.
        </p>
      )}

      {SECTIONS.map((section) => {
        const questions = results.questions.filter((question) => question.kind === section.kind);
        if (questions.length === 0) return null;
        return (
          <section key={section.kind} aria-labelledby={`${section.kind}-title`}>
            <h2 id={`${section.kind}-title`}>{t(section.title)}</h2>
            {questions.map((question) => (
              <ScoredQuestion key={question.key} question={question} id={`q-${question.key}`} />
            ))}
          </section>
        );
      })}

      {openQuestions.length > 0 ? (
        <section aria-labelledby="open-title">
          <h2 id="open-title">{t("feedback.results.open")}</h2>
          {results.named && isManager ? <p className="muted">{t("feedback.results.named")}</p> : null}
          {openQuestions.map((question) => (
            <section key={question.key} className="card" aria-labelledby={`open-${question.key}`}>
              <h3 id={`open-${question.key}`} lang="en-GB" style={{ marginTop: 0 }}>
                {question.text}
              </h3>
              {question.openAnswers === null ? (
                <p className="muted">{notShown}</p>
              ) : question.openAnswers.length === 0 ? (
                <p className="muted">{t("feedback.results.noOne")}</p>
              ) : (
                <ul className="feedback-open-answers">
                  {question.openAnswers.map((answer, index) => (
                    <li key={index}>
                      <q lang="en-GB">{answer.text}</q>
                      {answer.name ? <span className="muted"> — {answer.name}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </section>
      ) : null}

      <Breakdown
        id="by-city"
        title={isManager ? t("dashboard.byCity") : t("feedback.results.yourCity")}
        rows={results.byCity}
        questions={results.questions}
      />
      {results.byRole ? (
        <Breakdown
          id="by-role"
          title={t("feedback.results.byRole")}
          rows={results.byRole}
          questions={results.questions}
        />
      ) : null}
    </>
  );
}
