// A convening's outcomes: every follow-up action raised there, by city and then by status.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ActionTable, ProgressSummary } from "~/follow-ups/components/action-list";
import { loadConveningOutcomes } from "~/follow-ups/action-pages.server";
import { notFound, requirePlanReader } from "~/follow-ups/action-service.server";
import { ACTION_STATUS_LABELS } from "~/domain/vocabulary/follow-ups";
import { formatDateRange } from "~/domain/local-time";
import { canRecordActions } from "~/follow-ups/policy";
import { getReadableConveningForActions } from "~/follow-ups/readable-convening.server";
import { loadNotesForOutcomes } from "~/notes/notes.server";
import { NOTE_KIND_LABELS } from "~/domain/vocabulary/notes";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Outcomes · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const convening = await getReadableConveningForActions(person, params.conveningId ?? "");
  if (!convening) throw notFound("That convening");
  const [outcomes, sessionNotes] = await Promise.all([
    loadConveningOutcomes(convening.id),
    loadNotesForOutcomes(person, convening.id),
  ]);
  return json({
    convening: {
      id: convening.id,
      title: convening.title,
      when: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
    },
    canRecord: canRecordActions(person),
    sessionNotes,
    ...outcomes,
  });
}

export default function OutcomesPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/convenings/${data.convening.id}`}>← {data.convening.title}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1>Outcomes</h1>
          <p className="muted">
            Follow-up actions raised at {data.convening.title}, {data.convening.when}
          </p>
        </div>
        <p className="cluster">
          {data.canRecord ? (
            <Link className="button" to={`/convenings/${data.convening.id}/actions/new`}>
              Record actions
            </Link>
          ) : null}
          <a className="button button--quiet" href={`/actions/export.csv?convening=${data.convening.id}`} download>
            Download as CSV
          </a>
        </p>
      </div>
      {data.cityGroups.length === 0 ? (
        <div className="empty-state">
          <h2>No follow-up actions yet</h2>
          <p>Actions recorded during or after this convening appear here by city.</p>
        </div>
      ) : (
        <>
          <ProgressSummary figures={data.figures} label="All actions from this convening" />
          {data.cityGroups.map((group) => (
            <section key={group.city.id} aria-labelledby={`city-${group.city.slug}`} className="card">
              <h2 id={`city-${group.city.slug}`} style={{ marginTop: 0 }}>
                <Link to={`/cities/${group.city.slug}/plan`}>{group.city.name}</Link>
              </h2>
              <ProgressSummary figures={group.figures} label={group.city.name} />
              {group.byStatus.map((statusGroup) => (
                <ActionTable
                  key={statusGroup.status}
                  caption={`${ACTION_STATUS_LABELS[statusGroup.status]} (${statusGroup.actions.length})`}
                  rows={statusGroup.actions}
                  showCity={false}
                  showSession
                />
              ))}
            </section>
          ))}
        </>
      )}
      {data.sessionNotes.length > 0 ? (
        <section aria-labelledby="session-notes-title" className="card">
          <h2 id="session-notes-title" style={{ marginTop: 0 }}>
            Session notes
          </h2>
          <p>
            <Link to={`/convenings/${data.convening.id}/notes`}>All session notes</Link>
          </p>
          {data.sessionNotes.map((session) => (
            <section key={session.id} aria-labelledby={`notes-${session.id}`}>
              <h3 id={`notes-${session.id}`}>{session.title}</h3>
              <ul>
                {session.points.map((point) => (
                  <li key={point.id}>
                    <strong>{NOTE_KIND_LABELS[point.kind]}:</strong> {point.text}{" "}
                    <span className="muted">({point.authorName})</span>
                    {point.action ? (
                      <>
                        {" "}
                        Became action: <Link to={`/actions/${point.action.id}`}>{point.action.title}</Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}
    </>
  );
}
