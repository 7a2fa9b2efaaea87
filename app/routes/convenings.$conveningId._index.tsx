import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AgendaDays } from "~/agenda/components/agenda-days";
import { ViewerTimeZone } from "~/agenda/components/viewer-time-zone";
import { conveningFormatLabel, conveningKindLabel } from "~/domain/vocabulary/convenings";
import { frameworkTitle } from "~/domain/vocabulary/framework";
import { ConveningStatusNotice } from "~/convenings/components/convening-status-notice";
import { SubmitButton } from "~/components/form-fields";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { buildAgenda, sessionsAsListed, viewerZoneFromCookie } from "~/domain/agenda/agenda-view";
import { canReadPlans } from "~/follow-ups/policy";
import { agendaWarnings } from "~/domain/agenda/warnings";
import { formatDateRange, formatLocalTime } from "~/domain/local-time";
import { getOptionalPerson } from "~/accounts/auth.server";
import {
  canCancelConvening,
  canCompleteConvening,
  canEditConvening,
  canPlanConvenings,
  canPublishConvening,
  canSeeJoiningLink,
  canSeePeopleNames,
  canSeeShareLink,
  isPublic,
} from "~/convenings/policy";
import { canRegisterPeople } from "~/registration/policy";
import { registrationWindowRefusal } from "~/registration/rules";
import { connectDb } from "~/utils/db.server";
import { requireReadableConvening } from "~/convenings/readable-convening.server";
import { getEnv } from "~/utils/env.server";
import { listAgendaSessions } from "~models/agenda-session.server";
import { getCityById } from "~models/city.server";
import { getWhoIsComing } from "~models/convening-attendance.server";
import { listChanges } from "~models/convening-change.server";
import { recordVisit } from "~models/convening-visit.server";
import { AddToCalendar } from "~/calendar/components/add-to-calendar";
import { conveningCalendarLinks } from "~/calendar/feeds.server";
import { ConveningAims } from "~/convenings/components/convening-aims";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDb();
  const person = await getOptionalPerson(request);
  const convening = await requireReadableConvening(person, params.conveningId);
  const viewerZone = viewerZoneFromCookie(request.headers.get("Cookie"));
  const [sessions, coming, previousVisit, hostCity, calendarLinks] = await Promise.all([
    listAgendaSessions(convening.id),
    getWhoIsComing(convening.id, { withNames: canSeePeopleNames(person) }),
    person ? recordVisit(person.id, convening.id) : Promise.resolve(null),
    convening.hostCityId ? getCityById(convening.hostCityId) : Promise.resolve(null),
    isPublic(convening) ? conveningCalendarLinks(convening.id) : Promise.resolve(null),
  ]);
  // Changes since this person's last visit, other than their own; history is only read when there are some.
  const hasNewChanges = Boolean(previousVisit && convening.lastChangeAt && convening.lastChangeAt > previousVisit);
  const changes = hasNewChanges ? await listChanges(convening.id, { since: previousVisit }) : [];
  const changedSince = changes.filter((change) => change.personId !== person?.id);
  const changedSessionIds = new Set(changedSince.flatMap((change) => (change.sessionId ? [change.sessionId] : [])));
  const now = new Date();
  const isPlanner = canPlanConvenings(person);
  const isRegistered = person ? coming.registeredPersonIds.includes(person.id) : false;
  const isRegistrationOpen = registrationWindowRefusal(convening, now) === null;
  return json({
    convening: {
      id: convening.id,
      title: convening.title,
      kind: convening.kind,
      status: convening.status,
      summary: convening.summary,
      phase: convening.phase,
      format: convening.format,
      aims: convening.aims,
      themes: convening.themes,
      places: convening.places,
      cancelReason: convening.cancelReason,
      dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
      times: `From ${formatLocalTime(convening.startsAt, convening.timeZone)} on the first day to ${formatLocalTime(convening.endsAt, convening.timeZone)} on the last, local time.`,
      timeZone: convening.timeZone,
      hostCityName: hostCity?.name ?? null,
      onlineUrl: canSeeJoiningLink(person, { isRegistered }) ? convening.onlineUrl : null,
      hasOnlineUrl: Boolean(convening.onlineUrl),
      shareUrl: canSeeShareLink(person, convening) ? `${getEnv().APP_URL}/share/${convening.shareToken}` : null,
      isPublic: isPublic(convening),
      capacity: convening.registration.capacity,
      placesPerCity: convening.registration.placesPerCity,
    },
    // Speakers are people: named to signed-in programme members only, as on the share link and print.
    days: buildAgenda(sessionsAsListed(convening, sessions), {
      viewerZone,
      now,
      event: convening,
      changedSessionIds,
      includeSpeakers: canSeePeopleNames(person),
    }),
    warnings: isPlanner ? agendaWarnings(convening, sessions) : [],
    // Counts and (for programme members) names; never the attendees' ids.
    coming: { total: coming.total, byCity: coming.byCity, people: coming.people },
    calendarLinks,
    viewer: {
      isSignedIn: Boolean(person),
      isManager: isPlanner,
      canRegister: isRegistrationOpen && canRegisterPeople(person),
      canSeeAttendees: canRegisterPeople(person),
      canReadOutcomes: person ? canReadPlans(person).ok : false,
      canEdit: canEditConvening(person, convening),
      canPublish: canPublishConvening(person, convening),
      canCancel: canCancelConvening(person, convening),
      canComplete: canCompleteConvening(person, convening, now),
      isRegistered,
      zone: viewerZone,
    },
    changedCount: changedSince.length,
    isFirstVisit: Boolean(person) && previousVisit === null,
  });
}

export default function ConveningPage() {
  const { convening, days, warnings, coming, viewer, changedCount, calendarLinks } = useLoaderData<typeof loader>();
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
          Actions
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
          {viewer.canReadOutcomes ? (
            <li>
              <Link to={`/convenings/${id}/outcomes`}>Outcomes and follow-up actions</Link>
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
        {convening.shareUrl ? (
          <p className="convening-actions__share">
            Public agenda to brief partners without an account: <a href={convening.shareUrl}>{convening.shareUrl}</a>
          </p>
        ) : null}
      </nav>

      {convening.summary ? <p className="convening-summary">{convening.summary}</p> : null}

      <ConveningAims aims={convening.aims} />

      <section aria-labelledby="where-title">
        <h2 id="where-title">Where and when</h2>
        <p>{convening.times}</p>
        <ul className="places">
          {convening.places.map((place, index) => (
            <li key={index}>
              <strong>{place.name}</strong>
              {[place.address, place.region, place.country].filter(Boolean).length > 0
                ? `, ${[place.address, place.region, place.country].filter(Boolean).join(", ")}`
                : ""}{" "}
              <span className="muted">({place.timeZone})</span>
            </li>
          ))}
        </ul>
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
          <p>Framework themes: {convening.themes.map((code) => `${code} ${frameworkTitle(code)}`).join("; ")}</p>
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
                  {warning.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <AgendaDays
          days={days}
          calendarFor={convening.isPublic ? id : undefined}
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
                        {convening.placesPerCity && row.cityId ? ` of ${convening.placesPerCity}` : ""}
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
