// Calls the calendar routes' loaders with real Requests and parses what they return with ical.js.
import type { LoaderFunctionArgs } from "@remix-run/node";
import ICAL from "ical.js";
import { loader as cityLoader } from "../../app/routes/calendar.cities.$slug[.ics]";
import { loader as conveningFeedLoader } from "../../app/routes/calendar.convenings.$conveningId[.ics]";
import { loader as personalLoader } from "../../app/routes/calendar.me.$token[.ics]";
import { loader as programmeLoader } from "../../app/routes/calendar.programme[.ics]";
import { loader as conveningEventLoader } from "../../app/routes/convenings.$conveningId.event[.ics]";
import { loader as sessionAddLoader } from "../../app/routes/convenings.$conveningId.sessions.$sessionId.add.$service";
import { loader as sessionEventLoader } from "../../app/routes/convenings.$conveningId.sessions.$sessionId.event[.ics]";
import { requestAs } from "../factories/people";

type Options = { headers?: Record<string, string>; as?: string | null };

async function call(
  loader: (args: LoaderFunctionArgs) => Promise<Response>,
  url: string,
  params: Record<string, string>,
  options: Options = {},
): Promise<Response> {
  const request = await requestAs(options.as ?? null, url, { headers: options.headers });
  return loader({ request, params, context: {} });
}

export const fetchFeed = {
  programme: (options?: Options) => call(programmeLoader, "/calendar/programme.ics", {}, options),
  city: (slug: string, options?: Options) => call(cityLoader, `/calendar/cities/${slug}.ics`, { slug }, options),
  convening: (conveningId: string, options?: Options) =>
    call(conveningFeedLoader, `/calendar/convenings/${conveningId}.ics`, { conveningId }, options),
  personal: (token: string, options?: Options) => call(personalLoader, `/calendar/me/${token}.ics`, { token }, options),
  conveningEvent: (conveningId: string, options?: Options) =>
    call(conveningEventLoader, `/convenings/${conveningId}/event.ics`, { conveningId }, options),
  sessionEvent: (conveningId: string, sessionId: string, options?: Options) =>
    call(
      sessionEventLoader,
      `/convenings/${conveningId}/sessions/${sessionId}/event.ics`,
      { conveningId, sessionId },
      options,
    ),
  /** The redirect to Google Calendar or Outlook for one session. */
  sessionAdd: (conveningId: string, sessionId: string, service: string) =>
    call(sessionAddLoader, `/convenings/${conveningId}/sessions/${sessionId}/add/${service}`, {
      conveningId,
      sessionId,
      service,
    }),
};

export type ParsedFeed = {
  text: string;
  vcalendar: ICAL.Component;
  vevents: ICAL.Component[];
  events: ICAL.Event[];
  byUid: (uid: string) => ICAL.Event | undefined;
};

/** Parses a feed with ical.js, registering only the file's own VTIMEZONEs (no tz database). */
export function parseFeed(text: string): ParsedFeed {
  ICAL.TimezoneService.reset();
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of vcalendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const vevents = vcalendar.getAllSubcomponents("vevent");
  const events = vevents.map((vevent) => new ICAL.Event(vevent));
  return { text, vcalendar, vevents, events, byUid: (uid) => events.find((event) => event.uid === uid) };
}

export async function feedOf(response: Response | Promise<Response>): Promise<ParsedFeed> {
  const resolved = await response;
  if (resolved.status !== 200) throw new Error(`expected 200, got ${resolved.status}: ${await resolved.text()}`);
  return parseFeed(await resolved.text());
}

/** The wall-clock time in the event's own zone, e.g. "2018-05-21T09:30:00". */
export const local = (time: ICAL.Time) => time.toString();
export const utc = (time: ICAL.Time) => time.toJSDate().toISOString().replace(".000", "");
export const textOf = (component: ICAL.Component, name: string) =>
  ICAL.design.icalendar.value.text.fromICAL(String(component.getFirstPropertyValue(name)));
