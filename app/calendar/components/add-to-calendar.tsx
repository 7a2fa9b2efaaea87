// "Add to calendar" links for one convening or session: a .ics download plus Google and Outlook.
// The convening's are built on the server (conveningCalendarLinks in ~/calendar/feeds.server);
// a session's point at its .ics and at redirects to Google and Outlook (sessionCalendarLinks).
import { ContentLang } from "~/i18n/content-lang";
import { useT } from "~/i18n/use-t";

export type AddToCalendarProps = {
  icsUrl: string;
  googleUrl: string;
  outlookUrl: string;
  /** What is being added, for screen readers, e.g. the session title. */
  itemTitle: string;
};

// Google Calendar and Outlook are product names, so they keep their English names (lang="en-GB").
export function AddToCalendar({ icsUrl, googleUrl, outlookUrl, itemTitle }: AddToCalendarProps) {
  const t = useT();
  return (
    <ul className="add-to-calendar" aria-label={t("agenda.calendarLinks.label", { title: itemTitle })}>
      <li>
        <a href={icsUrl} download>
          {t("agenda.calendarLinks.download")}
          <span className="visually-hidden">
            {t("agenda.forSession")}
            <ContentLang>{itemTitle}</ContentLang>
          </span>
        </a>
      </li>
      <li>
        <a href={googleUrl} target="_blank" rel="noopener noreferrer">
          <ContentLang>Google Calendar</ContentLang>
          <span className="visually-hidden">{t("agenda.calendarLinks.newTab")}</span>
        </a>
      </li>
      <li>
        <a href={outlookUrl} target="_blank" rel="noopener noreferrer">
          <ContentLang>Outlook</ContentLang>
          <span className="visually-hidden">{t("agenda.calendarLinks.newTab")}</span>
        </a>
      </li>
    </ul>
  );
}

/** A session's links: its .ics, and redirects that build the Google/Outlook address on request. */
export function sessionCalendarLinks(conveningId: string, sessionId: string): Omit<AddToCalendarProps, "itemTitle"> {
  const base = `/convenings/${conveningId}/sessions/${sessionId}`;
  return { icsUrl: `${base}/event.ics`, googleUrl: `${base}/add/google`, outlookUrl: `${base}/add/outlook` };
}
