// Public calendar feeds (programme, city, convening) read back with ical.js.
import ICAL from "ical.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clearFeedCache } from "../../app/calendar/feeds.server";
import { conveningUid, sessionUid } from "../../app/domain/ical/calendar-uids";
import { AgendaSession, cancelSession, restoreSession } from "../../models/agenda-session.server";
import { cancelConvening, Convening } from "../../models/convening.server";
import { at, createConvening, createSession, register } from "../factories/calendar";
import { createAccount, createCity } from "../factories/people";
import { withTestDatabase } from "../setup/database";
import { feedOf, fetchFeed, local, parseFeed, textOf, utc } from "./calendar-helpers";

withTestDatabase();

const NY = "America/New_York";
const LONDON = "Europe/London";
const DAY = 86_400_000;

afterEach(() => {
  ICAL.TimezoneService.reset();
  vi.useRealTimers();
});

async function usExchange() {
  const conveningId = await createConvening({
    title: "US learning exchange",
    timeZone: NY,
    startsAt: at("2018-05-21T09:00", NY),
    endsAt: at("2018-05-25T17:00", NY),
    places: [
      {
        name: "Pittsburgh",
        address: "414 Grant Street",
        region: "Pennsylvania",
        country: "United States",
        timeZone: NY,
      },
    ],
    themes: ["T2"],
  });
  const sessionId = await createSession(conveningId, {
    title: "Welcoming Pittsburgh: city hall briefing",
    kind: "site-visit",
    timeZone: NY,
    startsAt: at("2018-05-21T09:30", NY),
    endsAt: at("2018-05-21T11:00", NY),
    room: "Council Chambers",
    placeName: "Pittsburgh",
    themes: ["T3"],
  });
  return { conveningId, sessionId };
}

describe("programme feed", () => {
  it("shows a 09:30 Pittsburgh session on 21 May 2018 at 09:30 New York time (13:30Z) and a London session on 31 March 2019 (BST starts) at 10:00 local", async () => {
    const us = await usExchange();
    const bristol = await createConvening({
      title: "Final phase-one convening",
      startsAt: at("2019-03-30T09:00", LONDON),
      endsAt: at("2019-03-31T17:00", LONDON),
    });
    const bstSession = await createSession(bristol, {
      title: "Framework workshop",
      startsAt: at("2019-03-31T10:00", LONDON),
      endsAt: at("2019-03-31T12:00", LONDON),
    });
    const gmtSession = await createSession(bristol, {
      title: "Arrivals",
      startsAt: at("2019-03-30T10:00", LONDON),
      endsAt: at("2019-03-30T11:00", LONDON),
    });
    const feed = await feedOf(fetchFeed.programme());

    const pittsburgh = feed.byUid(sessionUid(us.sessionId))!;
    expect(pittsburgh.startDate.zone.tzid).toBe(NY);
    expect([local(pittsburgh.startDate), utc(pittsburgh.startDate)]).toEqual([
      "2018-05-21T09:30:00",
      "2018-05-21T13:30:00Z",
    ]);
    expect(local(pittsburgh.endDate)).toBe("2018-05-21T11:00:00");

    const bst = feed.byUid(sessionUid(bstSession))!;
    expect(bst.startDate.zone.tzid).toBe(LONDON);
    expect([local(bst.startDate), utc(bst.startDate)]).toEqual(["2019-03-31T10:00:00", "2019-03-31T09:00:00Z"]);
    const gmt = feed.byUid(sessionUid(gmtSession))!;
    expect([local(gmt.startDate), utc(gmt.startDate)]).toEqual(["2019-03-30T10:00:00", "2019-03-30T10:00:00Z"]);

    // One VTIMEZONE per zone used, each declared before the events.
    const tzids = feed.vcalendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"));
    expect(tzids.sort()).toEqual([NY, LONDON]);
  });

  it("keeps local times right across the US and UK autumn changes of 2018-2020", async () => {
    const conveningId = await createConvening({
      timeZone: NY,
      startsAt: at("2018-11-03T09:00", NY),
      endsAt: at("2020-11-02T17:00", NY),
    });
    const cases: Array<[string, string, string]> = [
      ["2018-11-03T09:00", NY, "2018-11-03T13:00:00Z"], // EDT
      ["2018-11-04T09:00", NY, "2018-11-04T14:00:00Z"], // EST, the day clocks go back
      ["2020-03-08T09:00", NY, "2020-03-08T13:00:00Z"], // EDT again
      ["2019-10-26T10:00", LONDON, "2019-10-26T09:00:00Z"], // BST
      ["2019-10-27T10:00", LONDON, "2019-10-27T10:00:00Z"], // GMT
      ["2020-03-29T10:00", LONDON, "2020-03-29T09:00:00Z"], // BST from 01:00 that day
    ];
    const ids: string[] = [];
    for (const [wallClock, zone] of cases) {
      ids.push(
        await createSession(conveningId, {
          title: wallClock,
          timeZone: zone,
          startsAt: at(wallClock, zone),
          endsAt: new Date(at(wallClock, zone).getTime() + 3_600_000),
        }),
      );
    }
    const feed = await feedOf(fetchFeed.programme());
    cases.forEach(([wallClock, zone, instant], index) => {
      const event = feed.byUid(sessionUid(ids[index]))!;
      expect(event.startDate.zone.tzid).toBe(zone);
      expect(local(event.startDate)).toBe(`${wallClock}:00`);
      expect(utc(event.startDate)).toBe(instant);
    });
  });

  it("writes each convening as one all-day event over its days (exclusive end) with location, URL, organizer and categories", async () => {
    const { conveningId } = await usExchange();
    const feed = await feedOf(fetchFeed.programme());
    const event = feed.byUid(conveningUid(conveningId))!;
    expect(event.startDate.isDate).toBe(true);
    expect([event.startDate.toString(), event.endDate.toString()]).toEqual(["2018-05-21", "2018-05-26"]);
    expect(event.location).toBe("Pittsburgh, 414 Grant Street, Pennsylvania, United States");
    const vevent = feed.vevents.find((v) => v.getFirstPropertyValue("uid") === conveningUid(conveningId))!;
    expect(vevent.getFirstPropertyValue("url")).toBe(`http://planner.test/convenings/${conveningId}`);
    expect(vevent.getFirstProperty("categories")?.getValues()).toEqual([
      "City Working Group meeting",
      "Inclusive economic growth",
    ]);
    expect(vevent.getFirstPropertyValue("organizer")).toBe("mailto:planner@example.org");
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    // Both stamps are the convening's last change, to the second.
    const { updatedAt } = (await Convening.findById(conveningId).select("updatedAt").lean())!;
    const lastChange = new Date(Math.floor(updatedAt.getTime() / 1000) * 1000).toISOString().replace(".000", "");
    expect(utc(vevent.getFirstPropertyValue("dtstamp") as ICAL.Time)).toBe(lastChange);
    expect(utc(vevent.getFirstPropertyValue("last-modified") as ICAL.Time)).toBe(lastChange);
  });

  it("gives sessions their kind and themes as CATEGORIES and room, place and address as LOCATION", async () => {
    const { sessionId } = await usExchange();
    const feed = await feedOf(fetchFeed.programme());
    const vevent = feed.vevents.find((v) => v.getFirstPropertyValue("uid") === sessionUid(sessionId))!;
    expect(vevent.getFirstProperty("categories")?.getValues()).toEqual(["Site visit", "Connecting communities"]);
    expect(vevent.getFirstPropertyValue("location")).toBe(
      "Council Chambers, Pittsburgh, 414 Grant Street, Pennsylvania, United States",
    );
  });

  it("names and describes itself, asks clients to refresh, and links to the programme", async () => {
    const feed = await feedOf(fetchFeed.programme());
    expect(textOf(feed.vcalendar, "x-wr-calname")).toBe("Inclusive Cities programme");
    expect(textOf(feed.vcalendar, "x-wr-caldesc")).toMatch(/Convenings/);
    expect(feed.text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT30M\r\n");
    expect(feed.text).toContain("X-PUBLISHED-TTL:PT30M\r\n");
    expect(feed.vcalendar.getFirstPropertyValue("url")).toBe("http://planner.test/convenings");
  });

  it("never shows drafts or their sessions", async () => {
    const draft = await createConvening({ title: "Secret draft exchange", status: "draft" });
    await createSession(draft, { title: "Draft session" });
    const published = await createConvening({ title: "Published meeting" });
    const feed = await feedOf(fetchFeed.programme());
    expect(feed.events.map((event) => event.summary)).toEqual(["Published meeting"]);
    expect(feed.text).not.toContain("Secret draft");
    expect(feed.byUid(conveningUid(published))?.summary).toBe("Published meeting");
  });

  it("keeps UIDs stable and raises SEQUENCE after a session is moved or the convening renamed", async () => {
    const { conveningId, sessionId } = await usExchange();
    const before = await feedOf(fetchFeed.programme());
    const sessionBefore = before.vevents.find((v) => v.getFirstPropertyValue("uid") === sessionUid(sessionId))!;
    const conveningBefore = before.vevents.find((v) => v.getFirstPropertyValue("uid") === conveningUid(conveningId))!;

    await AgendaSession.updateOne(
      { _id: sessionId },
      { $set: { startsAt: at("2018-05-21T10:00", NY), endsAt: at("2018-05-21T11:30", NY) }, $inc: { sequence: 1 } },
    );
    const moved = await feedOf(fetchFeed.programme());
    const sessionMoved = moved.vevents.find((v) => v.getFirstPropertyValue("uid") === sessionUid(sessionId))!;
    expect(sessionMoved.getFirstPropertyValue("sequence")).toBe(
      Number(sessionBefore.getFirstPropertyValue("sequence")) + 1,
    );
    expect(local(moved.byUid(sessionUid(sessionId))!.startDate)).toBe("2018-05-21T10:00:00");
    expect(moved.events).toHaveLength(before.events.length);

    await Convening.updateOne(
      { _id: conveningId },
      { $set: { title: "US learning exchange (revised)" }, $inc: { sequence: 1 } },
    );
    const renamed = await feedOf(fetchFeed.programme());
    const conveningRenamed = renamed.vevents.find((v) => v.getFirstPropertyValue("uid") === conveningUid(conveningId))!;
    expect(conveningRenamed.getFirstPropertyValue("sequence")).toBe(
      Number(conveningBefore.getFirstPropertyValue("sequence")) + 1,
    );
    expect(renamed.byUid(conveningUid(conveningId))!.summary).toBe("US learning exchange (revised)");
    // The convening's change reaches its sessions too (their SEQUENCE includes the convening's).
    const sessionAfterRename = renamed.vevents.find((v) => v.getFirstPropertyValue("uid") === sessionUid(sessionId))!;
    expect(sessionAfterRename.getFirstPropertyValue("sequence")).toBe(
      Number(sessionMoved.getFirstPropertyValue("sequence")) + 1,
    );
    expect(renamed.events.map((event) => event.uid).sort()).toEqual(before.events.map((event) => event.uid).sort());
  });

  it("keeps a cancelled convening and its sessions as STATUS:CANCELLED with “Cancelled:” titles for 30 days, then drops them", async () => {
    const { conveningId, sessionId } = await usExchange();
    await Convening.updateOne(
      { _id: conveningId },
      {
        $set: { status: "cancelled", cancelledAt: new Date(Date.now() - 29 * DAY), cancelReason: "Election period" },
        $inc: { sequence: 1 },
      },
    );
    const during = await feedOf(fetchFeed.programme());
    for (const uid of [conveningUid(conveningId), sessionUid(sessionId)]) {
      const vevent = during.vevents.find((v) => v.getFirstPropertyValue("uid") === uid)!;
      expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
      expect(String(vevent.getFirstPropertyValue("summary"))).toMatch(/^Cancelled: /);
    }
    expect(during.byUid(conveningUid(conveningId))!.description).toContain("Election period");

    // Two days later (no data change) the 30 days are over: both are gone.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 2 * DAY });
    const after = await feedOf(fetchFeed.programme());
    expect(after.events).toHaveLength(0);
  });

  it("follows cancellations and a restore made through the agenda functions: SEQUENCE up, UIDs unchanged, STATUS follows", async () => {
    const { conveningId, sessionId } = await usExchange();
    const account = await createAccount({ role: "manager", name: "Programme Manager" });
    const manager = { id: account.id, name: "Programme Manager" };
    const sequenceOf = (feed: Awaited<ReturnType<typeof feedOf>>, uid: string) =>
      Number(feed.vevents.find((v) => v.getFirstPropertyValue("uid") === uid)!.getFirstPropertyValue("sequence"));
    const before = await feedOf(fetchFeed.programme());

    expect(await cancelSession({ id: conveningId, status: "published" }, sessionId, manager)).toBe(true);
    const sessionCancelled = await feedOf(fetchFeed.programme());
    expect(sequenceOf(sessionCancelled, sessionUid(sessionId))).toBe(sequenceOf(before, sessionUid(sessionId)) + 1);
    expect(sessionCancelled.byUid(sessionUid(sessionId))!.component.getFirstPropertyValue("status")).toBe("CANCELLED");

    // Restored: confirmed again under the same UID, with a still higher SEQUENCE so clients take it.
    expect(await restoreSession({ id: conveningId, status: "published" }, sessionId, manager)).toBe(true);
    const sessionRestored = await feedOf(fetchFeed.programme());
    expect(sequenceOf(sessionRestored, sessionUid(sessionId))).toBe(
      sequenceOf(sessionCancelled, sessionUid(sessionId)) + 1,
    );
    expect(sessionRestored.byUid(sessionUid(sessionId))!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(sessionRestored.byUid(sessionUid(sessionId))!.summary).not.toMatch(/^Cancelled/);

    expect(await cancelConvening(conveningId, "Election called", manager)).toBe(true);
    const conveningCancelled = await feedOf(fetchFeed.programme());
    expect(sequenceOf(conveningCancelled, conveningUid(conveningId))).toBe(
      sequenceOf(before, conveningUid(conveningId)) + 1,
    );
    expect(conveningCancelled.byUid(conveningUid(conveningId))!.summary).toBe("Cancelled: US learning exchange");
    expect(conveningCancelled.events.map((event) => event.uid).sort()).toEqual(
      before.events.map((event) => event.uid).sort(),
    );
  });

  it("keeps a cancelled session for 30 days after its own cancellation while the rest stays confirmed", async () => {
    const { conveningId, sessionId } = await usExchange();
    const other = await createSession(conveningId, {
      title: "Dinner",
      kind: "meal",
      timeZone: NY,
      startsAt: at("2018-05-21T19:00", NY),
      endsAt: at("2018-05-21T21:00", NY),
    });
    await AgendaSession.updateOne(
      { _id: sessionId },
      { $set: { isCancelled: true, cancelledAt: new Date() }, $inc: { sequence: 1 } },
    );
    const feed = await feedOf(fetchFeed.programme());
    expect(feed.byUid(sessionUid(sessionId))!.summary).toBe("Cancelled: Welcoming Pittsburgh: city hall briefing");
    expect(feed.byUid(sessionUid(other))!.summary).toBe("Dinner");
    expect(feed.byUid(conveningUid(conveningId))!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");

    await AgendaSession.updateOne({ _id: sessionId }, { $set: { cancelledAt: new Date(Date.now() - 31 * DAY) } });
    const later = await feedOf(fetchFeed.programme());
    expect(later.byUid(sessionUid(sessionId))).toBeUndefined();
    expect(later.byUid(sessionUid(other))?.summary).toBe("Dinner");
  });

  it("escapes hostile titles, descriptions and places: one VEVENT each, text read back exactly", async () => {
    const hostile = [
      "Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected",
      "Commas, semicolons; back\\slashes \\n",
      "Caerdydd – Cyfarfod ŵyl 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Gŵyl Ddewi 🎉",
      "Title:with:colons;TZID=Evil",
    ];
    const conveningId = await createConvening({
      title: hostile[0],
      summary: hostile[1],
      places: [{ name: "Neuadd y Ddinas; Caerdydd", address: "Heol y Frenhines, CF10\r\nX-EVIL:1", timeZone: LONDON }],
    });
    for (const title of hostile)
      await createSession(conveningId, { title, description: title, room: title, placeName: "" });
    const feed = await feedOf(fetchFeed.programme());
    expect(feed.vevents).toHaveLength(1 + hostile.length);
    expect(feed.text.split("\r\n").filter((line) => line.startsWith("UID:injected"))).toHaveLength(0);
    expect(feed.text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const summaries = feed.events.map((event) => event.summary);
    expect(summaries).toEqual(
      expect.arrayContaining(["Evil\nEND:VEVENT\nBEGIN:VEVENT\nUID:injected", ...hostile.slice(1)]),
    );
    const sessions = feed.events.filter((event) => event.uid.startsWith("session-"));
    expect(sessions.map((event) => event.description.split("\n\nPart of")[0]).sort()).toEqual(
      hostile.map((title) => title.replace(/\r\n/g, "\n")).sort(),
    );
    expect(feed.byUid(conveningUid(conveningId))!.location).toBe(
      "Neuadd y Ddinas; Caerdydd, Heol y Frenhines, CF10\nX-EVIL:1",
    );
  });

  it("contains no personal data: no attendee names or emails and no joining links", async () => {
    const bristol = await createCity("bristol");
    const rep = await createAccount({
      role: "city-rep",
      cityId: bristol,
      name: "Rhiannon Secret-Name",
      email: "rhiannon.secret@example.org",
    });
    const conveningId = await createConvening({
      format: "hybrid",
      onlineUrl: "https://meet.example.org/private-room-123",
    });
    await createSession(conveningId);
    await register(conveningId, rep.id, bristol);
    const feeds = {
      programme: fetchFeed.programme(),
      city: fetchFeed.city("bristol"),
      convening: fetchFeed.convening(conveningId),
      event: fetchFeed.conveningEvent(conveningId),
    };
    // The convening and its session; the convening feed lists the session, the event file the convening.
    const expected = {
      programme: ["convening", "session"],
      city: ["convening", "session"],
      convening: ["session"],
      event: ["convening"],
    };
    for (const [name, response] of Object.entries(feeds)) {
      const feed = await feedOf(response);
      expect(feed.events.map((event) => event.uid.split("-")[0]).sort(), name).toEqual(
        expected[name as keyof typeof expected],
      );
      expect(feed.text).not.toMatch(/Rhiannon|rhiannon\.secret|private-room-123|ATTENDEE/);
    }
  });
});

describe("city feed", () => {
  it("lists convenings the city hosts or has people registered at, and not others", async () => {
    const bristol = await createCity("bristol");
    const cardiff = await createCity("cardiff", { nation: "Wales" });
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const hosted = await createConvening({ title: "Hosted by Bristol", hostCityId: bristol });
    const attended = await createConvening({ title: "Bristol attends", hostCityId: cardiff });
    await createConvening({ title: "Cardiff only", hostCityId: cardiff });
    const waitlistedOnly = await createConvening({ title: "Waitlisted only" });
    await register(attended, rep.id, bristol);
    await register(
      waitlistedOnly,
      (await createAccount({ role: "participant", cityId: bristol })).id,
      bristol,
      "waitlisted",
    );
    const sessionId = await createSession(attended, { title: "Attended session" });

    const feed = await feedOf(fetchFeed.city("bristol"));
    expect(feed.events.map((event) => event.summary).sort()).toEqual([
      "Attended session",
      "Bristol attends",
      "Hosted by Bristol",
    ]);
    expect(feed.byUid(conveningUid(hosted))?.summary).toBe("Hosted by Bristol");
    expect(feed.byUid(sessionUid(sessionId))?.summary).toBe("Attended session");
    expect(textOf(feed.vcalendar, "x-wr-calname")).toBe("Inclusive Cities: Bristol");
  });

  it("answers 404 in plain text for an unknown city or a malformed slug", async () => {
    for (const slug of ["atlantis", "../etc/passwd", "BRISTOL;x", ""]) {
      const response = await fetchFeed.city(slug);
      expect(response).toHaveStatus(404);
      expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    }
  });
});

describe("convening feed", () => {
  it("lists the convening's sessions only", async () => {
    const { conveningId, sessionId } = await usExchange();
    const other = await createConvening({ title: "Other" });
    await createSession(other, { title: "Other session" });
    const feed = await feedOf(fetchFeed.convening(conveningId));
    expect(feed.events.map((event) => event.uid)).toEqual([sessionUid(sessionId)]);
    expect(textOf(feed.vcalendar, "x-wr-calname")).toBe("US learning exchange");
  });

  it("answers 404 for a draft, an unknown id and a malformed id, never 500", async () => {
    const draft = await createConvening({ status: "draft" });
    for (const id of [draft, "5f0000000000000000000000", "not-an-id", "123", "zzzzzzzzzzzzzzzzzzzzzzzz"]) {
      expect(await fetchFeed.convening(id)).toHaveStatus(404);
      expect(await fetchFeed.conveningEvent(id)).toHaveStatus(404);
    }
  });
});

describe("cache of public feeds", () => {
  it("rebuilds after any change, including a deleted session", async () => {
    clearFeedCache();
    const { conveningId } = await usExchange();
    const extra = await createSession(conveningId, {
      title: "Extra",
      timeZone: NY,
      startsAt: at("2018-05-22T09:00", NY),
      endsAt: at("2018-05-22T10:00", NY),
    });
    const first = await fetchFeed.programme();
    expect(parseFeed(await first.text()).byUid(sessionUid(extra))?.summary).toBe("Extra");
    await AgendaSession.deleteOne({ _id: extra });
    const second = await fetchFeed.programme();
    expect(second.headers.get("ETag")).not.toBe(first.headers.get("ETag"));
    expect(parseFeed(await second.text()).byUid(sessionUid(extra))).toBeUndefined();
    // A client holding the older copy must not be told it is current.
    expect(Date.parse(second.headers.get("Last-Modified")!)).toBeGreaterThan(
      Date.parse(first.headers.get("Last-Modified")!),
    );
  });
});
