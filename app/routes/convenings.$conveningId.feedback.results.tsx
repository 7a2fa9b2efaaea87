// A convening's feedback results: per aim, per session and per added question the spread of
// scores (chart and table), open answers, response rate by city, and breakdowns by city and role;
// nothing for a group of fewer than three. Filtered in the loader for the viewer.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { forbidden } from "~/accounts/auth.server";
import { TableScroll } from "~/components/table-scroll";
import { formatDateRange } from "~/domain/local-time";
import {
  MIN_GROUP,
  NOT_SHOWN,
  NOT_SHOWN_PROTECTS,
  type GroupRow,
  type QuestionSummary,
} from "~/domain/feedback/summary";
import { ScoredQuestion } from "~/feedback/components/results-chart";
import { summariseConveningFeedback } from "~/feedback/results.server";
import { notFound, requirePlanReader } from "~/follow-ups/action-service.server";
import { getReadableConveningForActions } from "~/follow-ups/readable-convening.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Feedback results · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const convening = await getReadableConveningForActions(person, params.conveningId ?? "");
  if (!convening) throw notFound("That convening");
  const results = await summariseConveningFeedback(convening.id, person);
  if (!results) throw forbidden("Feedback results are for the programme team and city representatives.");
  return json({
    convening: {
      id: convening.id,
      title: convening.title,
      when: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
    },
    isManager: person.role === "manager",
    results,
  });
}

const SECTIONS: Array<{ kind: QuestionSummary["kind"]; title: string }> = [
  { kind: "aim", title: "How far the meeting met its aims" },
  { kind: "session", title: "How useful each session was" },
  { kind: "scale", title: "Other questions" },
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
  const textOf = new Map(questions.map((question) => [question.key, question.text]));
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? <p className="muted">No answers yet.</p> : null}
      {rows.map((row) => (
        <section key={row.key} className="card" aria-labelledby={`${id}-${row.key}`}>
          <h3 id={`${id}-${row.key}`} style={{ marginTop: 0 }}>
            {row.label}
          </h3>
          {row.questions ? (
            <TableScroll labelledBy={`${id}-${row.key}-caption`}>
              <table>
                <caption id={`${id}-${row.key}-caption`}>
                  {row.label}: {row.respondents} answered
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Answers</th>
                    <th scope="col">Mean</th>
                    {[1, 2, 3, 4, 5].map((score) => (
                      <th scope="col" key={score}>
                        Score {score}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {row.questions.map((figure) => (
                    <tr key={figure.key}>
                      <th scope="row">{textOf.get(figure.key) ?? figure.key}</th>
                      <td>{figure.answers}</td>
                      {figure.counts ? (
                        <>
                          <td>{figure.mean?.toFixed(2)}</td>
                          {figure.counts.map((count, index) => (
                            <td key={index}>{count}</td>
                          ))}
                        </>
                      ) : (
                        <td colSpan={6}>{NOT_SHOWN}</td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : (
            <p className="muted">{row.heldBack === "protects-smaller" ? NOT_SHOWN_PROTECTS : NOT_SHOWN}</p>
          )}
        </section>
      ))}
    </section>
  );
}

export default function FeedbackResultsPage() {
  const { convening, results, isManager } = useLoaderData<typeof loader>();
  const openQuestions = results.questions.filter((question) => question.kind === "text");
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>← {convening.title}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1>Feedback results</h1>
          <p className="muted">
            {convening.title}, {convening.when}. Confidential: no figure or answer is shown for a group of fewer than{" "}
            {MIN_GROUP}.
          </p>
        </div>
        <p className="cluster">
          {isManager ? (
            <Link className="button button--quiet" to={`/convenings/${convening.id}/feedback`}>
              Feedback form
            </Link>
          ) : null}
          <a className="button button--quiet" href={`/convenings/${convening.id}/feedback/results.csv`} download>
            Download as CSV
          </a>
        </p>
      </div>

      {!results.hasForm || !results.sent ? (
        <div className="empty-state">
          <h2>No feedback yet</h2>
          <p>The feedback form has not been sent to attendees yet.</p>
        </div>
      ) : null}

      <section aria-labelledby="rate-title">
        <h2 id="rate-title">Response rate</h2>
        <TableScroll labelledBy="rate-caption">
          <table>
            <caption id="rate-caption">Invited and answered, by city</caption>
            <thead>
              <tr>
                <th scope="col">City</th>
                <th scope="col">Invited</th>
                <th scope="col">Answered</th>
                <th scope="col">Response rate</th>
              </tr>
            </thead>
            <tbody>
              {results.responseRates.map((rate) => (
                <tr key={rate.cityId ?? "none"}>
                  <th scope="row">{rate.city}</th>
                  <td>{rate.invited}</td>
                  <td>{rate.answered}</td>
                  <td>{rate.percent === null ? "–" : `${rate.percent}%`}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All cities</th>
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
          {results.respondents} of the invited answered so far. {NOT_SHOWN}.
        </p>
      )}

      {SECTIONS.map((section) => {
        const questions = results.questions.filter((question) => question.kind === section.kind);
        if (questions.length === 0) return null;
        return (
          <section key={section.kind} aria-labelledby={`${section.kind}-title`}>
            <h2 id={`${section.kind}-title`}>{section.title}</h2>
            {questions.map((question) => (
              <ScoredQuestion key={question.key} question={question} id={`q-${question.key}`} />
            ))}
          </section>
        );
      })}

      {openQuestions.length > 0 ? (
        <section aria-labelledby="open-title">
          <h2 id="open-title">Open answers</h2>
          {results.named && isManager ? (
            <p className="muted">This form was named: respondents were told their name is shown with their answers.</p>
          ) : null}
          {openQuestions.map((question) => (
            <section key={question.key} className="card" aria-labelledby={`open-${question.key}`}>
              <h3 id={`open-${question.key}`} style={{ marginTop: 0 }}>
                {question.text}
              </h3>
              {question.openAnswers === null ? (
                <p className="muted">{NOT_SHOWN}</p>
              ) : question.openAnswers.length === 0 ? (
                <p className="muted">No one answered this question.</p>
              ) : (
                <ul className="feedback-open-answers">
                  {question.openAnswers.map((answer, index) => (
                    <li key={index}>
                      <q>{answer.text}</q>
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
        title={isManager ? "By city" : "Your city"}
        rows={results.byCity}
        questions={results.questions}
      />
      {results.byRole ? (
        <Breakdown id="by-role" title="By role" rows={results.byRole} questions={results.questions} />
      ) : null}
    </>
  );
}
