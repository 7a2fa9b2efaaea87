// The agenda, day by day at the place: times at the place with the viewer's own time beside them,
// "now"/"next" during the event, "changed since your last visit" marks, and manager links.
import { Link } from "@remix-run/react";
import type { AgendaDay } from "~/domain/agenda/agenda-view";
import { HTML_LANG } from "~/domain/languages";
import { Content } from "~/bilingual/components/content";
import { ContentLang } from "~/i18n/content-lang";
import { useT } from "~/i18n/use-t";
import { frameworkLabelText, sessionKindText } from "~/i18n/vocabulary";
import { AddToCalendar, sessionCalendarLinks } from "~/calendar/components/add-to-calendar";
import { SessionResources } from "~/resources/components/resource-list";
import type { ResourceView } from "~/resources/resource-views";

type ManagerLinks = { conveningId: string; canEdit: boolean; canRecordActions: boolean };

/**
 * `calendarFor` (the convening's id) adds per-session add-to-calendar links for published agendas;
 * `travelDetails` (session id → address) links travel legs to their segment on the itinerary;
 * `dayPlaces` (day → place) names where each day of a multi-place exchange is spent.
 */
export function AgendaDays({
  days,
  manager,
  calendarFor,
  travelDetails,
  dayPlaces,
  resourcesBySession,
  headingLevel = 3,
}: {
  days: AgendaDay[];
  manager?: ManagerLinks;
  calendarFor?: string;
  travelDetails?: Record<string, string>;
  dayPlaces?: Record<string, string>;
  /** Session id → the documents and links the reader may open, listed in the session's place. */
  resourcesBySession?: Record<string, ResourceView[]>;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  if (days.length === 0) {
    return (
      <div className="empty-state">
        <p>{t("agenda.empty")}</p>
      </div>
    );
  }
  const DayHeading = headingLevel === 2 ? "h2" : "h3";
  const SessionHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <div className="agenda">
      {days.map((day) => (
        <section key={day.key} className="agenda__day" aria-labelledby={`day-${day.key}`}>
          <DayHeading id={`day-${day.key}`} className="agenda__day-heading">
            {day.heading}
            {dayPlaces?.[day.key] ? (
              <span className="agenda__day-place" lang={HTML_LANG.en}>
                {" "}
                · {dayPlaces[day.key]}
              </span>
            ) : null}
          </DayHeading>
          {manager?.canEdit ? (
            <p className="agenda__day-add no-print">
              <Link to={`/convenings/${manager.conveningId}/sessions/new?day=${day.key}`}>
                {t("agenda.addOnDay", { day: day.heading })}
              </Link>
            </p>
          ) : null}
          <ol className="agenda__list">
            {day.items.map((item) => (
              <li
                key={item.id}
                id={`session-${item.id}`}
                className={[
                  "agenda__item",
                  item.isNow ? "agenda__item--now" : "",
                  item.isNext ? "agenda__item--next" : "",
                  item.isCancelled ? "agenda__item--cancelled" : "",
                ]
                  .join(" ")
                  .trim()}
              >
                <p className="agenda__time">
                  <time dateTime={item.startIso}>{item.placeTime}</time>
                  {item.viewerTime ? (
                    <span className="agenda__viewer-time">{t("agenda.yourTime", { time: item.viewerTime })}</span>
                  ) : null}
                </p>
                <div className="agenda__body">
                  <p className="cluster agenda__badges">
                    {item.isNow ? <span className="badge badge--success">{t("agenda.now")}</span> : null}
                    {item.isNext ? <span className="badge">{t("agenda.next")}</span> : null}
                    {item.isCancelled ? <span className="badge badge--error">{t("agenda.cancelled")}</span> : null}
                    {item.isChanged ? <span className="badge badge--warning">{t("agenda.changed")}</span> : null}
                    <span className="badge badge--neutral">{sessionKindText(t, item.kind)}</span>
                    {item.track ? (
                      <span className="badge badge--neutral">
                        {t("agenda.track")} <ContentLang>{item.track}</ContentLang>
                      </span>
                    ) : null}
                  </p>
                  <Content
                    versions={{ en: item.title, cy: item.titleCy }}
                    as={SessionHeading}
                    className="agenda__title"
                  />
                  {item.room || item.placeName ? (
                    <p className="muted agenda__where" lang={HTML_LANG.en}>
                      {[item.room, item.placeName].filter(Boolean).join(", ")}
                    </p>
                  ) : null}
                  {item.description || item.descriptionCy ? (
                    <Content
                      versions={{ en: item.description, cy: item.descriptionCy }}
                      as="p"
                      className="agenda__description"
                    />
                  ) : null}
                  {item.speakers.length > 0 ? (
                    <p className="agenda__speakers">
                      {(["facilitator", "speaker"] as const).map((role) => {
                        const names = item.speakers
                          .filter((speaker) => speaker.role === role)
                          .map((speaker) => speaker.name);
                        return names.length > 0 ? (
                          <span key={role} className="agenda__speaker-group">
                            {role === "facilitator" ? t("agenda.facilitatedBy") : t("agenda.speakers")}{" "}
                            <ContentLang>{names.join(", ")}</ContentLang>
                          </span>
                        ) : null;
                      })}
                    </p>
                  ) : null}
                  {item.themes.length > 0 ? (
                    <p className="muted agenda__themes">
                      {t("agenda.themes", {
                        themes: item.themes.map((code) => frameworkLabelText(t, code)).join("; "),
                      })}
                    </p>
                  ) : null}
                  <SessionResources resources={resourcesBySession?.[item.id]} sessionTitle={item.title} />
                  {item.kind === "travel" && travelDetails?.[item.id] ? (
                    <p className="no-print">
                      <Link to={travelDetails[item.id]}>
                        {t("agenda.travelDetails")}
                        <span className="visually-hidden">
                          {t("agenda.forSession")}
                          <ContentLang>{item.title}</ContentLang>
                        </span>
                      </Link>
                    </p>
                  ) : null}
                  {calendarFor && !item.isCancelled ? (
                    <details className="agenda__calendar no-print">
                      <summary>
                        {t("agenda.addToCalendar")}
                        <span className="visually-hidden">
                          : <ContentLang>{item.title}</ContentLang>
                        </span>
                      </summary>
                      <AddToCalendar {...sessionCalendarLinks(calendarFor, item.id)} itemTitle={item.title} />
                    </details>
                  ) : null}
                  {manager ? (
                    <p className="cluster no-print">
                      {manager.canEdit ? (
                        <Link to={`/convenings/${manager.conveningId}/sessions/${item.id}/edit`}>
                          {item.isCancelled ? t("agenda.restore") : t("agenda.edit")}
                          <span className="visually-hidden"> {item.title}</span>
                        </Link>
                      ) : null}
                      {manager.canRecordActions ? (
                        <Link to={`/convenings/${manager.conveningId}/actions/new?sessionId=${item.id}`}>
                          {t("agenda.recordActions")}
                          <span className="visually-hidden">
                            {t("agenda.forSession")}
                            <ContentLang>{item.title}</ContentLang>
                          </span>
                        </Link>
                      ) : null}
                    </p>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
