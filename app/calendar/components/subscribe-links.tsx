// "Subscribe" links for one calendar feed: webcal for desktop apps, Google and Outlook on the web.
import { googleSubscribeUrl, outlookSubscribeUrl, webcalUrl } from "~/calendar/subscribe-urls";

export function SubscribeLinks({ url, name }: { url: string; name: string }) {
  return (
    <ul className="cluster calendar-subscribe" aria-label={`Subscribe to ${name}`}>
      <li>
        <a href={webcalUrl(url)}>Apple Calendar / Outlook desktop (webcal)</a>
      </li>
      <li>
        <a href={googleSubscribeUrl(url)} target="_blank" rel="noopener noreferrer">
          Google Calendar<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </li>
      <li>
        <a href={outlookSubscribeUrl(url, name)} target="_blank" rel="noopener noreferrer">
          Outlook on the web<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </li>
    </ul>
  );
}
