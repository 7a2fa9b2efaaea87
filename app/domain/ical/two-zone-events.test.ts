// A journey that ends in another zone than it starts (London → Pittsburgh): its DTEND is written
// at the arrival zone's wall clock, with a VTIMEZONE for each zone, and read back by ical.js
// (which knows only the file's own VTIMEZONEs) and node-ical to the same instants and zones.
import ICAL from "ical.js";
import nodeIcal, { type VEvent } from "node-ical";
import { afterEach, describe, expect, it } from "vitest";
import { buildCalendar, type CalendarEventInput } from "./build-calendar";
import { EventTextCache } from "./event-text-cache";

const LONDON = "Europe/London";
const NY = "America/New_York";

/** Depart London 09:00, arrive New York 14:30 on `day` (UK and US clocks change on different Sundays in March 2027). */
function flight(day: string, start: string, end: string, overrides: Partial<CalendarEventInput> = {}) {
  return {
    uid: `flight-${day}`,
    sequence: 1,
    title: `London to Pittsburgh, ${day}`,
    start: new Date(start),
    end: new Date(end),
    timeZone: LONDON,
    endTimeZone: NY,
    lastModified: new Date("2027-01-15T10:00:00Z"),
    ...overrides,
  } satisfies CalendarEventInput;
}

// 10 March: both on winter time (GMT, EST); 20 March: New York on EDT, London still GMT;
// 29 March: both on summer time (BST, EDT).
const LEGS = [
  { day: "2027-03-10", departs: "2027-03-10T09:00:00Z", arrives: "2027-03-10T19:30:00Z" },
  { day: "2027-03-20", departs: "2027-03-20T09:00:00Z", arrives: "2027-03-20T18:30:00Z" },
  { day: "2027-03-29", departs: "2027-03-29T08:00:00Z", arrives: "2027-03-29T18:30:00Z" },
];

const calendarOf = (events: CalendarEventInput[], cache?: EventTextCache) =>
  buildCalendar({ name: "US learning exchange", description: "Travel", events }, cache);
const unfoldedLines = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

function readWithIcalJs(ics: string) {
  ICAL.TimezoneService.reset();
  const vcalendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of vcalendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  return vcalendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

const utc = (time: ICAL.Time) => time.toJSDate().toISOString().replace(".000", "");

afterEach(() => ICAL.TimezoneService.reset());

describe("an event that starts in one zone and ends in another", () => {
  const ics = calendarOf(LEGS.map((leg) => flight(leg.day, leg.departs, leg.arrives)));

  it("writes DTSTART at London's wall clock and DTEND at New York's, around both March clock changes", () => {
    const lines = unfoldedLines(ics);
    expect(lines.filter((line) => line.startsWith("DTSTART;") || line.startsWith("DTEND;"))).toEqual([
      "DTSTART;TZID=Europe/London:20270310T090000",
      "DTEND;TZID=America/New_York:20270310T143000",
      "DTSTART;TZID=Europe/London:20270320T090000",
      "DTEND;TZID=America/New_York:20270320T143000",
      "DTSTART;TZID=Europe/London:20270329T090000",
      "DTEND;TZID=America/New_York:20270329T143000",
    ]);
  });

  it("carries one VTIMEZONE for each zone used, each covering 2027's transitions", () => {
    const vcalendar = new ICAL.Component(ICAL.parse(ics));
    const zones = vcalendar.getAllSubcomponents("vtimezone");
    expect(zones.map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual([LONDON, NY]);
    const onsets = (zone: ICAL.Component) =>
      zone.getAllSubcomponents().map((part) => String(part.getFirstPropertyValue("dtstart")).slice(0, 10));
    expect(onsets(zones[0])).toEqual(["2027-01-01", "2027-03-28", "2027-10-31"]);
    expect(onsets(zones[1])).toEqual(["2027-01-01", "2027-03-14", "2027-11-07"]);
  });

  it("reads back with ical.js to the right instants, the end in America/New_York at 14:30", () => {
    const events = readWithIcalJs(ics);
    expect(
      events.map((event) => ({
        startZone: event.startDate.zone.tzid,
        start: utc(event.startDate),
        endZone: event.endDate.zone.tzid,
        endLocal: event.endDate.toString(),
        end: utc(event.endDate),
      })),
    ).toEqual(
      LEGS.map((leg) => ({
        startZone: LONDON,
        start: leg.departs.replace(".000", ""),
        endZone: NY,
        endLocal: `${leg.day}T14:30:00`,
        end: leg.arrives,
      })),
    );
  });

  it("reads back with node-ical to the same instants, the end's zone reported as America/New_York", () => {
    const parsed = nodeIcal.sync.parseICS(ics);
    const events = LEGS.map((leg) => parsed[`flight-${leg.day}`] as VEvent);
    expect(
      events.map((event) => ({
        type: event.type,
        startZone: event.start.tz,
        start: event.start.toISOString(),
        endZone: event.end?.tz,
        end: event.end?.toISOString(),
      })),
    ).toEqual(
      LEGS.map((leg) => ({
        type: "VEVENT",
        startZone: LONDON,
        start: new Date(leg.departs).toISOString(),
        endZone: NY,
        end: new Date(leg.arrives).toISOString(),
      })),
    );
  });

  it("keeps a one-zone event byte for byte as before when its end zone is its start zone", () => {
    const [leg] = LEGS;
    const sameZone = flight(leg.day, leg.departs, "2027-03-10T11:00:00Z", { endTimeZone: LONDON });
    const { endTimeZone: _unused, ...withoutEndZone } = sameZone;
    expect(calendarOf([sameZone])).toBe(calendarOf([withoutEndZone]));
    expect(calendarOf([sameZone]).match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
  });

  it("writes both ends in UTC when the arrival falls in New York's repeated hour (7 November 2027, 01:30)", () => {
    // 01:30 EDT, the first of the two 01:30s: 05:30Z. Neither end needs a VTIMEZONE then.
    const overnight = calendarOf([flight("2027-11-06", "2027-11-06T22:00:00Z", "2027-11-07T05:30:00Z")]);
    const lines = unfoldedLines(overnight);
    expect(lines).toContain("DTSTART:20271106T220000Z");
    expect(lines).toContain("DTEND:20271107T053000Z");
    expect(overnight).not.toContain("BEGIN:VTIMEZONE");
    const parsed = nodeIcal.sync.parseICS(overnight)["flight-2027-11-06"] as VEvent;
    expect(parsed.end?.toISOString()).toBe("2027-11-07T05:30:00.000Z");
  });

  it("gives the same bytes from the event-text cache, its zones included", () => {
    const cache = new EventTextCache();
    const events = LEGS.map((leg) => flight(leg.day, leg.departs, leg.arrives));
    expect(calendarOf(events, cache)).toBe(ics);
    expect(calendarOf(events, cache)).toBe(ics); // every event from the cache this time
    expect(cache.size).toBe(LEGS.length);
  });

  it("refuses an unknown arrival zone instead of writing a wrong time", () => {
    const [leg] = LEGS;
    expect(() => calendarOf([flight(leg.day, leg.departs, leg.arrives, { endTimeZone: "Atlantis/Central" })])).toThrow(
      /unknown end time zone/,
    );
  });
});
