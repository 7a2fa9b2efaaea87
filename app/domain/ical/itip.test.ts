// Invitations (iTIP REQUEST and CANCEL) read back with ical.js, which knows only the file's own
// VTIMEZONEs, and with node-ical: what a mail client applies must be what the feeds say.
import ICAL from "ical.js";
import nodeIcal, { type VEvent } from "node-ical";
import { afterEach, describe, expect, it } from "vitest";
import { buildCalendar, type CalendarEventInput } from "./build-calendar";
import { buildInvitation, type InvitationInput } from "./itip";
import { parseMailbox } from "./participants";

const LONDON = "Europe/London";
const NY = "America/New_York";
const ORGANIZER = { name: "Inclusive Cities planner", email: "planner@example.org" };
const ATTENDEE = { name: "Siân Evans", email: "sian@cardiff.example" };
const SENT_AT = new Date("2027-02-01T10:11:12Z");

/** The US exchange as the feeds write it: all-day, 21–25 May 2027 at Pittsburgh. */
const exchange: CalendarEventInput = {
  uid: "convening-65f0c0ffee0000000000abcd@inclusive-cities-planner",
  sequence: 4,
  title: "US learning exchange",
  description: "Five days in Pittsburgh, Montgomery County and Washington DC.",
  start: new Date("2027-05-21T13:00:00Z"),
  end: new Date("2027-05-25T21:00:00Z"),
  timeZone: NY,
  allDay: true,
  status: "confirmed",
  organizer: ORGANIZER,
  lastModified: new Date("2027-01-20T09:00:00Z"),
};

/** Depart London 09:00 GMT, arrive New York 14:30 EDT on 20 March 2027 (between the clock changes). */
const flight: CalendarEventInput = {
  uid: "session-65f0c0ffee0000000000abce@inclusive-cities-planner",
  sequence: 7,
  title: "London to Pittsburgh",
  start: new Date("2027-03-20T09:00:00Z"),
  end: new Date("2027-03-20T18:30:00Z"),
  timeZone: LONDON,
  endTimeZone: NY,
  status: "confirmed",
  organizer: ORGANIZER,
  lastModified: new Date("2027-01-20T09:00:00Z"),
};

const invitation = (overrides: Partial<InvitationInput> = {}) =>
  buildInvitation({
    method: "REQUEST",
    organizer: ORGANIZER,
    attendee: ATTENDEE,
    events: [exchange],
    sentAt: SENT_AT,
    ...overrides,
  });

function readWithIcalJs(ics: string) {
  ICAL.TimezoneService.reset();
  const vcalendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of vcalendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const vevent = vcalendar.getFirstSubcomponent("vevent")!;
  return { vcalendar, vevent, event: new ICAL.Event(vevent) };
}

function readWithNodeIcal(ics: string, uid: string) {
  const parsed = nodeIcal.sync.parseICS(ics);
  return { vcalendar: parsed.vcalendar as unknown as { method: string }, event: parsed[uid] as VEvent };
}

/** ORGANIZER/ATTENDEE as node-ical gives them: { params, val }. */
type Addressed = { params: Record<string, unknown>; val: string };

const utc = (time: ICAL.Time) => time.toJSDate().toISOString().replace(".000", "");
const unfoldedLines = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

afterEach(() => ICAL.TimezoneService.reset());

describe("an invitation (METHOD:REQUEST)", () => {
  it("carries the feed's UID and SEQUENCE, the organizer, the attendee as accepted with no reply asked, and DTSTAMP = sending time", () => {
    const ics = invitation();
    const { vcalendar, vevent, event } = readWithIcalJs(ics);
    expect(vcalendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.uid).toBe(exchange.uid);
    expect(event.sequence).toBe(4);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(String(vevent.getFirstPropertyValue("dtstamp"))).toBe("2027-02-01T10:11:12Z");
    const organizer = vevent.getFirstProperty("organizer")!;
    expect([organizer.getFirstValue(), organizer.getParameter("cn")]).toEqual([
      "mailto:planner@example.org",
      "Inclusive Cities planner",
    ]);
    const attendee = vevent.getFirstProperty("attendee")!;
    expect(attendee.toJSON()).toEqual([
      "attendee",
      { role: "REQ-PARTICIPANT", partstat: "ACCEPTED", rsvp: "FALSE", cn: "Siân Evans" },
      "cal-address",
      "MAILTO:sian@cardiff.example",
    ]);
    expect(vevent.getAllProperties("attendee")).toHaveLength(1);
  });

  it("reads the same in node-ical: METHOD, UID, SEQUENCE, ORGANIZER, ATTENDEE and STATUS", () => {
    const { vcalendar, event } = readWithNodeIcal(invitation(), exchange.uid);
    const organizer = event.organizer as unknown as Addressed;
    const attendee = event.attendee as unknown as Addressed;
    expect({
      method: vcalendar.method,
      uid: event.uid,
      sequence: event.sequence,
      status: event.status,
      organizer: [organizer.val, organizer.params.CN],
      attendee: [attendee.val, attendee.params],
      dtstamp: event.dtstamp.toISOString(),
    }).toEqual({
      method: "REQUEST",
      uid: exchange.uid,
      sequence: 4,
      status: "CONFIRMED",
      organizer: ["mailto:planner@example.org", "Inclusive Cities planner"],
      attendee: [
        "MAILTO:sian@cardiff.example",
        { ROLE: "REQ-PARTICIPANT", PARTSTAT: "ACCEPTED", RSVP: false, CN: "Siân Evans" },
      ],
      dtstamp: "2027-02-01T10:11:12.000Z",
    });
  });

  it("writes the event exactly as the feed does apart from the scheduling lines", () => {
    const feed = unfoldedLines(buildCalendar({ name: "Feed", description: "", events: [exchange] }));
    const sent = unfoldedLines(invitation());
    const eventLines = (lines: string[]) => lines.slice(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT") + 1);
    const scheduling = /^(DTSTAMP|ATTENDEE)[:;]/;
    expect(eventLines(sent).filter((line) => !scheduling.test(line))).toEqual(
      eventLines(feed).filter((line) => !scheduling.test(line)),
    );
  });

  it("is not a feed: no refresh interval, no calendar name, no calendar URL", () => {
    const lines = unfoldedLines(invitation());
    expect(lines.filter((line) => /^(REFRESH-INTERVAL|X-PUBLISHED-TTL|X-WR-CALNAME|NAME|URL)[:;]/.test(line))).toEqual(
      [],
    );
    expect(lines.slice(0, 4)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Convening Planner//Calendar Feed//EN",
      "METHOD:REQUEST",
    ]);
  });

  it("writes a journey with its start at London's time and its end at New York's, with both VTIMEZONEs, in both readers", () => {
    const ics = invitation({ events: [flight] });
    expect(unfoldedLines(ics)).toEqual(
      expect.arrayContaining([
        "DTSTART;TZID=Europe/London:20270320T090000",
        "DTEND;TZID=America/New_York:20270320T143000",
      ]),
    );
    const { vcalendar, event } = readWithIcalJs(ics);
    expect(vcalendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual([
      LONDON,
      NY,
    ]);
    expect([event.startDate.zone.tzid, utc(event.startDate), event.endDate.zone.tzid, utc(event.endDate)]).toEqual([
      LONDON,
      "2027-03-20T09:00:00Z",
      NY,
      "2027-03-20T18:30:00Z",
    ]);
    const read = readWithNodeIcal(ics, flight.uid).event;
    expect([read.start.tz, read.start.toISOString(), read.end?.tz, read.end?.toISOString()]).toEqual([
      LONDON,
      "2027-03-20T09:00:00.000Z",
      NY,
      "2027-03-20T18:30:00.000Z",
    ]);
  });

  it("keeps names with commas, quotes, semicolons, carets and any script readable in CN for both readers", () => {
    const name = 'Siân "Jo" O\'Neill, Jr; Cymru ^n 李';
    const shown = "Siân 'Jo' O'Neill, Jr, Cymru ^n 李";
    const ics = invitation({ attendee: { name, email: "jo@cardiff.example" } });
    expect(readWithIcalJs(ics).vevent.getFirstProperty("attendee")!.getParameter("cn")).toBe(shown);
    const attendee = readWithNodeIcal(ics, exchange.uid).event.attendee as unknown as Addressed;
    expect(attendee.params.CN).toBe(shown.replace("^n", "^^n")); // node-ical does not read RFC 6868
  });
});

describe("a cancellation (METHOD:CANCEL)", () => {
  it("of a cancelled event says STATUS:CANCELLED with the feed's (raised) SEQUENCE", () => {
    const cancelled = { ...exchange, sequence: 5, status: "cancelled" as const };
    const ics = invitation({ method: "CANCEL", events: [cancelled] });
    const { vcalendar, vevent, event } = readWithIcalJs(ics);
    expect([vcalendar.getFirstPropertyValue("method"), event.uid, event.sequence]).toEqual(["CANCEL", exchange.uid, 5]);
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.summary).toBe("Cancelled: US learning exchange");
    const read = readWithNodeIcal(ics, exchange.uid);
    expect([read.vcalendar.method, read.event.status, read.event.sequence]).toEqual(["CANCEL", "CANCELLED", 5]);
  });

  it("of one person's place names them as the attendee removed, with no STATUS (RFC 5546 §3.2.5) and the feed's SEQUENCE", () => {
    const ics = invitation({ method: "CANCEL" });
    const { vevent, event } = readWithIcalJs(ics);
    expect([event.uid, event.sequence, vevent.hasProperty("status")]).toEqual([exchange.uid, 4, false]);
    expect(vevent.getFirstProperty("attendee")!.toJSON()).toEqual([
      "attendee",
      { role: "REQ-PARTICIPANT", rsvp: "FALSE", cn: "Siân Evans" },
      "cal-address",
      "MAILTO:sian@cardiff.example",
    ]);
    expect(vevent.getFirstProperty("organizer")!.getFirstValue()).toBe("mailto:planner@example.org");
    expect(event.summary).toBe("US learning exchange");
    const read = readWithNodeIcal(ics, exchange.uid);
    expect([read.vcalendar.method, read.event.status, read.event.sequence]).toEqual(["CANCEL", undefined, 4]);
  });
});

describe("what an invitation refuses", () => {
  it("refuses events of more than one UID (RFC 5546: one UID per message) and none at all", () => {
    expect(() => invitation({ events: [exchange, flight] })).toThrow(
      "An invitation is about one event (one UID), got 2",
    );
    expect(() => invitation({ events: [] })).toThrow("An invitation is about one event (one UID), got 0");
  });

  it("refuses an attendee or organizer without a usable address rather than sending one nobody can apply", () => {
    expect(() => invitation({ attendee: { name: "X", email: "not an address" } })).toThrow(/attendee/);
    expect(() => invitation({ organizer: { name: "X", email: "x@y.org\r\nBEGIN:VEVENT" } })).toThrow(/organizer/);
  });
});

describe("parseMailbox", () => {
  it('reads "Name <address>", a quoted name, and a bare address, and gives null without an address', () => {
    expect(parseMailbox("Inclusive Cities planner <planner@example.org>", "Team")).toEqual(ORGANIZER);
    expect(parseMailbox('"Programme team, COMPAS" <team@compas.example>', "Team")).toEqual({
      name: "Programme team, COMPAS",
      email: "team@compas.example",
    });
    expect(parseMailbox("<planner@example.org>", "Team")).toEqual({ name: "Team", email: "planner@example.org" });
    expect(parseMailbox(" planner@example.org ", "Team")).toEqual({ name: "Team", email: "planner@example.org" });
    expect(parseMailbox("Inclusive Cities planner", "Team")).toBeNull();
  });
});
