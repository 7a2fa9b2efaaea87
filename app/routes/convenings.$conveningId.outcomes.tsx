// A convening's outcomes: every follow-up action raised there, by city and then by status.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ActionTable, ProgressSummary } from "~/follow-ups/components/action-list";
import { loadConveningOutcomes } from "~/follow-ups/action-pages.server";
import { notFound, requirePlanReader } from "~/follow-ups/action-service.server";
import { formatDateRange } from "~/domain/local-time";
import { FORMAT_LOCALE } from "~/domain/languages";
import { statusLabel } from "~/follow-ups/action-words";
import { canRecordActions } from "~/follow-ups/policy";
import { getReadableConveningForActions } from "~/follow-ups/readable-convening.server";
import { loadNotesForOutcomes } from "~/notes/notes.server";
import { noteKindLabel } from "~/notes/note-words";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import { useRichT } from "~/i18n/rich-text";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: pageTitle(matches, "actions.outcomes.pageTitle", { convening: data?.convening.title ?? "" }) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const convening = await getReadableConveningForActions(person, params.conveningId ?? "");
  if (!convening) throw notFound("That convening");
  const words = await translateRequest(request);
  const [outcomes, sessionNotes] = await Promise.all([
    loadConveningOutcomes(convening.id, new Date(), words),
    loadNotesForOutcomes(person, convening.id),
  ]);
  return json({
    convening: {
      id: convening.id,
      title: convening.title,
      when: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone, FORMAT_LOCALE[words.language]),
    },
    canRecord: canRecordActions(person),
    sessionNotes,
    ...outcomes,
  });
}

export default function OutcomesPage() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const richT = useRichT();
  const conveningTitle = <ContentLang>{data.convening.title}</ContentLang>;
  return (
    <>
      <p>
        <Link to={`/convenings/${data.convening.id}`}>← {conveningTitle}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1>{t("actions.outcomes.title")}</h1>
          <p className="muted">
            {richT("actions.outcomes.lede", { convening: conveningTitle, when: data.convening.when })}
          </p>
        </div>
        <p className="cluster">
          {data.canRecord ? (
            <Link className="button" to={`/convenings/${data.convening.id}/actions/new`}>
              {t("actions.outcomes.record")}
            </Link>
          ) : null}
          <a className="button button--quiet" href={`/actions/export.csv?convening=${data.convening.id}`} download>
            {t("plans.downloadCsv")}
          </a>
        </p>
      </div>
      {data.cityGroups.length === 0 ? (
        <div className="empty-state">
          <h2>{t("actions.outcomes.emptyTitle")}</h2>
          <p>{t("actions.outcomes.emptyBody")}</p>
        </div>
      ) : (
        <>
          <ProgressSummary figures={data.figures} label={t("actions.outcomes.allLabel")} />
          {data.cityGroups.map((group) => (
            <section key={group.city.id} aria-labelledby={`city-${group.city.slug}`} className="card">
              <h2 id={`city-${group.city.slug}`} style={{ marginTop: 0 }}>
                <Link to={`/cities/${group.city.slug}/plan`}>{group.city.name}</Link>
              </h2>
              <ProgressSummary figures={group.figures} label={group.city.name} />
              {group.byStatus.map((statusGroup) => (
                <ActionTable
                  key={statusGroup.status}
                  caption={`${statusLabel(t, statusGroup.status)} (${statusGroup.actions.length})`}
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
            {t("actions.outcomes.sessionNotes")}
          </h2>
          <p>
            <Link to={`/convenings/${data.convening.id}/notes`}>{t("actions.outcomes.allSessionNotes")}</Link>
          </p>
          {data.sessionNotes.map((session) => (
            <section key={session.id} aria-labelledby={`notes-${session.id}`}>
              <h3 id={`notes-${session.id}`} lang="en-GB">
                {session.title}
              </h3>
              <ul>
                {session.points.map((point) => (
                  <li key={point.id}>
                    <strong>{noteKindLabel(t, point.kind)}:</strong> <ContentLang>{point.text}</ContentLang>{" "}
                    <span className="muted">({point.authorName})</span>
                    {point.action ? (
                      <>
                        {" "}
                        {t("actions.outcomes.becameAction")}{" "}
                        <Link to={`/actions/${point.action.id}`} lang="en-GB">
                          {point.action.title}
                        </Link>
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
