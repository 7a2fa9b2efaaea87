// The calendar part of an email as the mail API received it (text/calendar; method=…), decoded
// and parsed with ical.js, which knows only the part's own VTIMEZONEs.
import ICAL from "ical.js";
import type { SentEmail } from "../mocks/resend";

export type CalendarPart = { method: string; content: string };

export function calendarPartOf(email: SentEmail): CalendarPart | undefined {
  const parts = email.attachments.filter((attachment) => /^text\/calendar\b/i.test(attachment.content_type ?? ""));
  if (parts.length > 1) throw new Error(`expected at most one calendar part, got ${parts.length}`);
  const [part] = parts;
  if (!part) return undefined;
  const method = /;\s*method=([A-Z-]+)/i.exec(part.content_type ?? "")?.[1] ?? "";
  return { method, content: Buffer.from(part.content, "base64").toString("utf8") };
}

/** The one VEVENT of an invitation, with the calendar's METHOD. */
export function invitationEvent(part: CalendarPart) {
  ICAL.TimezoneService.reset();
  const vcalendar = new ICAL.Component(ICAL.parse(part.content));
  for (const vtimezone of vcalendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const vevents = vcalendar.getAllSubcomponents("vevent");
  if (vevents.length !== 1) throw new Error(`expected one VEVENT, got ${vevents.length}`);
  const [vevent] = vevents;
  const attendee = vevent.getFirstProperty("attendee");
  return {
    method: vcalendar.getFirstPropertyValue("method"),
    uid: vevent.getFirstPropertyValue("uid"),
    sequence: Number(vevent.getFirstPropertyValue("sequence")),
    status: vevent.getFirstPropertyValue("status"),
    organizer: vevent.getFirstPropertyValue("organizer"),
    attendee: attendee ? { address: attendee.getFirstValue(), cn: attendee.getParameter("cn") } : null,
    vevent,
  };
}
