// Pure iCalendar (RFC 5545) feed builder on top of ical-generator.
// Times are written in each place's own zone (TZID) with a matching VTIMEZONE, user text is
// sanitised, and the output is byte-identical for identical input (feeds are served with ETags).
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import { cleanLine, cleanText, cleanUrl, escapeText } from './text';
import { buildVTimezone, isValidTimeZone } from './vtimezone';

export type CalendarEventInput = {
  uid: string; // stable, e.g. "session-<id>@convening-planner"
  sequence: number; // goes up on each change
  title: string;
  description?: string;
  start: Date; // UTC instants
  end: Date;
  timeZone: string; // IANA zone of the place, e.g. "America/New_York"
  endTimeZone?: string; // for a travel leg ending elsewhere
  /** DATE values: start/end are the first and last day INCLUSIVE (as dates in timeZone). */
  allDay?: boolean;
  location?: { title: string; address?: string };
  url?: string;
  categories?: string[];
  status?: 'confirmed' | 'tentative' | 'cancelled';
  organizer?: { name: string; email: string };
  lastModified: Date;
  created?: Date;
};

export type CalendarInput = {
  name: string;
  description: string;
  url?: string;
  refreshMinutes?: number; // default 60
  events: CalendarEventInput[];
  prodId?: string;
};

export const DEFAULT_PROD_ID = '//Convening Planner//Calendar Feed//EN';
export const CANCELLED_PREFIX = 'Cancelled: ';

const STATUS: Record<NonNullable<CalendarEventInput['status']>, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

const EMAIL = /^[^\s@"<>()[\],;:\\]+@[^\s@"<>()[\],;:\\]+$/;

export function buildCalendar(input: CalendarInput): string {
  // Years each zone is used in, so its VTIMEZONE covers exactly the events' transitions.
  const zoneYears = new Map<string, { from: number; to: number }>();
  const events = input.events.map((e) => toEventData(e, zoneYears));

  const refreshMinutes =
    input.refreshMinutes && Number.isFinite(input.refreshMinutes) && input.refreshMinutes > 0
      ? Math.round(input.refreshMinutes)
      : 60;

  const calendar = new ICalCalendar({
    // ical-generator writes PRODID, NAME/X-WR-CALNAME, X-WR-CALDESC and the calendar URL
    // verbatim (unlike event properties), so they are sanitised and TEXT-escaped here.
    prodId: cleanLine(input.prodId).replace(/^-/, '') || DEFAULT_PROD_ID, // the library adds the '-'
    name: escapeText(cleanText(input.name)),
    description: escapeText(cleanText(input.description)),
    url: cleanUrl(input.url) ?? null,
    method: ICalCalendarMethod.PUBLISH,
    ttl: refreshMinutes * 60, // REFRESH-INTERVAL and X-PUBLISHED-TTL
    // name: null keeps a calendar-wide zone out of the output (no X-WR-TIMEZONE/TIMEZONE-ID,
    // DTSTAMP etc. stay in UTC); the generator is still called once for every distinct event
    // zone, so a feed mixing zones gets one VTIMEZONE each without post-processing.
    timezone: {
      name: null,
      generator: (zone) => {
        const years = zoneYears.get(zone);
        return years ? buildVTimezone(zone, years.from, years.to) : null;
      },
    },
  });
  for (const event of events) calendar.createEvent(event);

  // ical-generator ends the object without the final CRLF that RFC 5545 requires on every line.
  return calendar.toString() + '\r\n';
}

function toEventData(e: CalendarEventInput, zoneYears: Map<string, { from: number; to: number }>): ICalEventData {
  const uid = cleanLine(e.uid);
  if (!uid) throw new Error('Calendar event without uid');
  for (const [field, value] of [
    ['start', e.start],
    ['end', e.end],
    ['lastModified', e.lastModified],
    ['created', e.created],
  ] as const) {
    if ((value !== undefined || field !== 'created') && !(value instanceof Date && Number.isFinite(value.getTime()))) {
      throw new Error(`Calendar event ${uid}: ${field} is not a valid Date`);
    }
  }
  const zone = e.timeZone;
  if (!isValidTimeZone(zone)) throw new Error(`Calendar event ${uid}: unknown time zone ${JSON.stringify(zone)}`);

  const common = {
    // ical-generator writes UID verbatim (SUMMARY etc. it escapes), so escape it here.
    id: escapeText(uid),
    sequence: Number.isFinite(e.sequence) ? Math.max(0, Math.trunc(e.sequence)) : 0,
    // DTSTAMP = last change rather than "now" keeps the output deterministic.
    stamp: e.lastModified,
    lastModified: e.lastModified,
    created: e.created ?? null,
    summary: eventTitle(e),
    description: e.description ? cleanText(e.description) || null : null,
    location: locationText(e.location) || null,
    url: cleanUrl(e.url) ?? null,
    categories: (e.categories ?? []).map((c) => cleanText(c).trim()).filter(Boolean).map((name) => ({ name })),
    status: e.status ? STATUS[e.status] : null,
    organizer: organizer(e.organizer),
  } satisfies Omit<ICalEventData, 'start'>;

  if (e.allDay) {
    // UTC-midnight luxon values with no event zone: ical-generator then prints those calendar
    // dates as-is (a JS Date would be printed in the server's local zone) and emits no
    // VTIMEZONE for them.
    const [start, end] = allDayRange(e);
    return { ...common, allDay: true, start, end };
  }

  // ical-generator has a single zone per event (DTSTART and DTEND share its TZID), so an end
  // in another zone (endTimeZone) is written as the same instant in the start zone: clients
  // show the correct time, just not labelled with the arrival zone.
  if (e.endTimeZone !== undefined && !isValidTimeZone(e.endTimeZone)) {
    throw new Error(`Calendar event ${uid}: unknown end time zone ${JSON.stringify(e.endTimeZone)}`);
  }
  // Luxon values: ical-generator converts them with setZone(tz); for JS Dates it would use the
  // server's local zone instead.
  const start = DateTime.fromJSDate(e.start, { zone });
  const end = DateTime.fromJSDate(e.end, { zone });

  const from = Math.min(start.year, end.year);
  const to = Math.max(start.year, end.year);
  const seen = zoneYears.get(zone);
  zoneYears.set(zone, seen ? { from: Math.min(seen.from, from), to: Math.max(seen.to, to) } : { from, to });
  return { ...common, timezone: zone, start, end };
}

/**
 * All-day range as [first day, day after the last day] (DATE semantics: end exclusive), the
 * days being taken in the event's own zone and returned as UTC-midnight values.
 */
export function allDayRange(e: Pick<CalendarEventInput, 'start' | 'end' | 'timeZone'>): [DateTime, DateTime] {
  const first = DateTime.fromJSDate(e.start, { zone: e.timeZone }).startOf('day');
  const last = DateTime.fromJSDate(e.end, { zone: e.timeZone }).startOf('day');
  const endExclusive = (last < first ? first : last).plus({ days: 1 });
  return [
    DateTime.utc(first.year, first.month, first.day),
    DateTime.utc(endExclusive.year, endExclusive.month, endExclusive.day),
  ];
}

/** The title calendars show: cleaned, and marked when the event is cancelled. */
export function eventTitle(e: Pick<CalendarEventInput, 'title' | 'status'>): string {
  const title = cleanText(e.title);
  return e.status === 'cancelled' && !title.startsWith(CANCELLED_PREFIX) ? CANCELLED_PREFIX + title : title;
}

/** LOCATION text: "title, address". */
export function locationText(location: CalendarEventInput['location']): string {
  if (!location) return '';
  return [cleanText(location.title).trim(), cleanText(location.address).trim()].filter(Boolean).join(', ');
}

function organizer(o: CalendarEventInput['organizer']): ICalEventData['organizer'] {
  if (!o) return null;
  const email = cleanLine(o.email);
  if (!EMAIL.test(email)) return null;
  // CN is a quoted parameter: RFC 5545 has no escape for DQUOTE there, and ical-generator's
  // backslash escaping is not understood by clients, so quotes and backslashes are replaced.
  const name = cleanLine(o.name).replace(/"/g, "'").replace(/\\/g, '/') || email;
  return { name, email };
}
