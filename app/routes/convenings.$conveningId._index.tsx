import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AgendaDays } from "~/agenda/components/agenda-days";
import { ViewerTimeZone } from "~/agenda/components/viewer-time-zone";
import { conveningFormatLabel, conveningKindLabel } from "~/domain/vocabulary/convenings";
import { frameworkLabel } from "~/domain/vocabulary/framework";
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

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
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
  const id = convening.id;
  return (
    <article className="convening-page">
      <ViewerTimeZone serverZone={viewer.zone} />
      <header className="page-heading">
        <div>
          <p className="cluster">
            <span className="badge">{conveningKindLabel(convening.kind)}</span>
            <span className="badge badge--neutral">Phase {convening.phase}</span>
            <span className="badge badge--neutral">{conveningFormatLabel(convening.format)}</span>
          </p>
          <h1>{convening.title}</h1>
          <p className="lede">
            {convening.dateRange}
            {convening.hostCityName ? ` · Hosted by ${convening.hostCityName}` : ""}
          </p>
        </div>
      </header>
      <ConveningStatusNotice status={convening.status} cancelReason={convening.cancelReason} />
      {changedCount > 0 ? (
        <p className="notice notice--warning">
          {changedCount === 1 ? "One change" : `${changedCount} changes`} since your last visit.{" "}
          <Link to={`/convenings/${id}/changes`}>See what changed</Link>
        </p>
      ) : null}

      <nav className="card convening-actions no-print" aria-labelledby="actions-title">
        <h2 id="actions-title" className="convening-actions__title">
          {viewer.isManager ? "Manage this convening" : "For this convening"}
        </h2>
        <ul className="convening-actions__list">
          {viewer.canRegister ? (
            <li>
              <Link className="button" to={`/convenings/${id}/register`}>
                Register people
              </Link>
            </li>
          ) : null}
          {viewer.canSeeAttendees ? (
            <li>
              <Link to={`/convenings/${id}/attendees`}>Attendees</Link>
            </li>
          ) : null}
          {viewer.canWriteMessages ? (
            <li>
              <Link to={`/convenings/${id}/messages`}>Write to attendees</Link>
            </li>
          ) : null}
          {itinerary.href ? (
            <li>
              <Link to={itinerary.href}>Travel and lodging</Link>
            </li>
          ) : null}
          {viewer.canReadOutcomes ? (
            <li>
              <Link to={`/convenings/${id}/outcomes`}>Outcomes and follow-up actions</Link>
            </li>
          ) : null}
          {viewer.canReadOutcomes ? (
            <li>
              <Link to={`/convenings/${id}/feedback/results`}>Feedback results</Link>
            </li>
          ) : null}
          {viewer.canReadOutcomes ? (
            <li>
              <Link to={`/convenings/${id}/notes`}>Session notes</Link>
            </li>
          ) : null}
          {viewer.canReadOutcomes ? (
            <li>
              <Link to={`/convenings/${id}/feedback`}>Feedback form and response rate</Link>
            </li>
          ) : null}
          {viewer.isManager ? (
            <li>
              <Link to={`/convenings/${id}/actions/new`}>Record actions</Link>
            </li>
          ) : null}
          {convening.isPublic ? (
            <>
              {calendarLinks ? (
                <li>
                  Add to your calendar:
                  <AddToCalendar {...calendarLinks} itemTitle={convening.title} />
                </li>
              ) : null}
              <li>
                <a href={`/calendar/convenings/${id}.ics`}>Subscribe to this agenda</a>
              </li>
            </>
          ) : null}
          <li>
            <Link to={`/convenings/${id}/print`}>Printable agenda</Link>
          </li>
          {viewer.isSignedIn ? (
            <li>
              <Link to={`/convenings/${id}/changes`}>Change history</Link>
            </li>
          ) : null}
          <li>
            <a href={`/convenings/${id}/agenda.json`}>Agenda as JSON</a>
          </li>
        </ul>
        {viewer.isManager ? (
          <>
            <h3 className="convening-actions__subtitle">Programme team</h3>
            <ul className="convening-actions__list">
              {viewer.canEdit ? (
                <li>
                  <Link to={`/convenings/${id}/edit`}>Edit details</Link>
                </li>
              ) : null}
              {viewer.canEdit ? (
                <li>
                  <Link to={`/convenings/${id}/sessions/new`}>Add a session</Link>
                </li>
              ) : null}
              <li>
                <Link to={`/convenings/${id}/duplicate`}>Duplicate as a new convening</Link>
              </li>
              {viewer.canCancel ? (
                <li>
                  <Link to={`/convenings/${id}/cancel`}>Cancel convening</Link>
                </li>
              ) : null}
              {viewer.reinstate ? (
                <li>
                  <ConfirmButton
                    confirmation={viewer.reinstate}
                    label="Reinstate"
                    accessibleLabel="Reinstate this convening"
                    action={`/convenings/${id}/reinstate`}
                    className="button"
                  />
                </li>
              ) : null}
              {viewer.deleteDraft ? (
                <li>
                  <ConfirmButton
                    confirmation={viewer.deleteDraft}
                    label="Delete draft"
                    action={`/convenings/${id}/delete`}
                    className="button button--danger"
                  />
                </li>
              ) : null}
              {viewer.canPublish ? (
                <li>
                  <Form method="post" action={`/convenings/${id}/publish`}>
                    <SubmitButton pendingText="Publishing…">Publish</SubmitButton>
                  </Form>
                </li>
              ) : null}
              {viewer.canComplete ? (
                <li>
                  <Form method="post" action={`/convenings/${id}/complete`}>
                    <SubmitButton pendingText="Saving…">Mark as completed</SubmitButton>
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

      {convening.summary ? <p className="convening-summary">{convening.summary}</p> : null}

      <ConveningAims aims={convening.aims} />

      <ConveningResources
        resources={resources.convening}
        inSessions={Object.values(resources.bySession).flat().length}
        manageHref={resources.canManage ? `/convenings/${id}/resources` : undefined}
        showVisibility={viewer.isManager}
      />

      <section aria-labelledby="where-title">
        <h2 id="where-title">Where and when</h2>
        <p>{convening.times}</p>
        <ConveningRoute route={convening.route} />
        <CityPlaces view={convening.cityPlaces} />
        {convening.format !== "in-person" ? (
          convening.onlineUrl ? (
            <p>
              Online joining link: <a href={convening.onlineUrl}>{convening.onlineUrl}</a>
            </p>
          ) : convening.hasOnlineUrl ? (
            <p className="muted">The online joining link is shown to registered attendees.</p>
          ) : null
        ) : null}
        {convening.themes.length > 0 ? (
          <p>Framework themes: {convening.themes.map(frameworkLabel).join("; ")}</p>
        ) : null}
      </section>

      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">Agenda</h2>
        <p className="muted no-print">
          Times are local to each session's place
          {viewer.zone ? "; your own time is shown beside them where it differs" : ""}.
        </p>
        {warnings.length > 0 ? (
          <div className="notice notice--warning no-print" role="region" aria-labelledby="warnings-title">
            <h3 id="warnings-title" className="notice__title">
              Check the agenda ({warnings.length})
            </h3>
            <ul>
              {warnings.map((warning, index) => (
                <li key={index} data-warning={warning.kind}>
                  {warning.message}{" "}
                  {warning.sessions.map((session, at) => (
                    <span key={session.id}>
                      {at > 0 ? " · " : null}
                      <a href={`#session-${session.id}`}>Go to “{session.title}”</a>
                      {viewer.canEdit ? (
                        <>
                          {" "}
                          (<Link to={`/convenings/${id}/sessions/${session.id}/edit`}>edit</Link>)
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
        <h2 id="coming-title">Who is coming</h2>
        {coming.total === 0 ? (
          <p className="muted">Nobody is registered yet.</p>
        ) : (
          <>
            <p>
              {coming.total} {coming.total === 1 ? "person" : "people"} registered
              {convening.capacity ? ` of ${convening.capacity} places` : ""}.
            </p>
            <div className="table-wrap">
              <table>
                <caption>Registered people per city</caption>
                <thead>
                  <tr>
                    <th scope="col">City</th>
                    <th scope="col">People</th>
                  </tr>
                </thead>
                <tbody>
                  {coming.byCity.map((row) => (
                    <tr key={row.cityId ?? "none"}>
                      <td>{row.cityName}</td>
                      <td>
                        {row.count}
                        {row.places !== null ? ` of ${row.places}` : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {coming.people ? (
              <ul className="coming-names">
                {coming.people.map((attendee) => (
                  <li key={attendee.id}>
                    {attendee.name} <span className="muted">({attendee.cityName})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">
                <Link to={`/login?redirectTo=/convenings/${id}`}>Sign in</Link> to see names.
              </p>
            )}
          </>
        )}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: {
          title: "Convening not found",
          body: "There is no convening at this address.",
          link: { to: "/convenings", label: "See the convenings" },
        },
      }}
    />
  );
}
