// "Add to Google Calendar" / "Add to Outlook" deep links for a single event, built from the
// same input as the feed so titles, locations and all-day handling match the .ics.
import { DateTime } from "luxon";
import { allDayRange, eventTitle, locationText, type CalendarEventInput } from "./build-calendar";
import { cleanText, cleanUrl, truncate } from "./text";

// Long descriptions would make the link exceed what browsers/servers accept (~8 kB after
// percent-encoding multi-byte text), so the body is shortened; the feed keeps the full text.
const MAX_DETAILS = 1500;

export function googleCalendarUrl(event: CalendarEventInput): string {
  const dates = event.allDay
    ? allDayRange(event).map((d) => d.toFormat("yyyyLLdd"))
    : [event.start, event.end].map((d) => DateTime.fromJSDate(d, { zone: "utc" }).toFormat("yyyyLLdd'T'HHmmss'Z'"));
  return (
    "https://calendar.google.com/calendar/render?" +
    query([
      ["action", "TEMPLATE"],
      ["text", eventTitle(event)],
      ["dates", dates.join("/"), true],
      ["details", details(event)],
      ["location", locationText(event.location)],
      ["ctz", event.timeZone, true],
    ])
  );
}

export function outlookCalendarUrl(event: CalendarEventInput): string {
  const [start, end] = event.allDay
    ? allDayRange(event).map((d) => d.toISODate() ?? "")
    : [event.start, event.end].map(
        (d) => DateTime.fromJSDate(d, { zone: "utc" }).toISO({ suppressMilliseconds: true }) ?? "",
      );
  return (
    "https://outlook.live.com/calendar/0/action/compose?" +
    query([
      ["subject", eventTitle(event)],
      ["startdt", start],
      ["enddt", end],
      ["allday", event.allDay ? "true" : ""],
      ["body", details(event)],
      ["location", locationText(event.location)],
    ])
  );
}

function details(event: CalendarEventInput): string {
  const url = cleanUrl(event.url);
  const text = truncate(cleanText(event.description).trim(), MAX_DETAILS);
  return [text, url].filter(Boolean).join("\n\n");
}

/** Percent-encodes every value; `keepSlash` leaves "/" readable in dates and zone names. */
function query(pairs: [name: string, value: string, keepSlash?: boolean][]): string {
  return pairs
    .filter(([, value]) => value !== "")
    .map(([name, value, keepSlash]) => {
      const encoded = encodeURIComponent(value);
      return `${name}=${keepSlash ? encoded.replace(/%2F/g, "/") : encoded}`;
    })
    .join("&");
}
