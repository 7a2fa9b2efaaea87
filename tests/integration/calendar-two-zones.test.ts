// A session that starts in one zone and ends in another (London → Pittsburgh, typed as a 14:30
// New York arrival) in every feed and download: DTEND at the arrival zone's time, a VTIMEZONE for
// each zone, and the same instants read back by ical.js and node-ical.
import ICAL from "ical.js";
import nodeIcal, { type VEvent } from "node-ical";
import { afterEach, describe, expect, it } from "vitest";
import { clearFeedCache } from "../../app/calendar/feeds.server";
import { sessionUid } from "../../app/domain/ical/calendar-uids";
import { rotateCalendarToken } from "../../models/person.server";
import { at, createConvening, createSession, register } from "../factories/calendar";
import { createAccount, createCity } from "../factories/people";
import { withTestDatabase } from "../setup/database";
import { feedOf, fetchFeed, parseFeed, utc } from "./calendar-helpers";

withTestDatabase();

const LONDON = "Europe/London";
const NY = "America/New_York";

afterEach(() => {
  ICAL.TimezoneService.reset();
  clearFeedCache();
});

/** The US exchange with its outbound flight on 20 March 2027: New York is on EDT, London still on GMT. */
async function exchangeWithFlight() {
  const bristol = await createCity("bristol");
  const conveningId = await createConvening({
    title: "US learning exchange",
    timeZone: NY,
    hostCityId: bristol,
    startsAt: at("2027-03-20T09:00", LONDON),
    endsAt: at("2027-03-25T17:00", NY),
    places: [{ name: "Pittsburgh", address: "414 Grant Street", country: "United States", timeZone: NY }],
  });
  const flight = await createSession(conveningId, {
    title: "Flight London Heathrow to Pittsburgh",
    kind: "travel",
    timeZone: LONDON,
    endTimeZone: NY,
    startsAt: at("2027-03-20T09:00", LONDON),
    endsAt: at("2027-03-20T14:30", NY),
    placeName: "",
    room: "",
  });
  const person = await createAccount({ role: "city-rep", cityId: bristol, name: "Bethan Rees" });
  await register(conveningId, person.id, bristol);
  return { conveningId, flight, person };
}

const DEPARTS = "2027-03-20T09:00:00Z";
const ARRIVES = "2027-03-20T18:30:00Z";

function expectFlightIn(text: string, flight: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, "");
  const block = unfolded.slice(unfolded.indexOf(`UID:${sessionUid(flight)}`));
  expect(block.slice(0, block.indexOf("END:VEVENT")).match(/^DT(START|END);.*$/gm)).toEqual([
    "DTSTART;TZID=Europe/London:20270320T090000",
    "DTEND;TZID=America/New_York:20270320T143000",
  ]);
  const feed = parseFeed(text);
  expect(feed.vcalendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual(
    expect.arrayContaining([LONDON, NY]),
  );
  const read = feed.byUid(sessionUid(flight))!;
  expect([read.startDate.zone.tzid, utc(read.startDate), read.endDate.zone.tzid, utc(read.endDate)]).toEqual([
    LONDON,
    DEPARTS,
    NY,
    ARRIVES,
  ]);
  const event = nodeIcal.sync.parseICS(text)[sessionUid(flight)] as VEvent;
  expect([event.start.tz, event.start.toISOString(), event.end?.tz, event.end?.toISOString()]).toEqual([
    LONDON,
    new Date(DEPARTS).toISOString(),
    NY,
    new Date(ARRIVES).toISOString(),
  ]);
}

describe("a journey ending in another zone", () => {
  it("is written with its arrival zone in the programme, city and convening feeds", async () => {
    const { conveningId, flight } = await exchangeWithFlight();
    for (const response of [fetchFeed.programme(), fetchFeed.city("bristol"), fetchFeed.convening(conveningId)]) {
      expectFlightIn((await feedOf(response)).text, flight);
    }
  });

  it("is written with its arrival zone in the personal feed and the session's download", async () => {
    const { conveningId, flight, person } = await exchangeWithFlight();
    const token = await rotateCalendarToken(person.id);
    expectFlightIn((await feedOf(fetchFeed.personal(token))).text, flight);
    expectFlightIn((await feedOf(fetchFeed.sessionEvent(conveningId, flight, { as: person.id }))).text, flight);
  });

  it("comes from the memoised programme feed byte for byte the same", async () => {
    const { flight } = await exchangeWithFlight();
    const first = (await feedOf(fetchFeed.programme())).text;
    const again = (await feedOf(fetchFeed.programme())).text;
    expect(again).toBe(first);
    expectFlightIn(again, flight);
  });
});
