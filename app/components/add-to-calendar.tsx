// "Add to calendar" links for one convening or session: a .ics download plus Google and Outlook.
// Build the links on the server with addToCalendarLinks() from ~/calendar/feeds.server.

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
