import { describe, expect, it } from "vitest";
import {
  agendaWarnings,
  doubleBookingWarnings,
  noBreakWarnings,
  outsideDatesWarnings,
  roomOverlapWarnings,
  type WarningSession,
} from "./warnings";

let counter = 0;
function session(start: string, end: string, overrides: Partial<WarningSession> = {}): WarningSession {
  counter += 1;
  return {
    id: `s${counter}`,
    title: `Session ${counter}`,
    kind: "workshop",
    startsAt: new Date(start),
    endsAt: new Date(end),
    timeZone: "Europe/London",
    room: "",
    placeName: "Town Hall",
    speakers: [],
    isCancelled: false,
    ...overrides,
  };
}

const convening = {
  startsAt: new Date("2030-10-10T08:00:00Z"),
  endsAt: new Date("2030-10-11T16:00:00Z"),
  timeZone: "Europe/London",
};

describe("room overlaps", () => {
  it("warns when two sessions overlap in the same room, ignoring case and spacing", () => {
    const a = session("2030-10-10T09:00:00Z", "2030-10-10T10:00:00Z", { room: "Council Chamber" });
    const b = session("2030-10-10T09:30:00Z", "2030-10-10T10:30:00Z", { room: " council  chamber" });
    const warnings = roomOverlapWarnings([a, b]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].sessionIds).toEqual([a.id, b.id]);
  });

  it("does not warn for back-to-back sessions, different rooms, or a cancelled session", () => {
    const a = session("2030-10-10T09:00:00Z", "2030-10-10T10:00:00Z", { room: "Room 1" });
    const b = session("2030-10-10T10:00:00Z", "2030-10-10T11:00:00Z", { room: "Room 1" });
    const c = session("2030-10-10T09:00:00Z", "2030-10-10T10:00:00Z", { room: "Room 2" });
    const d = session("2030-10-10T09:00:00Z", "2030-10-10T10:00:00Z", { room: "Room 1", isCancelled: true });
    expect(roomOverlapWarnings([a, b, c, d])).toEqual([]);
  });
});

describe("people in two places at once", () => {
  it("warns when a facilitator from the system is in two overlapping sessions", () => {
    const a = session("2030-10-10T09:00:00Z", "2030-10-10T10:00:00Z", { speakers: [{ personId: "p1", name: "Ana" }] });
    const b = session("2030-10-10T09:45:00Z", "2030-10-10T11:00:00Z", { speakers: [{ personId: "p1", name: "Ana" }] });
    expect(doubleBookingWarnings([a, b]).map((warning) => warning.message)).toEqual([
      `Ana is in two places at once: “${a.title}” and “${b.title}” overlap.`,
    ]);
  });

  it("matches guests by name and does not confuse different people", () => {
    const a = session("2030-10-10T09:00:00Z", "2030-10-10T10:00:00Z", {
      speakers: [
        { personId: null, name: "Guest Speaker" },
        { personId: "p2", name: "Ben" },
      ],
    });
    const b = session("2030-10-10T09:30:00Z", "2030-10-10T10:30:00Z", {
      speakers: [
        { personId: null, name: "guest speaker" },
        { personId: "p3", name: "Ben" },
      ],
    });
    const warnings = doubleBookingWarnings([a, b]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/^guest speaker is in two places/);
  });
});

describe("sessions outside the convening's dates", () => {
  it("warns for a session the day before, but not for one early on the first day", () => {
    const before = session("2030-10-09T18:00:00Z", "2030-10-09T19:00:00Z");
    const earlyFirstDay = session("2030-10-10T06:00:00Z", "2030-10-10T07:00:00Z");
    const warnings = outsideDatesWarnings(convening, [before, earlyFirstDay]);
    expect(warnings.map((warning) => warning.sessionIds)).toEqual([[before.id]]);
    expect(warnings[0].message).toMatch(/\(Wed 9 Oct 2030 19:00\) falls outside/);
  });

  it("does not warn for a travel leg that leaves on the last day and arrives the next", () => {
    const flightHome = session("2030-10-11T21:00:00Z", "2030-10-12T08:00:00Z", {
      kind: "travel",
      timeZone: "America/New_York",
    });
    const leavingAfter = session("2030-10-12T09:00:00Z", "2030-10-12T12:00:00Z", { kind: "travel" });
    const warnings = outsideDatesWarnings(convening, [flightHome, leavingAfter]);
    expect(warnings.map((warning) => warning.sessionIds)).toEqual([[leavingAfter.id]]);
  });

  it("judges the last day at the session's own place, not the convening's zone", () => {
    // 22:00 in New York on Fri 11 Oct is 03:00 on Sat 12 Oct in London: still the last day there.
    const eveningInNewYork = session("2030-10-12T01:00:00Z", "2030-10-12T02:00:00Z", {
      timeZone: "America/New_York",
    });
    expect(outsideDatesWarnings(convening, [eveningInNewYork])).toEqual([]);
  });
});

describe("no break for more than four hours", () => {
  it("warns for four and a half hours of back-to-back sessions", () => {
    const sessions = [
      session("2030-10-10T08:00:00Z", "2030-10-10T10:00:00Z"),
      session("2030-10-10T10:00:00Z", "2030-10-10T12:30:00Z"),
    ];
    const warnings = noBreakWarnings(sessions);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toBe("Thursday 10 October has more than 4 hours without a break, from 09:00.");
  });

  it("counts a gap or a break session as a break, and exactly four hours as fine", () => {
    const withGap = [
      session("2030-10-10T08:00:00Z", "2030-10-10T10:00:00Z"),
      session("2030-10-10T10:15:00Z", "2030-10-10T12:30:00Z"),
    ];
    const withBreak = [
      session("2030-10-10T08:00:00Z", "2030-10-10T12:30:00Z"),
      session("2030-10-10T10:00:00Z", "2030-10-10T10:30:00Z", { kind: "break" }),
    ];
    const fourHours = [session("2030-10-10T08:00:00Z", "2030-10-10T12:00:00Z")];
    expect(noBreakWarnings(withGap)).toEqual([]);
    expect(noBreakWarnings(withBreak)).toEqual([]);
    expect(noBreakWarnings(fourHours)).toEqual([]);
  });

  it("still warns when a break only trims the end of a long stretch", () => {
    const sessions = [
      session("2030-10-10T07:00:00Z", "2030-10-10T12:30:00Z"),
      session("2030-10-10T12:00:00Z", "2030-10-10T13:00:00Z", { kind: "meal" }),
    ];
    expect(noBreakWarnings(sessions)).toHaveLength(1);
  });
});

describe("all warnings together", () => {
  it("gives none for a well-planned day", () => {
    const day = [
      session("2030-10-10T08:30:00Z", "2030-10-10T10:00:00Z", {
        room: "Chamber",
        speakers: [{ personId: "p1", name: "Ana" }],
      }),
      session("2030-10-10T10:00:00Z", "2030-10-10T10:30:00Z", { kind: "break" }),
      session("2030-10-10T10:30:00Z", "2030-10-10T12:00:00Z", {
        room: "Chamber",
        speakers: [{ personId: "p1", name: "Ana" }],
      }),
    ];
    expect(agendaWarnings(convening, day)).toEqual([]);
  });
});
