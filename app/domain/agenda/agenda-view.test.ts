import { describe, expect, it } from "vitest";
import { buildAgenda, timeRangeLabel, viewerTimeLabel, viewerZoneFromCookie, type AgendaSource } from "./agenda-view";
import { isoWithOffset } from "./agenda-json";

function source(start: string, end: string, overrides: Partial<AgendaSource> = {}): AgendaSource {
  return {
    id: start,
    title: "Session",
    description: "",
    kind: "plenary",
    startsAt: new Date(start),
    endsAt: new Date(end),
    timeZone: "America/New_York",
    endTimeZone: null,
    room: "",
    placeName: "",
    track: "",
    themes: [],
    speakers: [{ personId: null, name: "Guest", role: "speaker" }],
    isCancelled: false,
    ...overrides,
  };
}

describe("times on the agenda", () => {
  it("shows the place's time and the viewer's own time where they differ (10:00 EDT · 15:00 BST)", () => {
    const pittsburgh = source("2018-05-21T14:00:00Z", "2018-05-21T15:30:00Z");
    expect(timeRangeLabel(pittsburgh.startsAt, pittsburgh.endsAt, "America/New_York")).toBe("10:00–11:30 EDT");
    expect(viewerTimeLabel(pittsburgh, "Europe/London")).toBe("15:00–16:30 BST");
    expect(viewerTimeLabel(pittsburgh, "America/New_York")).toBeNull();
    expect(viewerTimeLabel(pittsburgh, null)).toBeNull();
  });

  it("labels a travel leg from London to Pittsburgh with both zones", () => {
    const flight = source("2018-05-20T10:00:00Z", "2018-05-20T18:30:00Z", {
      timeZone: "Europe/London",
      endTimeZone: "America/New_York",
      kind: "travel",
    });
    const [day] = buildAgenda([flight]);
    expect(day.items[0].placeTime).toBe("11:00 BST – 14:30 EDT");
  });

  it("names the viewer's day when it differs from the place's", () => {
    const evening = source("2018-05-21T23:30:00Z", "2018-05-22T00:30:00Z");
    expect(viewerTimeLabel(evening, "Australia/Sydney")).toBe("Tue 09:30–10:30 AEST");
  });

  it("writes ISO times with the offset in force at the place", () => {
    expect(isoWithOffset(new Date("2018-05-21T14:00:00Z"), "America/New_York")).toBe("2018-05-21T10:00:00-04:00");
    expect(isoWithOffset(new Date("2019-01-10T09:00:00Z"), "Europe/London")).toBe("2019-01-10T09:00:00+00:00");
  });
});

describe("grouping and highlighting", () => {
  it("groups sessions by the day at the place, not in UTC", () => {
    // 21:00 EDT on 21 May is already 22 May in UTC.
    const days = buildAgenda([
      source("2018-05-22T01:00:00Z", "2018-05-22T02:00:00Z"),
      source("2018-05-21T13:00:00Z", "2018-05-21T14:00:00Z"),
    ]);
    expect(days.map((day) => day.heading)).toEqual(["Monday 21 May 2018"]);
    expect(days[0].items).toHaveLength(2);
  });

  it("marks now and next only while the event is on, skipping cancelled sessions", () => {
    const sessions = [
      source("2018-05-21T13:00:00Z", "2018-05-21T14:00:00Z", { id: "a" }),
      source("2018-05-21T14:00:00Z", "2018-05-21T15:00:00Z", { id: "b", isCancelled: true }),
      source("2018-05-21T15:00:00Z", "2018-05-21T16:00:00Z", { id: "c" }),
    ];
    const event = {
      startsAt: new Date("2018-05-21T13:00:00Z"),
      endsAt: new Date("2018-05-25T21:00:00Z"),
      timeZone: "America/New_York",
    };
    const during = buildAgenda(sessions, { now: new Date("2018-05-21T13:30:00Z"), event })[0].items;
    expect(during.filter((item) => item.isNow).map((item) => item.id)).toEqual(["a"]);
    expect(during.filter((item) => item.isNext).map((item) => item.id)).toEqual(["c"]);
    const before = buildAgenda(sessions, { now: new Date("2018-05-01T13:30:00Z"), event })[0].items;
    expect(before.some((item) => item.isNow || item.isNext)).toBe(false);
  });

  it("leaves out speakers' names when asked (public agenda)", () => {
    const [day] = buildAgenda([source("2018-05-21T13:00:00Z", "2018-05-21T14:00:00Z")], { includeSpeakers: false });
    expect(day.items[0].speakers).toEqual([]);
  });
});

describe("the viewer's zone cookie", () => {
  it("reads a valid IANA zone and ignores anything else", () => {
    expect(viewerZoneFromCookie("a=1; tz=America%2FNew_York; b=2")).toBe("America/New_York");
    expect(viewerZoneFromCookie("tz=Mars%2FOlympus")).toBeNull();
    expect(viewerZoneFromCookie("tz=%E0%A4%A")).toBeNull();
    expect(viewerZoneFromCookie(null)).toBeNull();
  });
});
