import { describe, expect, it } from "vitest";
import { batchDueAt, dayName, describeDelay, digestDay, digestDueAt, digestZone, isDigestDue } from "./notice-timing";

describe("when a batch is due", () => {
  it("is CHANGE_NOTICE_DELAY seconds after its first change, at once for 0", () => {
    const first = new Date("2030-10-10T09:00:00Z");
    expect([batchDueAt(first, 300), batchDueAt(first, 0)]).toEqual([new Date("2030-10-10T09:05:00Z"), first]);
  });

  it("is said in minutes when it is whole minutes, else in seconds", () => {
    expect([300, 60, 90, 45, 1, 0].map(describeDelay)).toEqual([
      "5 minutes",
      "1 minute",
      "90 seconds",
      "45 seconds",
      "1 second",
      "0 seconds",
    ]);
  });
});

describe("when a daily digest is due", () => {
  it("counts a person's days in their own zone, and in UTC when they have none or an unknown one", () => {
    const lateEvening = new Date("2030-06-13T23:30:00Z");
    expect([digestZone("America/New_York"), digestZone(null), digestZone("Nowhere/At_All")]).toEqual([
      "America/New_York",
      "UTC",
      "UTC",
    ]);
    expect([digestDay(lateEvening, "America/New_York"), digestDay(lateEvening, "Europe/London")]).toEqual([
      "2030-06-13",
      "2030-06-14",
    ]);
  });

  it("is 07:00 the next morning at the person's zone, also on the night the clocks go back", () => {
    expect(digestDueAt("2030-06-13", "Europe/London")).toEqual(new Date("2030-06-14T06:00:00Z"));
    // 27 October 2030: UK clocks go back at 02:00, so 07:00 that morning is GMT.
    expect(digestDueAt("2030-10-26", "Europe/London")).toEqual(new Date("2030-10-27T07:00:00Z"));
    expect(digestDueAt("2030-06-13", "UTC")).toEqual(new Date("2030-06-14T07:00:00Z"));
  });

  it("is not due before that moment and due from it", () => {
    const due = new Date("2030-06-14T06:00:00Z");
    expect([
      isDigestDue("2030-06-13", "Europe/London", new Date(due.getTime() - 1)),
      isDigestDue("2030-06-13", "Europe/London", due),
    ]).toEqual([false, true]);
  });
});

describe("a digest day's name", () => {
  it("is the calendar day as written, whatever the zone it was counted in", () => {
    expect([dayName("2030-06-13"), dayName("2030-10-27")]).toEqual(["Thursday 13 June 2030", "Sunday 27 October 2030"]);
  });
});
