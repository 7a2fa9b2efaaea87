import { describe, expect, it } from "vitest";
import {
  audienceOf,
  changedEntries,
  combineChanges,
  conveningNoticeChanges,
  sessionNoticeChanges,
  type ConveningNoticeState,
  type NoticeChange,
  type SessionNoticeState,
} from "./notice-changes";

const LONDON = "Europe/London";

const convening: ConveningNoticeState = {
  startsAt: new Date("2030-10-10T08:00:00Z"),
  endsAt: new Date("2030-10-11T16:00:00Z"),
  timeZone: LONDON,
  places: [{ name: "Cardiff City Hall", address: "Cathays Park" }],
  format: "in-person",
  onlineUrl: "",
};

const session: SessionNoticeState = {
  startsAt: new Date("2030-10-10T08:30:00Z"),
  endsAt: new Date("2030-10-10T09:30:00Z"),
  timeZone: LONDON,
  endTimeZone: null,
  room: "Council Chamber",
  placeName: "Cardiff City Hall",
  isCancelled: false,
};

const change = (overrides: Partial<NoticeChange>): NoticeChange => ({
  sessionId: "s1",
  subject: "Opening",
  field: "startsAt",
  from: "2030-10-10T08:30:00.000Z",
  to: "2030-10-10T09:00:00.000Z",
  fromZone: LONDON,
  toZone: LONDON,
  ...overrides,
});

describe("what attendees are told of", () => {
  it("is a convening's dates, place, format and joining link, never its title, themes or limits", () => {
    const after = {
      ...convening,
      startsAt: new Date("2030-10-17T08:00:00Z"),
      places: [{ name: "Bristol City Hall", address: "College Green" }],
      format: "hybrid" as const,
      onlineUrl: "https://meet.example.org/wg",
    };
    expect(conveningNoticeChanges(convening, after, "Working Group")).toEqual([
      {
        sessionId: null,
        subject: "Working Group",
        field: "startsAt",
        from: "2030-10-10T08:00:00.000Z",
        to: "2030-10-17T08:00:00.000Z",
        fromZone: LONDON,
        toZone: LONDON,
      },
      {
        sessionId: null,
        subject: "Working Group",
        field: "places",
        from: "Cardiff City Hall, Cathays Park",
        to: "Bristol City Hall, College Green",
        fromZone: LONDON,
        toZone: LONDON,
      },
      {
        sessionId: null,
        subject: "Working Group",
        field: "format",
        from: "in-person",
        to: "hybrid",
        fromZone: LONDON,
        toZone: LONDON,
      },
      {
        sessionId: null,
        subject: "Working Group",
        field: "onlineUrl",
        from: "",
        to: "https://meet.example.org/wg",
        fromZone: LONDON,
        toZone: LONDON,
      },
    ]);
    expect(conveningNoticeChanges(convening, { ...convening }, "Working Group")).toEqual([]);
  });

  it("is a session's start, end at its own end zone, room and place, and its cancellation", () => {
    const after = {
      ...session,
      endsAt: new Date("2030-10-10T15:00:00Z"),
      endTimeZone: "America/New_York",
      room: "Room 2",
      isCancelled: true,
    };
    expect(
      sessionNoticeChanges("s1", session, after, "Opening").map(({ field, from, to, fromZone, toZone }) => ({
        field,
        from,
        to,
        fromZone,
        toZone,
      })),
    ).toEqual([
      {
        field: "endsAt",
        from: "2030-10-10T09:30:00.000Z",
        to: "2030-10-10T15:00:00.000Z",
        fromZone: LONDON,
        toZone: "America/New_York",
      },
      {
        field: "place",
        from: "Council Chamber, Cardiff City Hall",
        to: "Room 2, Cardiff City Hall",
        fromZone: LONDON,
        toZone: LONDON,
      },
      { field: "status", from: "scheduled", to: "cancelled", fromZone: LONDON, toZone: LONDON },
    ]);
  });

  it("tells people waiting for a place of everything but the joining link", () => {
    expect(
      (["startsAt", "endsAt", "places", "format", "onlineUrl", "place", "status"] as const).map((field) =>
        audienceOf({ field }),
      ),
    ).toEqual(["everyone", "everyone", "everyone", "everyone", "registered", "everyone", "everyone"]);
  });
});

describe("a batch of edits as one notice", () => {
  it("folds repeated edits of a field into one change from the first value to the last", () => {
    const edits = [
      change({ to: "2030-10-10T09:00:00.000Z" }),
      change({ from: "2030-10-10T09:00:00.000Z", to: "2030-10-10T10:00:00.000Z", subject: "Opening (moved)" }),
    ];
    expect(combineChanges(edits)).toEqual([change({ to: "2030-10-10T10:00:00.000Z", subject: "Opening (moved)" })]);
  });

  it("keeps the zone each side was read in when a session moves zone and time in two edits", () => {
    const edits = [
      change({ toZone: "America/New_York", to: "2030-10-10T13:30:00.000Z" }),
      change({ from: "2030-10-10T13:30:00.000Z", fromZone: "America/New_York", toZone: "America/New_York" }),
    ];
    expect(combineChanges(edits)).toEqual([change({ toZone: "America/New_York" })]);
  });

  it("drops a change undone within the batch: a session cancelled and restored, a time moved back", () => {
    const edits = [
      change({ field: "status", from: "scheduled", to: "cancelled" }),
      change({ field: "status", from: "cancelled", to: "scheduled" }),
      change({}),
      change({ from: "2030-10-10T09:00:00.000Z", to: "2030-10-10T08:30:00.000Z" }),
    ];
    expect(combineChanges(edits)).toEqual([]);
  });

  it("lists the convening first, then sessions in the order first changed, each field in a fixed order", () => {
    const edits = [
      change({ sessionId: "s2", field: "place", from: "Room 1", to: "Room 2" }),
      change({ sessionId: "s1" }),
      change({ sessionId: null, field: "format", from: "in-person", to: "hybrid" }),
      change({ sessionId: "s2", field: "startsAt" }),
    ];
    expect(combineChanges(edits).map((item) => `${item.sessionId ?? "convening"} ${item.field}`)).toEqual([
      "convening format",
      "s2 startsAt",
      "s2 place",
      "s1 startsAt",
    ]);
    expect(changedEntries(combineChanges(edits))).toEqual([null, "s2", "s1"]);
  });
});
