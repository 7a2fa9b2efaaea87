import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AgendaDays } from "~/agenda/components/agenda-days";
import { ViewerTimeZone } from "~/agenda/components/viewer-time-zone";
import { HTML_LANG } from "~/domain/languages";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle, translatorOfMatches } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { conveningFormatText, conveningKindText, frameworkLabelText } from "~/i18n/vocabulary";
import { ConveningStatusNotice } from "~/convenings/components/convening-status-notice";
import { SubmitButton } from "~/components/form-fields";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getOptionalPerson } from "~/accounts/auth.server";
import { connectDbForRequest } from "~/utils/db.server";
import { requireReadableConvening } from "~/convenings/readable-convening.server";
import { loadConveningPage } from "~/convenings/convening-page.server";
import { AddToCalendar } from "~/calendar/components/add-to-calendar";
import { ConveningAims } from "~/convenings/components/convening-aims";
import { CityPlaces, ConveningRoute } from "~/convenings/components/convening-route";
import { ShareLinkPanel } from "~/convenings/components/share-link-panel";
import { ConfirmButton } from "~/components/confirm-dialog";
import { ConveningResources } from "~/resources/components/resource-list";
import { loadResourceLinks } from "~/resources/resources.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  {
    title: pageTitle(matches, "convenings.page.title", {
      title: data?.convening.title ?? translatorOfMatches(matches)?.("convenings.page.titleFallback") ?? "",
    }),
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDbForRequest();
  const person = await getOptionalPerson(request);
  const convening = await requireReadableConvening(person, params.conveningId);
  const page = await loadConveningPage(request, person, convening);
  // Documents and links: one more read by _id, grouped by the agenda's sessions.
  const resources = await loadResourceLinks(
    person,
    convening,
    page.days.flatMap((day) => day.items),
  );
  return json({ ...page, resources });
}

export default function ConveningPage() {
  const { convening, days, dayPlaces, warnings, coming, viewer, changedCount, calendarLinks, itinerary, resources } =
    useLoaderData<typeof loader>();
  const t = useT();
  const id = convening.id;
  return (
    <article className="convening-page">
      <ViewerTimeZone serverZone={viewer.zone} />
      <header className="page-heading">
        <div>
          <p className="cluster">
            <span className="badge">{conveningKindText(t, convening.kind)}</span>
            <span className="badge badge--neutral">{t("convenings.page.phase", { phase: convening.phase })}</span>
            <span className="badge badge--neutral">{conveningFormatText(t, convening.format)}</span>
          </p>
          <h1>
            <ContentLang>{convening.title}</ContentLang>
          </h1>
          <p className="lede">
            {convening.dateRange}
            {convening.hostCityName ? t("convenings.page.hostedBy", { city: convening.hostCityName }) : ""}
          </p>
        </div>
      </header>
      <ConveningStatusNotice status={convening.status} cancelReason={convening.cancelReason} />
      {changedCount > 0 ? (
        <p className="notice notice--warning">
          {t("convenings.page.changedSince", { count: changedCount })}{" "}
          <Link to={`/convenings/${id}/changes`}>{t("convenings.page.seeChanges")}</Link>
        </p>
      ) : null}

      <nav className="card convening-actions no-print" aria-labelledby="actions-title">
        <h2 id="actions-title" className="convening-actions__title">
          {viewer.isManager ? t("convenings.page.manageTitle") : t("convenings.page.forThisTitle")}
        </h2>
        <ul className="convening-actions__list">
          {viewer.canRegister ? (
            <li>
              <Link className="button" to={`/convenings/${id}/register`}>
                {t("convenings.page.registerPeople")}
              </Link>
            </li>
          ) : null}
          {viewer.canSeeAttendees ? (
            <li>
              <Link to={`/convenings/${id}/attendees`}>{t("convenings.page.attendees")}</Link>
            </li>
          ) : null}
          {viewer.canWriteMessages ? (
            <li>
              <Link to={`/convenings/${id}/messages`}>{t("convenings.page.writeToAttendees")}</Link>
            </li>
          ) : null}
          {itinerary.href ? (
            <li>
              <Link to={itinerary.href}>{t("convenings.page.travelAndLodging")}</Link>
            </li>
          ) : null}
          {viewer.canReadOutcomes ? (
            <li>
              <Link to={`/convenings/${id}/outcomes`}>{t("convenings.page.outcomes")}</Link>
            </li>
          ) : null}
          {viewer.canReadOutcomes ? (
            <li>
              <Link to={`/convenings/${id}/feedback/results`}>{t("convenings.page.feedbackResults")}</Link>
            </li>
          ) : null}
          {viewer.canReadOutcomes ? (
            <li>
              <Link to={`/convenings/${id}/notes`}>{t("convenings.page.sessionNotes")}</Link>
            </li>
          ) : null}
          {viewer.canReadOutcomes ? (
            <li>
              <Link to={`/convenings/${id}/feedback`}>{t("convenings.page.feedbackForm")}</Link>
            </li>
          ) : null}
          {viewer.isManager ? (
            <li>
              <Link to={`/convenings/${id}/actions/new`}>{t("convenings.page.recordActions")}</Link>
            </li>
          ) : null}
          {convening.isPublic ? (
            <>
              {calendarLinks ? (
                <li>
                  {t("convenings.page.addToCalendar")}
                  <AddToCalendar {...calendarLinks} itemTitle={convening.title} />
                </li>
              ) : null}
              <li>
                <a href={`/calendar/convenings/${id}.ics`}>{t("convenings.page.subscribe")}</a>
              </li>
            </>
          ) : null}
          <li>
            <Link to={`/convenings/${id}/print`}>{t("convenings.page.printable")}</Link>
          </li>
          {viewer.isSignedIn ? (
            <li>
              <Link to={`/convenings/${id}/changes`}>{t("convenings.page.changeHistory")}</Link>
            </li>
          ) : null}
          <li>
            <a href={`/convenings/${id}/agenda.json`}>{t("convenings.page.agendaJson")}</a>
          </li>
        </ul>
        {viewer.isManager ? (
          <>
            <h3 className="convening-actions__subtitle">{t("convenings.page.programmeTeam")}</h3>
            <ul className="convening-actions__list">
              {viewer.canEdit ? (
                <li>
                  <Link to={`/convenings/${id}/edit`}>{t("convenings.page.editDetails")}</Link>
                </li>
              ) : null}
              {viewer.canEdit ? (
                <li>
                  <Link to={`/convenings/${id}/sessions/new`}>{t("convenings.page.addSession")}</Link>
                </li>
              ) : null}
              <li>
                <Link to={`/convenings/${id}/duplicate`}>{t("convenings.page.duplicate")}</Link>
              </li>
              {viewer.canCancel ? (
                <li>
                  <Link to={`/convenings/${id}/cancel`}>{t("convenings.page.cancelConvening")}</Link>
                </li>
              ) : null}
              {viewer.reinstate ? (
                <li>
                  <ConfirmButton
                    confirmation={viewer.reinstate}
                    label={t("convenings.page.reinstate")}
                    accessibleLabel={t("convenings.page.reinstateLabel")}
                    action={`/convenings/${id}/reinstate`}
                    className="button"
                  />
                </li>
              ) : null}
              {viewer.deleteDraft ? (
                <li>
                  <ConfirmButton
                    confirmation={viewer.deleteDraft}
                    label={t("convenings.page.deleteDraft")}
                    action={`/convenings/${id}/delete`}
                    className="button button--danger"
                  />
                </li>
              ) : null}
              {viewer.canPublish ? (
                <li>
                  <Form method="post" action={`/convenings/${id}/publish`}>
                    <SubmitButton pendingText={t("convenings.page.publishing")}>
                      {t("convenings.page.publish")}
                    </SubmitButton>
                  </Form>
                </li>
              ) : null}
              {viewer.canComplete ? (
                <li>
                  <Form method="post" action={`/convenings/${id}/complete`}>
                    <SubmitButton pendingText={t("convenings.page.saving")}>
                      {t("convenings.page.markCompleted")}
                    </SubmitButton>
                  </Form>
                </li>
              ) : null}
            </ul>
          </>
        ) : null}
        <ShareLinkPanel
          conveningId={id}
          shareUrl={convening.shareUrl}
          isShareLinkOn={convening.isShareLinkOn}
          canManage={viewer.canManageShareLink}
        />
      </nav>

      {convening.summary ? (
        <ContentLang as="p" className="convening-summary">
          {convening.summary}
        </ContentLang>
      ) : null}

      <ConveningAims aims={convening.aims} />

      <ConveningResources
        resources={resources.convening}
        inSessions={Object.values(resources.bySession).flat().length}
        manageHref={resources.canManage ? `/convenings/${id}/resources` : undefined}
        showVisibility={viewer.isManager}
      />

      <section aria-labelledby="where-title">
        <h2 id="where-title">{t("convenings.page.whereTitle")}</h2>
        <p>{convening.times}</p>
        <ConveningRoute route={convening.route} />
        <CityPlaces view={convening.cityPlaces} />
        {convening.format !== "in-person" ? (
          convening.onlineUrl ? (
            <p>
              {t("convenings.page.joiningLink")}{" "}
              <a href={convening.onlineUrl} lang={HTML_LANG.en}>
                {convening.onlineUrl}
              </a>
            </p>
          ) : convening.hasOnlineUrl ? (
            <p className="muted">{t("convenings.page.joiningLinkHidden")}</p>
          ) : null
        ) : null}
        {convening.themes.length > 0 ? (
          <p>
            {t("convenings.page.themes", {
              themes: convening.themes.map((code) => frameworkLabelText(t, code)).join("; "),
            })}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t("convenings.page.agendaTitle")}</h2>
        <p className="muted no-print">
          {viewer.zone ? t("convenings.page.timesLocalWithViewer") : t("convenings.page.timesLocal")}
        </p>
        {warnings.length > 0 ? (
          <div className="notice notice--warning no-print" role="region" aria-labelledby="warnings-title">
            <h3 id="warnings-title" className="notice__title">
              {t("convenings.page.checkAgenda", { count: warnings.length })}
            </h3>
            <ul>
              {warnings.map((warning, index) => (
                <li key={index} data-warning={warning.kind}>
                  {warning.message}{" "}
                  {warning.sessions.map((session, at) => (
                    <span key={session.id}>
                      {at > 0 ? " · " : null}
                      <a href={`#session-${session.id}`}>
                        {t("convenings.page.goToSession", { title: session.title })}
                      </a>
                      {viewer.canEdit ? (
                        <>
                          {" "}
                          (
                          <Link to={`/convenings/${id}/sessions/${session.id}/edit`}>
                            {t("convenings.page.editSession")}
                          </Link>
                          )
                        </>
                      ) : null}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <AgendaDays
          days={days}
          calendarFor={convening.isPublic ? id : undefined}
          travelDetails={itinerary.travelDetails}
          dayPlaces={dayPlaces}
          resourcesBySession={resources.bySession}
          manager={viewer.isManager ? { conveningId: id, canEdit: viewer.canEdit, canRecordActions: true } : undefined}
        />
      </section>

      <section aria-labelledby="coming-title">
        <h2 id="coming-title">{t("convenings.page.comingTitle")}</h2>
        {coming.total === 0 ? (
          <p className="muted">{t("convenings.page.nobodyYet")}</p>
        ) : (
          <>
            <p>
              {convening.capacity
                ? t("convenings.page.registeredCountOf", { count: coming.total, capacity: convening.capacity })
                : t("convenings.page.registeredCount", { count: coming.total })}
            </p>
            <div className="table-wrap">
              <table>
                <caption>{t("convenings.page.perCityCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("convenings.page.cityColumn")}</th>
                    <th scope="col">{t("convenings.page.peopleColumn")}</th>
                  </tr>
                </thead>
                <tbody>
                  {coming.byCity.map((row) => (
                    <tr key={row.cityId ?? "none"}>
                      <td lang={HTML_LANG.en}>{row.cityName}</td>
                      <td>
                        {row.places !== null
                          ? t("convenings.page.countOf", { count: row.count, places: row.places })
                          : row.count}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {coming.people ? (
              <ul className="coming-names">
                {coming.people.map((attendee) => (
                  <li key={attendee.id} lang={HTML_LANG.en}>
                    {attendee.name} <span className="muted">({attendee.cityName})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">
                <Link to={`/login?redirectTo=/convenings/${id}`}>{t("convenings.page.signIn")}</Link>
                {t("convenings.page.toSeeNames")}
              </p>
            )}
          </>
        )}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  const t = useT();
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: {
          title: t("convenings.page.notFoundTitle"),
          body: t("convenings.page.notFoundBody"),
          link: { to: "/convenings", label: t("convenings.page.notFoundLink") },
        },
      }}
    />
  );
}
