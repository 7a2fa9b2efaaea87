// Pure iCalendar (RFC 5545) feed builder on top of ical-generator.
// Times are written in each place's own zone (TZID), a journey's end in its arrival zone, with a
// VTIMEZONE for every zone used; user text is sanitised, and the output is byte-identical for
// identical input (feeds are served with ETags).
import { ICalCalendar, ICalCalendarMethod, ICalEvent, ICalEventStatus, type ICalEventData } from "ical-generator";
import { DateTime } from "luxon";
import { EventTextCache, type RenderedEvent } from "./event-text-cache";

export type { RenderedEvent };
import { foldLines } from "./fold-lines";
import { attendeeData, organizerData, type CalendarAttendee } from "./participants";
import { cleanLine, cleanText, cleanUrl, escapeText } from "./text";
import { isInRepeatedHour } from "../local-time";
import { buildVTimezone, isValidTimeZone } from "./vtimezone";

export type CalendarEventInput = {
  uid: string; // stable, from calendar-uids.ts
  sequence: number; // goes up on each change
  title: string;
  /** Put before the title of a cancelled event, in the calendar's language ("Cancelled: " by default). */
  cancelledPrefix?: string;
  description?: string;
  /** RFC 5545 LANGUAGE parameters (BCP 47 tags) of the text properties; none written where absent. */
  languages?: TextLanguages;
  start: Date; // UTC instants
  end: Date;
  timeZone: string; // IANA zone of the place, e.g. "America/New_York"
  endTimeZone?: string; // for a travel leg ending elsewhere
  /** DATE values: start/end are the first and last day INCLUSIVE (as dates in timeZone). */
  allDay?: boolean;
  location?: { title: string; address?: string };
  url?: string;
  categories?: string[];
  status?: "confirmed" | "tentative" | "cancelled";
  organizer?: { name: string; email: string };
  /** Invitations only (itip.ts): the person the message is for. */
  attendees?: CalendarAttendee[];
  lastModified: Date;
  created?: Date;
  /** DTSTAMP; feeds leave it to lastModified (deterministic), invitations give the sending time. */
  stamp?: Date;
};

export type TextLanguages = { summary?: string; description?: string; location?: string };

/** PUBLISH for feeds and downloads; REQUEST and CANCEL for iTIP invitations (itip.ts). */
export type CalendarMethod = "PUBLISH" | "REQUEST" | "CANCEL";

export type CalendarInput = {
  name?: string;
  description?: string;
  url?: string;
  method?: CalendarMethod; // default PUBLISH
  refreshMinutes?: number; // default 60; a published calendar's only
  events: CalendarEventInput[];
  prodId?: string;
};

export const DEFAULT_PROD_ID = "//Convening Planner//Calendar Feed//EN";
export const CANCELLED_PREFIX = "Cancelled: ";

const STATUS: Record<NonNullable<CalendarEventInput["status"]>, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * The calendar's text. Each event is rendered by ical-generator on its own and the pieces are
 * put together in the order ICalCalendar.toString() uses (header, VTIMEZONEs, refresh hint,
 * events), so the output is byte-identical to rendering the whole calendar at once (a test
 * holds it to that); with a cache, unchanged events are not rendered again.
 */
export function buildCalendar(input: CalendarInput, cache?: EventTextCache): string {
  return assembleCalendar(input, renderEvents(input.events, cache));
}

/** Each event's text on its own (from the cache where its input is unchanged). */
export function renderEvents(events: CalendarEventInput[], cache?: EventTextCache): RenderedEvent[] {
  const scratch = new ICalCalendar(); // the events' parent while rendering: no calendar-wide zone
  return events.map((e) => renderEvent(e, scratch, cache));
}

/**
 * The calendar's text from events rendered before (renderEvents), in the order given: a large
 * feed is put together from the parts that did not change.
 */
export function assembleCalendar(input: Omit<CalendarInput, "events">, rendered: RenderedEvent[]): string {
  // Years each zone is used in, so its VTIMEZONE covers exactly the events' transitions.
  const zoneYears = new Map<string, { from: number; to: number }>();
  for (const { zones, fromYear, toYear } of rendered) {
    for (const zone of zones) {
      if (zone.startsWith("/")) continue;
      const seen = zoneYears.get(zone);
      zoneYears.set(
        zone,
        seen ? { from: Math.min(seen.from, fromYear), to: Math.max(seen.to, toYear) } : { from: fromYear, to: toYear },
      );
    }
  }
  // As ical-generator writes a generator's VTIMEZONE: line ends normalised, trimmed.
  const timezones = [...zoneYears]
    .map(([zone, years]) =>
      buildVTimezone(zone, years.from, years.to).replace(/\r\n/g, "\n").replace(/\n/g, "\r\n").trim(),
    )
    .map((text) => foldLines(text + "\r\n"))
    .join("");

  const refreshMinutes =
    input.refreshMinutes && Number.isFinite(input.refreshMinutes) && input.refreshMinutes > 0
      ? Math.round(input.refreshMinutes)
      : 60;
  const method = input.method ?? "PUBLISH";
  const header = new ICalCalendar({
    // ical-generator writes PRODID, NAME/X-WR-CALNAME, X-WR-CALDESC and the calendar URL
    // verbatim (unlike event properties), so they are sanitised and TEXT-escaped here.
    prodId: cleanLine(input.prodId).replace(/^-/, "") || DEFAULT_PROD_ID, // the library adds the '-'
    name: escapeText(cleanText(input.name)),
    description: escapeText(cleanText(input.description)),
    url: cleanUrl(input.url) ?? null,
    method: ICalCalendarMethod[method],
    // REFRESH-INTERVAL and X-PUBLISHED-TTL: how often to poll a feed, meaningless in an invitation.
    ttl: method === "PUBLISH" ? refreshMinutes * 60 : null,
    // No calendar-wide zone: no X-WR-TIMEZONE/TIMEZONE-ID, DTSTAMP etc. stay in UTC.
  }).toString();
  // An event-less calendar: "…X-WR-CALDESC…\r\nREFRESH-INTERVAL…\r\nX-PUBLISHED-TTL…\r\nEND:VCALENDAR",
  // the refresh lines only in a published one; the VTIMEZONEs go before them.
  const endAt = header.lastIndexOf("END:VCALENDAR");
  const refreshAt = header.indexOf("\r\nREFRESH-INTERVAL");
  const zonesAt = refreshAt === -1 ? endAt : refreshAt + 2;
  return (
    header.slice(0, zonesAt) +
    timezones +
    header.slice(zonesAt, endAt) +
    rendered.map((event) => event.text).join("") +
    // ical-generator ends the object without the final CRLF that RFC 5545 requires on every line.
    "END:VCALENDAR\r\n"
  );
}

function renderEvent(e: CalendarEventInput, scratch: ICalCalendar, cache?: EventTextCache): RenderedEvent {
  const inputHash = cache ? EventTextCache.hashInput(e) : "";
  const cached = cache?.get(e.uid, inputHash);
  if (cached) return cached;
  const data = toEventData(e);
  const event = new ICalEvent(data, scratch);
  const startZone = data.allDay ? null : event.timezone();
  const endZone = startZone === null ? null : arrivalZone(e);
  const years = [(data.start as DateTime).year, (data.end as DateTime).year];
  if (endZone) years.push(DateTime.fromJSDate(e.end, { zone: endZone }).year);
  const text = withLanguages(event.toString(), e.languages);
  const rendered: RenderedEvent = {
    text: foldLines(endZone ? withEndInZone(text, e.end, endZone) : text),
    zones: [startZone, endZone].filter((zone): zone is string => zone !== null),
    fromYear: Math.min(...years),
    toYear: Math.max(...years),
  };
  cache?.set(e.uid, inputHash, rendered);
  return rendered;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const TEXT_PROPERTIES = [
  ["summary", "SUMMARY"],
  ["description", "DESCRIPTION"],
  ["location", "LOCATION"],
] as const;

/**
 * ical-generator writes no LANGUAGE parameter, so it is added to each text property's name
 * before the lines are folded. Text values are escaped (no raw line breaks), so "\r\nSUMMARY:"
 * can only be the start of the SUMMARY line.
 */
function withLanguages(text: string, languages: TextLanguages | undefined): string {
  if (!languages) return text;
  let result = text;
  for (const [field, name] of TEXT_PROPERTIES) {
    const tag = languages[field];
    if (tag === undefined) continue;
    if (!LANGUAGE_TAG.test(tag)) throw new Error(`Not a language tag: ${JSON.stringify(tag)}`);
    result = result.replace(`\r\n${name}:`, () => `\r\n${name};LANGUAGE=${tag}:`);
  }
  return result;
}

const DTEND_IN_ZONE = /\r\nDTEND;TZID=[^:\r\n]+:\d{8}T\d{6}\r\n/g;

/**
 * ical-generator has a single zone per event (DTSTART and DTEND share its TZID), so the DTEND
 * it wrote in the start zone is replaced by the same instant at the arrival zone's wall clock.
 * Text values are escaped (no raw line breaks), so the one DTEND line is unmistakable.
 */
function withEndInZone(text: string, end: Date, zone: string): string {
  const matches = text.match(DTEND_IN_ZONE) ?? [];
  if (matches.length !== 1) throw new Error(`Expected one zoned DTEND in the event, found ${matches.length}`);
  const local = DateTime.fromJSDate(end, { zone }).toFormat("yyyyLLdd'T'HHmmss");
  return text.replace(DTEND_IN_ZONE, () => `\r\nDTEND;TZID=${zone}:${local}\r\n`);
}

/**
 * The zone an event ends in when it differs from the start's (a journey London → Pittsburgh
 * arrives at New York time), or null. Such an end is written at the arrival's wall clock.
 */
function arrivalZone(e: CalendarEventInput): string | null {
  if (e.allDay || e.endTimeZone === undefined || e.endTimeZone === e.timeZone) return null;
  return e.endTimeZone;
}

/** The ical-generator data for one event (exported for the whole-calendar reference test). */
export function toEventData(e: CalendarEventInput): ICalEventData {
  const uid = cleanLine(e.uid);
  if (!uid) throw new Error("Calendar event without uid");
  for (const [field, value] of [
    ["start", e.start],
    ["end", e.end],
    ["lastModified", e.lastModified],
    ["created", e.created],
  ] as const) {
    if ((value !== undefined || field !== "created") && !(value instanceof Date && Number.isFinite(value.getTime()))) {
      throw new Error(`Calendar event ${uid}: ${field} is not a valid Date`);
    }
  }
  const zone = e.timeZone;
  if (!isValidTimeZone(zone)) throw new Error(`Calendar event ${uid}: unknown time zone ${JSON.stringify(zone)}`);

  const common = {
    // ical-generator writes UID verbatim (SUMMARY etc. it escapes), so escape it here.
    id: escapeText(uid),
    sequence: Number.isFinite(e.sequence) ? Math.max(0, Math.trunc(e.sequence)) : 0,
    // DTSTAMP = last change rather than "now" keeps a feed's output deterministic.
    stamp: e.stamp ?? e.lastModified,
    lastModified: e.lastModified,
    created: e.created ?? null,
    summary: eventTitle(e),
    description: e.description ? cleanText(e.description) || null : null,
    location: locationText(e.location) || null,
    url: cleanUrl(e.url) ?? null,
    categories: (e.categories ?? [])
      .map((c) => cleanText(c).trim())
      .filter(Boolean)
      .map((name) => ({ name })),
    status: e.status ? STATUS[e.status] : null,
    organizer: organizerData(e.organizer),
    attendees: (e.attendees ?? []).flatMap(attendeeData),
  } satisfies Omit<ICalEventData, "start">;

  if (e.allDay) {
    // UTC-midnight luxon values with no event zone: ical-generator then prints those calendar
    // dates as-is (a JS Date would be printed in the server's local zone) and emits no
    // VTIMEZONE for them.
    const [start, end] = allDayRange(e);
    return { ...common, allDay: true, start, end };
  }

  // An end in another zone (endTimeZone) is written at that zone's wall clock by renderEvent,
  // after ical-generator has written the event in the start zone.
  if (e.endTimeZone !== undefined && !isValidTimeZone(e.endTimeZone)) {
    throw new Error(`Calendar event ${uid}: unknown end time zone ${JSON.stringify(e.endTimeZone)}`);
  }
  // A local time in an hour that happens twice (clocks going back) is ambiguous: RFC 5545
  // §3.3.5 says the first pass, but clients differ (ical.js takes the second). Such events are
  // written in UTC, which every client shows at the right local time.
  if (isInRepeatedHour(e.start, zone) || isInRepeatedHour(e.end, arrivalZone(e) ?? zone)) {
    return {
      ...common,
      timezone: null,
      start: DateTime.fromJSDate(e.start, { zone: "utc" }),
      end: DateTime.fromJSDate(e.end, { zone: "utc" }),
    };
  }
  // Luxon values: ical-generator converts them with setZone(tz); for JS Dates it would use the
  // server's local zone instead.
  const start = DateTime.fromJSDate(e.start, { zone });
  const end = DateTime.fromJSDate(e.end, { zone });
  return { ...common, timezone: zone, start, end };
}

/**
 * All-day range as [first day, day after the last day] (DATE semantics: end exclusive), the
 * days being taken in the event's own zone and returned as UTC-midnight values.
 */
export function allDayRange(e: Pick<CalendarEventInput, "start" | "end" | "timeZone">): [DateTime, DateTime] {
  const first = DateTime.fromJSDate(e.start, { zone: e.timeZone }).startOf("day");
  const last = DateTime.fromJSDate(e.end, { zone: e.timeZone }).startOf("day");
  const endExclusive = (last < first ? first : last).plus({ days: 1 });
  return [
    DateTime.utc(first.year, first.month, first.day),
    DateTime.utc(endExclusive.year, endExclusive.month, endExclusive.day),
  ];
}

/** The title calendars show: cleaned, and marked when the event is cancelled. */
export function eventTitle(e: Pick<CalendarEventInput, "title" | "status" | "cancelledPrefix">): string {
  const title = cleanText(e.title);
  const prefix = e.cancelledPrefix ?? CANCELLED_PREFIX;
  return e.status === "cancelled" && !title.startsWith(prefix) ? prefix + title : title;
}

/** LOCATION text: "title, address". */
export function locationText(location: CalendarEventInput["location"]): string {
  if (!location) return "";
  return [cleanText(location.title).trim(), cleanText(location.address).trim()].filter(Boolean).join(", ");
}
