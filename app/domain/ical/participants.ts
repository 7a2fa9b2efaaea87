// ORGANIZER and ATTENDEE values: an address that cannot break the line, and a CN that cannot
// break its quoted parameter (names with commas, quotes and any script are kept readable).
import { ICalAttendeeRole, ICalAttendeeStatus, type ICalAttendeeData, type ICalEventData } from "ical-generator";
import { cleanLine } from "./text";

export type Participant = { name: string; email: string };

export type CalendarAttendee = Participant & {
  /** Left out where it says nothing, as in a CANCEL. */
  participation?: "accepted" | "needs-action";
  isReplyWanted: boolean;
};

const EMAIL = /^[^\s@"<>()[\],;:\\]+@[^\s@"<>()[\],;:\\]+$/;

export function organizerData(o: Participant | undefined): ICalEventData["organizer"] {
  const who = participant(o);
  return who ? { name: who.name || who.email, email: who.email } : null;
}

export function attendeeData(a: CalendarAttendee): ICalAttendeeData[] {
  const who = participant(a);
  if (!who) return [];
  return [
    {
      email: who.email,
      name: who.name || null,
      role: ICalAttendeeRole.REQ,
      status: a.participation ? PARTICIPATION[a.participation] : null,
      rsvp: a.isReplyWanted,
    },
  ];
}

const PARTICIPATION: Record<NonNullable<CalendarAttendee["participation"]>, ICalAttendeeStatus> = {
  accepted: ICalAttendeeStatus.ACCEPTED,
  "needs-action": ICalAttendeeStatus.NEEDSACTION,
};

/**
 * A usable address and a CN that cannot break its quoted parameter, or null without an address.
 * Applied once, when writing: it is not idempotent (a caret is doubled each time).
 */
export function participant(p: Participant | undefined): Participant | null {
  if (!p) return null;
  const email = cleanLine(p.email);
  if (!EMAIL.test(email)) return null;
  // CN is a quoted parameter: RFC 5545 has no escape for DQUOTE there and clients read no
  // backslash escapes, so quotes become apostrophes and backslashes slashes; a semicolon becomes
  // a comma, as some readers (node-ical) split parameters on every ";"; a caret before n, ' or ^
  // is doubled so RFC 6868 readers (ical.js) do not take it for an escape.
  const name = cleanLine(p.name)
    .replace(/"/g, "'")
    .replace(/\\/g, "/")
    .replace(/;/g, ",")
    .replace(/\^(?=[n'^])/g, "^^");
  return { name, email };
}

/**
 * "Name <address>" (or a bare address) as a participant, as typed (build-calendar sanitises it
 * when writing); null when there is no usable address in it.
 */
export function parseMailbox(mailbox: string, fallbackName: string): Participant | null {
  const named = /^\s*"?(.*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(mailbox);
  const found = named
    ? { name: named[1] || fallbackName, email: named[2] }
    : { name: fallbackName, email: mailbox.trim() };
  return participant(found) ? found : null;
}
