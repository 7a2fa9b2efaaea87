import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AgendaDays } from "~/agenda/components/agenda-days";
import { ViewerTimeZone } from "~/agenda/components/viewer-time-zone";
import { conveningFormatLabel, conveningKindLabel } from "~/domain/vocabulary/convenings";
import { frameworkTitle } from "~/domain/vocabulary/framework";
import { ConveningStatusNotice } from "~/convenings/components/convening-status-notice";
import { SubmitButton } from "~/components/form-fields";
import { buildAgenda, sessionsAsListed, viewerZoneFromCookie } from "~/domain/agenda/agenda-view";
import { canReadPlans } from "~/follow-ups/policy";
import { agendaWarnings } from "~/domain/agenda/warnings";
import { formatDateRange, formatLocalTime } from "~/domain/local-time";
import { getOptionalPerson, isManager } from "~/accounts/auth.server";
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

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.convening.title ?? "Convening"} · Inclusive Cities planner` }];


export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDb();
  const person = await getOptionalPerson(request);
  const convening = await requireReadableConvening(person, params.conveningId);
  const viewerZone = viewerZoneFromCookie(request.headers.get("Cookie"));
  const [sessions, coming, previousVisit, hostCity, calendarLinks] = await Promise.all([
    listAgendaSessions(convening.id),
    getWhoIsComing(convening.id, { withNames: Boolean(person) }),
    person ? recordVisit(person.id, convening.id) : Promise.resolve(null),
    convening.hostCityId ? getCityById(convening.hostCityId) : Promise.resolve(null),
    convening.status === "draft" ? Promise.resolve(null) : conveningCalendarLinks(convening.id),
  ]);
  // Changes since this person's last visit, other than their own; history is only read when there are some.
  const hasNewChanges = Boolean(previousVisit && convening.lastChangeAt && convening.lastChangeAt > previousVisit);
  const changes = hasNewChanges ? await listChanges(convening.id, { since: previousVisit }) : [];
  const changedSince = changes.filter((change) => change.personId !== person?.id);
  const changedSessionIds = new Set(changedSince.flatMap((change) => (change.sessionId ? [change.sessionId] : [])));
  const now = new Date();
  const manager = isManager(person);
  const isRegistered = person ? coming.registeredPersonIds.includes(person.id) : false;
  const { opensAt, closesAt } = convening.registration;
  const isRegistrationOpen =
    convening.status === "published" && convening.endsAt > now && (!opensAt || opensAt <= now) && (!closesAt || closesAt >= now);
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
      onlineUrl: manager || isRegistered ? convening.onlineUrl : null,
      hasOnlineUrl: Boolean(convening.onlineUrl),
      shareUrl: person ? `${getEnv().APP_URL}/share/${convening.shareToken}` : null,
      hasEnded: convening.endsAt < now,
      capacity: convening.registration.capacity,
      placesPerCity: convening.registration.placesPerCity,
    },
    // Speakers are people: named to signed-in programme members only, as on the share link and print.
    days: buildAgenda(sessionsAsListed(convening, sessions), { viewerZone, now, event: convening, changedSessionIds, includeSpeakers: Boolean(person) }),
    warnings: manager ? agendaWarnings(convening, sessions) : [],
    // Counts and (for programme members) names; never the attendees' ids.
    coming: { total: coming.total, byCity: coming.byCity, people: coming.people },
    calendarLinks,
    viewer: {
      isSignedIn: Boolean(person),
      isManager: manager,
      canRegister: isRegistrationOpen && (manager || person?.role === "city-rep"),
      canSeeAttendees: manager || person?.role === "city-rep",
      canReadOutcomes: person ? canReadPlans(person).ok : false,
      isRegistered,
      zone: viewerZone,
    },
    changedCount: changedSince.length,
    isFirstVisit: Boolean(person) && previousVisit === null,
    // Notes follow a manager's own change ("Saved."); shown to managers only, so a crafted
    // ?note= link cannot put words in the site's mouth for anyone else.
    notice: manager ? (new URL(request.url).searchParams.get("note")?.slice(0, 800) ?? null) : null,
  });
}

export default function ConveningPage() {
  const { convening, days, warnings, coming, viewer, changedCount, notice, calendarLinks } = useLoaderData<typeof loader>();
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
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
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
          {convening.status !== "draft" ? (
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
              {convening.status !== "cancelled" ? (
                <li>
                  <Link to={`/convenings/${id}/edit`}>Edit details</Link>
                </li>
              ) : null}
              {convening.status !== "cancelled" ? (
                <li>
                  <Link to={`/convenings/${id}/sessions/new`}>Add a session</Link>
                </li>
              ) : null}
              <li>
                <Link to={`/convenings/${id}/duplicate`}>Duplicate as a new convening</Link>
              </li>
              {convening.status === "published" ? (
                <li>
                  <Link to={`/convenings/${id}/cancel`}>Cancel convening</Link>
                </li>
              ) : null}
              {convening.status === "draft" ? (
                <li>
                  <Form method="post" action={`/convenings/${id}/publish`}>
                    <SubmitButton pendingText="Publishing…">Publish</SubmitButton>
                  </Form>
                </li>
              ) : null}
              {convening.status === "published" && convening.hasEnded ? (
                <li>
                  <Form method="post" action={`/convenings/${id}/complete`}>
                    <SubmitButton pendingText="Saving…">Mark as completed</SubmitButton>
                  </Form>
                </li>
              ) : null}
            </ul>
          </>
        ) : null}
        {convening.shareUrl && convening.status !== "draft" ? (
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
              {[place.address, place.region, place.country].filter(Boolean).length > 0 ? `, ${[place.address, place.region, place.country].filter(Boolean).join(", ")}` : ""}{" "}
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
          <p>
            Framework themes: {convening.themes.map((code) => `${code} ${frameworkTitle(code)}`).join("; ")}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">Agenda</h2>
        <p className="muted no-print">Times are local to each session's place{viewer.zone ? "; your own time is shown beside them where it differs" : ""}.</p>
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
          calendarFor={convening.status === "draft" ? undefined : id}
          manager={viewer.isManager ? { conveningId: id, canEdit: convening.status !== "cancelled", canRecordActions: true } : undefined}
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
