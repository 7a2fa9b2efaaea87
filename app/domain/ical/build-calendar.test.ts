// Feed output is checked by parsing it back with ical.js (Thunderbird's parser). ical.js has no
// tz database of its own, so every local time read back proves our VTIMEZONE is right.
import { ICalCalendar, ICalCalendarMethod, ICalEvent } from "ical-generator";
import ICAL from "ical.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  buildCalendar,
  DEFAULT_PROD_ID,
  toEventData,
  type CalendarEventInput,
  type CalendarInput,
} from "./build-calendar";
import { EventTextCache } from "./event-text-cache";
import { googleCalendarUrl, outlookCalendarUrl } from "./calendar-links";
import { buildVTimezone } from "./vtimezone";

const NY = "America/New_York";
const LONDON = "Europe/London";

function ev(overrides: Partial<CalendarEventInput> = {}): CalendarEventInput {
  return {
    uid: "session-1@inclusive-cities-planner",
    sequence: 3,
    title: "Opening plenary",
    start: new Date("2018-05-21T13:30:00Z"),
    end: new Date("2018-05-21T15:00:00Z"),
    timeZone: NY,
    lastModified: new Date("2018-05-01T12:34:56.789Z"),
    ...overrides,
  };
}

function cal(events: CalendarEventInput[], overrides: Partial<CalendarInput> = {}): string {
  return buildCalendar({
    name: "Pittsburgh Convening 2018",
    description: "Programme",
    url: "https://planner.example.org/conv/pgh-2018",
    events,
    ...overrides,
  });
}

function parse(ics: string) {
  ICAL.TimezoneService.reset();
  const vcalendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of vcalendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const vevents = vcalendar.getAllSubcomponents("vevent");
  return { vcalendar, vevents, events: vevents.map((v) => new ICAL.Event(v)) };
}

function textValue(component: ICAL.Component, name: string): string {
  const raw = String(component.getFirstPropertyValue(name));
  return ICAL.design.icalendar.value.text.fromICAL(raw);
}

/** Wall-clock time in the event's own zone, e.g. "2018-05-21T09:30:00". */
const local = (t: ICAL.Time) => t.toString();
const utc = (t: ICAL.Time) => t.toJSDate().toISOString().replace(".000", "");
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const lines = (ics: string) => unfold(ics).split("\r\n");

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe("buildCalendar: times in the place’s zone with VTIMEZONE", () => {
  it("writes a 09:30 Pittsburgh session on 21 May 2018 as 09:30 America/New_York, i.e. 13:30Z", () => {
    const ics = cal([ev()]);
    expect(ics).toContain("DTSTART;TZID=America/New_York:20180521T093000\r\n");
    const [e] = parse(ics).events;
    expect(e.startDate.zone.tzid).toBe(NY);
    expect(local(e.startDate)).toBe("2018-05-21T09:30:00");
    expect(utc(e.startDate)).toBe("2018-05-21T13:30:00Z");
    expect(local(e.endDate)).toBe("2018-05-21T11:00:00");
    expect(utc(e.endDate)).toBe("2018-05-21T15:00:00Z");
  });

  it("writes sessions in a repeated hour in UTC, whichever pass they are in, so no client can misread them", () => {
    // 4 Nov 2029, New York: 01:00-01:59 happens twice (EDT, then EST). RFC 5545 reads a
    // repeated local time as the first pass, ical.js as the second: neither is written as local.
    const ics = cal([
      ev({ uid: "first", start: new Date("2029-11-04T05:30:00Z"), end: new Date("2029-11-04T05:45:00Z") }),
      ev({ uid: "second", start: new Date("2029-11-04T06:30:00Z"), end: new Date("2029-11-04T07:15:00Z") }),
    ]);
    const lines = unfold(ics).split("\r\n");
    expect(lines).toContain("DTSTART:20291104T053000Z");
    expect(lines).toContain("DTSTART:20291104T063000Z");
    expect(lines).toContain("DTEND:20291104T071500Z");
    const byUid = new Map(parse(ics).events.map((e) => [e.uid, e]));
    expect(utc(byUid.get("first")!.startDate)).toBe("2029-11-04T05:30:00Z");
    expect(utc(byUid.get("second")!.startDate)).toBe("2029-11-04T06:30:00Z");
    expect(utc(byUid.get("second")!.endDate)).toBe("2029-11-04T07:15:00Z");
    // The next day's 01:30 is not repeated: local time with TZID, as usual.
    expect(cal([ev({ start: new Date("2029-11-05T06:30:00Z"), end: new Date("2029-11-05T07:00:00Z") })])).toContain(
      "DTSTART;TZID=America/New_York:20291105T013000\r\n",
    );
  });

  it("reads a London 10:00 session on 31 Mar 2019 (BST starts) as 09:00Z and one on 30 Mar 2019 as 10:00Z", () => {
    const ics = cal([
      ev({
        uid: "a",
        timeZone: LONDON,
        start: new Date("2019-03-31T09:00:00Z"),
        end: new Date("2019-03-31T10:00:00Z"),
      }),
      ev({
        uid: "b",
        timeZone: LONDON,
        start: new Date("2019-03-30T10:00:00Z"),
        end: new Date("2019-03-30T11:00:00Z"),
      }),
    ]);
    const [bst, gmt] = parse(ics).events;
    expect(local(bst.startDate)).toBe("2019-03-31T10:00:00");
    expect(utc(bst.startDate)).toBe("2019-03-31T09:00:00Z");
    expect(local(gmt.startDate)).toBe("2019-03-30T10:00:00");
    expect(utc(gmt.startDate)).toBe("2019-03-30T10:00:00Z");
  });

  it("handles the US fall-back on 4 Nov 2018: 09:00 EDT the day before is 13:00Z, 09:00 EST that day is 14:00Z, an overnight span is 11 h", () => {
    const ics = cal([
      ev({ uid: "sat", start: new Date("2018-11-03T13:00:00Z"), end: new Date("2018-11-03T14:00:00Z") }),
      ev({ uid: "sun", start: new Date("2018-11-04T14:00:00Z"), end: new Date("2018-11-04T15:00:00Z") }),
      // 22:00 EDT on the 3rd to 08:00 EST on the 4th.
      ev({ uid: "night", start: new Date("2018-11-04T02:00:00Z"), end: new Date("2018-11-04T13:00:00Z") }),
    ]);
    const [sat, sun, night] = parse(ics).events;
    expect([local(sat.startDate), utc(sat.startDate)]).toEqual(["2018-11-03T09:00:00", "2018-11-03T13:00:00Z"]);
    expect([local(sun.startDate), utc(sun.startDate)]).toEqual(["2018-11-04T09:00:00", "2018-11-04T14:00:00Z"]);
    expect([local(night.startDate), local(night.endDate)]).toEqual(["2018-11-03T22:00:00", "2018-11-04T08:00:00"]);
    expect(night.endDate.subtractDateTz(night.startDate).toSeconds()).toBe(11 * 3600);
  });

  it("handles the UK fall-back on 27 Oct 2019: 10:00 on the 26th is 09:00Z (BST), 10:00 on the 27th is 10:00Z (GMT)", () => {
    const ics = cal([
      ev({
        uid: "sat",
        timeZone: LONDON,
        start: new Date("2019-10-26T09:00:00Z"),
        end: new Date("2019-10-26T10:00:00Z"),
      }),
      ev({
        uid: "sun",
        timeZone: LONDON,
        start: new Date("2019-10-27T10:00:00Z"),
        end: new Date("2019-10-27T11:00:00Z"),
      }),
    ]);
    const [sat, sun] = parse(ics).events;
    expect([local(sat.startDate), utc(sat.startDate)]).toEqual(["2019-10-26T10:00:00", "2019-10-26T09:00:00Z"]);
    expect([local(sun.startDate), utc(sun.startDate)]).toEqual(["2019-10-27T10:00:00", "2019-10-27T10:00:00Z"]);
  });

  it("gives a feed mixing Europe/London and America/New_York one VTIMEZONE per zone and correct times in each", () => {
    const ics = cal([
      ev({ uid: "ny" }),
      ev({
        uid: "ldn",
        timeZone: LONDON,
        start: new Date("2019-03-31T09:00:00Z"),
        end: new Date("2019-03-31T10:00:00Z"),
      }),
      ev({ uid: "ny2", start: new Date("2018-11-04T14:00:00Z"), end: new Date("2018-11-04T15:00:00Z") }),
    ]);
    const { vcalendar, events } = parse(ics);
    const tzids = vcalendar.getAllSubcomponents("vtimezone").map((c) => c.getFirstPropertyValue("tzid"));
    expect(tzids).toEqual([NY, LONDON]);
    // VTIMEZONEs precede the events that reference them.
    expect(ics.lastIndexOf("END:VTIMEZONE")).toBeLessThan(ics.indexOf("BEGIN:VEVENT"));
    expect(events.map((e) => [e.uid, e.startDate.zone.tzid, local(e.startDate), utc(e.startDate)])).toEqual([
      ["ny", NY, "2018-05-21T09:30:00", "2018-05-21T13:30:00Z"],
      ["ldn", LONDON, "2019-03-31T10:00:00", "2019-03-31T09:00:00Z"],
      ["ny2", NY, "2018-11-04T09:00:00", "2018-11-04T14:00:00Z"],
    ]);
  });

  it("covers every year an event falls in: a New York feed spanning 2018-2020 has each year’s transitions", () => {
    const ics = cal([
      ev({ uid: "a" }),
      ev({ uid: "b", start: new Date("2020-07-01T16:00:00Z"), end: new Date("2020-07-01T17:00:00Z") }),
    ]);
    const block = ics.slice(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
    for (const onset of [
      "20180311T020000",
      "20181104T020000",
      "20190310T020000",
      "20191103T020000",
      "20200308T020000",
      "20201101T020000",
    ]) {
      expect(block).toContain(`DTSTART:${onset}\r\n`);
    }
    const [, b] = parse(ics).events;
    expect([local(b.startDate), utc(b.startDate)]).toEqual(["2020-07-01T12:00:00", "2020-07-01T16:00:00Z"]);
  });

  it("works for a zone without DST (Asia/Kolkata: single STANDARD +0530, 09:30 IST = 04:00Z)", () => {
    const ics = cal([
      ev({ timeZone: "Asia/Kolkata", start: new Date("2018-05-21T04:00:00Z"), end: new Date("2018-05-21T05:00:00Z") }),
    ]);
    const block = ics.slice(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
    expect(block).toContain("TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\n");
    expect(block).not.toContain("DAYLIGHT");
    const [e] = parse(ics).events;
    expect([local(e.startDate), utc(e.startDate)]).toEqual(["2018-05-21T09:30:00", "2018-05-21T04:00:00Z"]);
  });

  it("writes UTC-zoned events as UTC (Z) times, which need no VTIMEZONE", () => {
    const ics = cal([ev({ timeZone: "UTC" })]);
    expect(ics).toContain("DTSTART:20180521T133000Z\r\n");
    expect(ics).not.toContain("BEGIN:VTIMEZONE");
    expect(utc(parse(ics).events[0].startDate)).toBe("2018-05-21T13:30:00Z");
  });

  it("generates a VTIMEZONE for Etc/UTC and southern-hemisphere Australia/Sydney (DST over New Year)", () => {
    expect(buildVTimezone("Etc/UTC", 2018, 2018)).toBe(
      [
        "BEGIN:VTIMEZONE",
        "TZID:Etc/UTC",
        "X-LIC-LOCATION:Etc/UTC",
        "BEGIN:STANDARD",
        "DTSTART:20180101T000000",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0000",
        "TZNAME:UTC",
        "END:STANDARD",
        "END:VTIMEZONE",
      ].join("\r\n"),
    );
    const ics = cal([
      ev({
        uid: "summer",
        timeZone: "Australia/Sydney",
        start: new Date("2019-01-14T22:00:00Z"),
        end: new Date("2019-01-14T23:00:00Z"),
      }),
      ev({
        uid: "winter",
        timeZone: "Australia/Sydney",
        start: new Date("2019-07-14T23:00:00Z"),
        end: new Date("2019-07-15T00:00:00Z"),
      }),
    ]);
    const [summer, winter] = parse(ics).events;
    expect(local(summer.startDate)).toBe("2019-01-15T09:00:00"); // AEDT +11
    expect(local(winter.startDate)).toBe("2019-07-15T09:00:00"); // AEST +10
  });

  it("writes a travel leg ending in another zone (endTimeZone) with its end at the arrival zone's time", () => {
    // London 10:00 BST departure, New York 13:00 EDT arrival = 17:00Z (more in two-zone-events.test.ts).
    const ics = cal([
      ev({
        timeZone: LONDON,
        endTimeZone: NY,
        start: new Date("2019-06-01T09:00:00Z"),
        end: new Date("2019-06-01T17:00:00Z"),
      }),
    ]);
    expect(ics).toContain(
      "DTSTART;TZID=Europe/London:20190601T100000\r\nDTEND;TZID=America/New_York:20190601T130000\r\n",
    );
    const [e] = parse(ics).events;
    expect(e.endDate.zone.tzid).toBe(NY);
    expect(utc(e.endDate)).toBe("2019-06-01T17:00:00Z");
  });

  it("writes an all-day event 21-25 May 2018 (inclusive) as DTSTART;VALUE=DATE:20180521 and DTEND;VALUE=DATE:20180526", () => {
    const ics = cal([
      // Midnight at the place on the first and last day.
      ev({ allDay: true, start: new Date("2018-05-21T04:00:00Z"), end: new Date("2018-05-25T04:00:00Z") }),
    ]);
    expect(ics).toContain("DTSTART;VALUE=DATE:20180521\r\nDTEND;VALUE=DATE:20180526\r\n");
    expect(ics).not.toContain("BEGIN:VTIMEZONE");
    const [e] = parse(ics).events;
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe("2018-05-21");
    expect(e.endDate.toString()).toBe("2018-05-26");
  });

  it("takes all-day dates in the event’s zone, not UTC (late evening in Los Angeles is still the same day)", () => {
    const ics = cal([
      ev({
        allDay: true,
        timeZone: "America/Los_Angeles",
        start: new Date("2018-05-22T06:00:00Z"),
        end: new Date("2018-05-22T06:30:00Z"),
      }),
    ]);
    expect(ics).toContain("DTSTART;VALUE=DATE:20180521\r\nDTEND;VALUE=DATE:20180522\r\n");
  });

  it("does not depend on the server’s own time zone (process TZ)", () => {
    const input = [
      ev(),
      ev({
        uid: "x",
        timeZone: LONDON,
        allDay: true,
        start: new Date("2019-03-30T23:30:00Z"),
        end: new Date("2019-03-31T00:30:00Z"),
      }),
    ];
    const saved = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      const a = cal(input);
      process.env.TZ = "America/Anchorage";
      const b = cal(input);
      expect(a).toBe(b);
      expect(a).toContain("DTSTART;TZID=America/New_York:20180521T093000\r\n");
      expect(a).toContain("DTSTART;VALUE=DATE:20190330\r\nDTEND;VALUE=DATE:20190401\r\n");
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("rejects an unknown time zone instead of writing wrong times", () => {
    expect(() => cal([ev({ timeZone: "Mars/Olympus_Mons" })])).toThrow(/time zone/);
    expect(() => cal([ev({ timeZone: "+05:30" })])).toThrow(/time zone/);
  });

  it('rejects invalid or missing dates (a missing lastModified would make DTSTAMP "now" and the feed non-deterministic)', () => {
    expect(() => cal([ev({ start: new Date("nope") })])).toThrow(/start/);
    expect(() => cal([ev({ lastModified: undefined as unknown as Date })])).toThrow(/lastModified/);
  });
});

describe("buildCalendar: event properties", () => {
  it('marks a cancelled event STATUS:CANCELLED and prefixes its title with "Cancelled: "', () => {
    const ics = cal([ev({ status: "cancelled", title: "Workshop" }), ev({ uid: "b", status: "tentative" })]);
    const { vevents, events } = parse(ics);
    expect(vevents[0].getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(events[0].summary).toBe("Cancelled: Workshop");
    expect(vevents[1].getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(events[1].summary).toBe("Opening plenary");
  });

  it("writes UID, SEQUENCE, DTSTAMP = LAST-MODIFIED (UTC, whole seconds) and CREATED when given", () => {
    const ics = cal([ev({ created: new Date("2018-04-01T08:00:00Z") }), ev({ uid: "no-created", sequence: 0 })]);
    const [a, b] = parse(ics).vevents;
    expect(a.getFirstPropertyValue("uid")).toBe("session-1@inclusive-cities-planner");
    expect(a.getFirstPropertyValue("sequence")).toBe(3);
    expect(ics).toContain("DTSTAMP:20180501T123456Z\r\n");
    expect(ics).toContain("LAST-MODIFIED:20180501T123456Z\r\n");
    expect(ics).toContain("CREATED:20180401T080000Z\r\n");
    expect(b.getFirstPropertyValue("sequence")).toBe(0);
    expect(b.hasProperty("created")).toBe(false);
    expect(b.hasProperty("dtstamp")).toBe(true);
  });

  it('writes DESCRIPTION, LOCATION as "title, address", URL, CATEGORIES and ORGANIZER with CN and mailto', () => {
    const ics = cal([
      ev({
        description: "Bring a laptop.",
        location: { title: "David L. Lawrence Convention Center", address: "1000 Fort Duquesne Blvd, Pittsburgh, PA" },
        url: "https://planner.example.org/s/1?a=1,2;b",
        categories: ["Workshop", "Data, Methods"],
        organizer: { name: 'Ana "Chair" Pérez', email: "ana@example.org" },
      }),
    ]);
    const [v] = parse(ics).vevents;
    expect(v.getFirstPropertyValue("description")).toBe("Bring a laptop.");
    expect(v.getFirstPropertyValue("location")).toBe(
      "David L. Lawrence Convention Center, 1000 Fort Duquesne Blvd, Pittsburgh, PA",
    );
    // URI values are not backslash-escaped, so , and ; are percent-encoded instead.
    expect(v.getFirstPropertyValue("url")).toBe("https://planner.example.org/s/1?a=1%2C2%3Bb");
    expect(v.getFirstProperty("categories")?.getValues()).toEqual(["Workshop", "Data, Methods"]);
    const org = v.getFirstProperty("organizer");
    expect(org?.getFirstValue()).toBe("mailto:ana@example.org");
    expect(org?.getParameter("cn")).toBe("Ana 'Chair' Pérez");
  });

  it("drops a non-http(s) event URL and an organizer without a usable email rather than writing them", () => {
    const ics = cal([
      ev({ url: "javascript:alert(1)", organizer: { name: "X", email: "not an email\r\nBEGIN:VEVENT" } }),
    ]);
    const [v] = parse(ics).vevents;
    expect(v.hasProperty("url")).toBe(false);
    expect(v.hasProperty("organizer")).toBe(false);
  });
});

describe("buildCalendar: hostile text", () => {
  // [typed by a user, what a calendar must show]
  const HOSTILE: [string, string][] = [
    ["Evil\r\nBEGIN:VEVENT\r\nUID:x", "Evil\nBEGIN:VEVENT\nUID:x"],
    ["End\r\nEND:VEVENT\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR", "End\nEND:VEVENT\nEND:VCALENDAR\nBEGIN:VCALENDAR"],
    ["Commas, semicolons; and back\\slashes \\n \\, \\;", "Commas, semicolons; and back\\slashes \\n \\, \\;"],
    ["CR\ronly, LF\nonly, CRLF\r\nboth", "CR\nonly, LF\nonly, CRLF\nboth"],
    ["Tab\tseparated\tvalues", "Tab\tseparated\tvalues"],
    ["Ctrl\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u007f\u009bchars", "Ctrlchars"],
    ["Unicode line\u2028separator", "Unicode line\nseparator"],
    ["Caerdydd – Cyfarfod ŵyl 🏴󠁧󠁢󠁷󠁬󠁳󠁿 👩🏽‍💻 café", "Caerdydd – Cyfarfod ŵyl 🏴󠁧󠁢󠁷󠁬󠁳󠁿 👩🏽‍💻 café"],
    ["Title:with:colons;PARAM=x", "Title:with:colons;PARAM=x"],
    ["\"Quoted\" and 'single'", "\"Quoted\" and 'single'"],
    ["Lone surrogate \uD83D here", "Lone surrogate \uFFFD here"],
  ];

  it("round-trips hostile titles and descriptions exactly through ical.js, with exactly one VEVENT each", () => {
    const ics = cal(HOSTILE.map(([typed], i) => ev({ uid: `h${i}`, title: typed, description: typed })));
    const { vcalendar, vevents, events } = parse(ics);
    expect(vevents).toHaveLength(HOSTILE.length);
    expect(lines(ics).filter((l) => l === "BEGIN:VEVENT")).toHaveLength(HOSTILE.length);
    expect(
      lines(ics)
        .filter((l) => l.startsWith("UID:"))
        .map((l) => l.slice(4)),
    ).toEqual(HOSTILE.map((_, i) => `h${i}`));
    expect(vcalendar.getAllSubcomponents("vcalendar")).toHaveLength(0);
    events.forEach((e, i) => {
      expect(e.summary).toBe(HOSTILE[i][1]);
      expect(e.description).toBe(HOSTILE[i][1]);
      expect(vevents[i].getAllProperties("summary")).toHaveLength(1);
    });
  });

  it("round-trips hostile locations, categories, calendar name and description without injecting lines", () => {
    const [typed, shown] = HOSTILE[0];
    const ics = cal(
      [ev({ location: { title: typed, address: "Heol y Frenhines; Caerdydd, CF10" }, categories: [typed, "a,b;c"] })],
      { name: `Feed ${typed}`, description: `About; ${typed}` },
    );
    const { vcalendar, vevents } = parse(ics);
    expect(vevents).toHaveLength(1);
    expect(vevents[0].getFirstPropertyValue("location")).toBe(`${shown}, Heol y Frenhines; Caerdydd, CF10`);
    expect(vevents[0].getFirstProperty("categories")?.getValues()).toEqual([shown, "a,b;c"]);
    // ical.js does not know these X- properties are TEXT, so unescape with its TEXT decoder.
    expect(textValue(vcalendar, "x-wr-calname")).toBe(`Feed ${shown}`);
    expect(textValue(vcalendar, "name")).toBe(`Feed ${shown}`);
    expect(textValue(vcalendar, "x-wr-caldesc")).toBe(`About; ${shown}`);
    expect(lines(ics).filter((l) => /^(UID|BEGIN:VEVENT)/.test(l))).toHaveLength(2);
  });

  it("uses only CRLF line endings (no bare CR or LF anywhere) and ends with CRLF", () => {
    const ics = cal(HOSTILE.map(([typed], i) => ev({ uid: `h${i}`, title: typed, location: { title: typed } })));
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("folds long Welsh/emoji lines at ≤75 octets without splitting a UTF-8 character, and they unfold to the original", () => {
    const long = "Caerdydd – Cyfarfod ŵyl 🎉 Gŵyl Ddewi 👩🏽‍💻 ".repeat(12) + "diwedd";
    const ics = cal([ev({ title: long, description: long })]);
    const physical = ics.split("\r\n");
    expect(physical.some((l) => l.startsWith(" "))).toBe(true);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const line of physical) {
      const bytes = Buffer.from(line, "utf8");
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Decoding each physical line on its own fails if a multi-byte sequence was cut.
      expect(decoder.decode(bytes)).toBe(line);
    }
    expect(lines(ics)).toContain(`SUMMARY:${long}`);
    const [e] = parse(ics).events;
    expect(e.summary).toBe(long);
    expect(e.description).toBe(long);
  });
});

describe("buildCalendar: calendar properties and determinism", () => {
  it("writes VERSION, PRODID, METHOD:PUBLISH, URL, X-WR-CALNAME, X-WR-CALDESC, REFRESH-INTERVAL and X-PUBLISHED-TTL (60 min default)", () => {
    const ics = cal([ev()]);
    const head = lines(ics).slice(0, lines(ics).indexOf("BEGIN:VTIMEZONE"));
    expect(head).toEqual(
      expect.arrayContaining([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Convening Planner//Calendar Feed//EN",
        "METHOD:PUBLISH",
        "URL:https://planner.example.org/conv/pgh-2018",
        "X-WR-CALNAME:Pittsburgh Convening 2018",
        "X-WR-CALDESC:Programme",
      ]),
    );
    const { vcalendar } = parse(ics);
    // ical-generator normalises 60 minutes to the equivalent duration PT1H.
    expect(vcalendar.getFirstPropertyValue("refresh-interval")?.toString()).toBe("PT1H");
    expect(vcalendar.getFirstProperty("refresh-interval")?.type).toBe("duration");
    expect(ics).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
    expect(vcalendar.getFirstPropertyValue("x-published-ttl")).toBe("PT1H");
    expect(ics).not.toContain("X-WR-TIMEZONE");
  });

  it("takes REFRESH-INTERVAL/X-PUBLISHED-TTL from refreshMinutes and PRODID from prodId", () => {
    const ics = cal([ev()], { refreshMinutes: 15, prodId: "//Example//Feed//CY" });
    expect(ics).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT15M\r\nX-PUBLISHED-TTL:PT15M\r\n");
    expect(ics).toContain("PRODID:-//Example//Feed//CY\r\n");
  });

  it("produces byte-identical output for the same input on repeated calls", () => {
    const input = (): CalendarInput => ({
      name: "Programme",
      description: "All sessions",
      events: [
        ev(),
        ev({ uid: "b", timeZone: LONDON, status: "cancelled", categories: ["x"] }),
        ev({ uid: "c", allDay: true }),
      ],
    });
    const a = buildCalendar(input());
    const b = buildCalendar(input());
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it("builds a valid, empty calendar when there are no events", () => {
    const ics = cal([]);
    const { vcalendar, vevents } = parse(ics);
    expect(vevents).toHaveLength(0);
    expect(vcalendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(ics).not.toContain("BEGIN:VTIMEZONE");
  });
});

describe("buildCalendar: events rendered one by one, unchanged ones from a cache", () => {
  const mixed = (): CalendarInput => ({
    name: "Programme, with; commas",
    description: "Every session " + "long text ".repeat(20),
    url: "https://planner.example.org/convenings",
    refreshMinutes: 30,
    events: [
      ev({ uid: "a", description: "Cymraeg: Caerdydd – ŵ ŷ 🎉 ".repeat(8) }),
      ev({
        uid: "b",
        timeZone: LONDON,
        start: new Date("2019-03-31T08:30:00Z"),
        end: new Date("2019-03-31T10:00:00Z"),
      }),
      ev({ uid: "c", allDay: true, timeZone: LONDON }),
      ev({ uid: "d", timeZone: "UTC" }),
      ev({
        uid: "e",
        timeZone: NY,
        start: new Date("2020-11-01T13:00:00Z"),
        end: new Date("2020-11-01T14:00:00Z"),
        status: "cancelled",
      }),
    ],
  });

  /** The same calendar rendered in one piece by ical-generator, the way it is documented. */
  function wholeCalendar(input: CalendarInput): string {
    const zoneYears = new Map<string, [number, number]>();
    for (const e of input.events) {
      if (e.allDay) continue;
      const years = [e.start.getUTCFullYear(), e.end.getUTCFullYear()];
      const seen = zoneYears.get(e.timeZone) ?? [Infinity, -Infinity];
      zoneYears.set(e.timeZone, [Math.min(seen[0], ...years), Math.max(seen[1], ...years)]);
    }
    const calendar = new ICalCalendar({
      prodId: DEFAULT_PROD_ID,
      name: "Programme\\, with\\; commas",
      description: input.description,
      url: input.url,
      method: ICalCalendarMethod.PUBLISH,
      ttl: (input.refreshMinutes ?? 60) * 60,
      timezone: { name: null, generator: (zone) => buildVTimezone(zone, ...zoneYears.get(zone)!) },
    });
    for (const e of input.events) calendar.createEvent(toEventData(e));
    return calendar.toString() + "\r\n";
  }

  it("is byte-identical to ical-generator rendering the whole calendar at once", () => {
    const ics = buildCalendar(mixed());
    expect(ics).toBe(wholeCalendar(mixed()));
    expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2); // New York and London; none for UTC or all-day
  });

  it("renders only the events whose input changed, with the same bytes as without a cache", () => {
    const cache = new EventTextCache();
    const render = vi.spyOn(ICalEvent.prototype, "toString");
    try {
      expect(buildCalendar(mixed(), cache)).toBe(buildCalendar(mixed()));
      render.mockClear();
      const again = buildCalendar(mixed(), cache);
      expect(render).not.toHaveBeenCalled();
      expect(again).toBe(buildCalendar(mixed()));

      const edited = mixed();
      edited.events[1] = { ...edited.events[1], title: "Moved to the afternoon", sequence: 4 };
      render.mockClear();
      const afterEdit = buildCalendar(edited, cache);
      expect(render).toHaveBeenCalledTimes(1);
      expect(afterEdit).toBe(buildCalendar(edited));
      const eventB = afterEdit.split("BEGIN:VEVENT").find((block) => block.includes("UID:b\r\n"))!;
      expect(eventB).toContain("SEQUENCE:4\r\n");
      expect(eventB).toContain("SUMMARY:Moved to the afternoon\r\n");
    } finally {
      render.mockRestore();
    }
  });

  it("forgets the least recently stored events once their text passes its size in characters", () => {
    const unbounded = new EventTextCache();
    buildCalendar(mixed(), unbounded);
    const bounded = new EventTextCache(1_000);
    buildCalendar(mixed(), bounded);
    expect(bounded.size).toBeGreaterThan(0);
    expect(bounded.size).toBeLessThan(unbounded.size);
  });
});

describe("calendar links", () => {
  const session = ev({
    title: 'Keynote & Q/A; 50% "fun"',
    description: "Line 1\nCaerdydd – ŵyl 🎉",
    location: { title: "Hall A", address: "1 Main St, Pittsburgh" },
    url: "https://planner.example.org/s/1",
  });

  it("googleCalendarUrl builds a TEMPLATE link with UTC dates, encoded text/details/location and ctz", () => {
    expect(googleCalendarUrl(session)).toBe(
      "https://calendar.google.com/calendar/render?action=TEMPLATE" +
        "&text=Keynote%20%26%20Q%2FA%3B%2050%25%20%22fun%22" +
        "&dates=20180521T133000Z/20180521T150000Z" +
        "&details=Line%201%0ACaerdydd%20%E2%80%93%20%C5%B5yl%20%F0%9F%8E%89%0A%0Ahttps%3A%2F%2Fplanner.example.org%2Fs%2F1" +
        "&location=Hall%20A%2C%201%20Main%20St%2C%20Pittsburgh" +
        "&ctz=America/New_York",
    );
    const params = new URL(googleCalendarUrl(session)).searchParams;
    expect(params.get("text")).toBe('Keynote & Q/A; 50% "fun"');
    expect(params.get("details")).toBe("Line 1\nCaerdydd – ŵyl 🎉\n\nhttps://planner.example.org/s/1");
  });

  it("googleCalendarUrl uses DATE values with exclusive end for all-day events and marks cancelled titles", () => {
    const params = new URL(
      googleCalendarUrl(
        ev({
          allDay: true,
          status: "cancelled",
          start: new Date("2018-05-21T04:00:00Z"),
          end: new Date("2018-05-25T04:00:00Z"),
        }),
      ),
    ).searchParams;
    expect(params.get("dates")).toBe("20180521/20180526");
    expect(params.get("text")).toBe("Cancelled: Opening plenary");
  });

  it("outlookCalendarUrl builds a compose link with ISO UTC start/end and encoded subject/body/location", () => {
    expect(outlookCalendarUrl(session)).toBe(
      "https://outlook.live.com/calendar/0/action/compose" +
        "?subject=Keynote%20%26%20Q%2FA%3B%2050%25%20%22fun%22" +
        "&startdt=2018-05-21T13%3A30%3A00Z&enddt=2018-05-21T15%3A00%3A00Z" +
        "&body=Line%201%0ACaerdydd%20%E2%80%93%20%C5%B5yl%20%F0%9F%8E%89%0A%0Ahttps%3A%2F%2Fplanner.example.org%2Fs%2F1" +
        "&location=Hall%20A%2C%201%20Main%20St%2C%20Pittsburgh",
    );
  });

  it("outlookCalendarUrl sends all-day events as dates with allday=true and an exclusive end", () => {
    const params = new URL(
      outlookCalendarUrl(
        ev({ allDay: true, start: new Date("2018-05-21T04:00:00Z"), end: new Date("2018-05-25T04:00:00Z") }),
      ),
    ).searchParams;
    expect([params.get("startdt"), params.get("enddt"), params.get("allday")]).toEqual([
      "2018-05-21",
      "2018-05-26",
      "true",
    ]);
  });

  it("link builders strip control characters and cannot be broken out of by hostile text", () => {
    const url = new URL(googleCalendarUrl(ev({ title: "a&text=evil\u0000#frag", location: { title: "x&ctz=UTC" } })));
    expect(url.searchParams.getAll("text")).toEqual(["a&text=evil#frag"]);
    expect(url.searchParams.getAll("ctz")).toEqual([NY]);
    expect(url.hash).toBe("");
  });
});
