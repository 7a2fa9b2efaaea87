// "Add to calendar" links for one convening or session: a .ics download plus Google and Outlook.
// The convening's are built on the server (conveningCalendarLinks in ~/calendar/feeds.server);
// a session's point at its .ics and at redirects to Google and Outlook (sessionCalendarLinks).

export type AddToCalendarProps = {
  icsUrl: string;
  googleUrl: string;
  outlookUrl: string;
  /** What is being added, for screen readers, e.g. the session title. */
  itemTitle: string;
};

export function AddToCalendar({ icsUrl, googleUrl, outlookUrl, itemTitle }: AddToCalendarProps) {
  return (
    <ul className="add-to-calendar" aria-label={`Add ${itemTitle} to your calendar`}>
      <li>
        <a href={icsUrl} download>
          Download .ics<span className="visually-hidden"> for {itemTitle}</span>
        </a>
      </li>
      <li>
        <a href={googleUrl} target="_blank" rel="noopener noreferrer">
          Google Calendar<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </li>
      <li>
        <a href={outlookUrl} target="_blank" rel="noopener noreferrer">
          Outlook<span className="visually-hidden"> (opens in a new tab)</span>
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
