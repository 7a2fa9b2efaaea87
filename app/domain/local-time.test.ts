import { describe, expect, it } from "vitest";
import {
  durationMinutes,
  formatDateRange,
  formatDayHeading,
  formatLocalTime,
  formatWithViewerTime,
  instantToWallClock,
  isCalendarDay,
  isValidTimeZone,
  localDayKey,
  wallClockToInstant,
  type WallClockResult,
} from "./local-time";

const LONDON = "Europe/London";
const NEW_YORK = "America/New_York";

const utc = (iso: string) => new Date(iso);

function instantOf(result: WallClockResult): string {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}: ${result.message}`);
  return result.instant.toISOString();
}

describe("isValidTimeZone", () => {
  it.each(["Europe/London", "America/New_York", "UTC", "Asia/Kolkata"])("accepts the IANA zone %s", (zone) =>
    expect(isValidTimeZone(zone)).toBe(true),
  );

  it.each(["", "Mars/Olympus", "UTC+1", "GMT+01:00", "+01:00", "America/New York", " Europe/London"])(
    "rejects %j, which is not an IANA zone name",
    (zone) => expect(isValidTimeZone(zone)).toBe(false),
  );

  it("asks the runtime once per zone name: a feed's thousands of events build no time formatter each", () => {
    const times = () => {
      for (let event = 0; event < 500; event += 1) {
        isValidTimeZone("Europe/Berlin");
        wallClockToInstant("2026-06-10", "09:30", "Europe/Berlin");
      }
    };
    times();
    const Original = Intl.DateTimeFormat;
    let built = 0;
    // Counts constructions and hands back real formatters, so luxon works as ever.
    Intl.DateTimeFormat = new Proxy(Original, {
      construct: (target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) => {
        built += 1;
        return new target(...args);
      },
    });
    try {
      times();
    } finally {
      Intl.DateTimeFormat = Original;
    }
    expect(built).toBe(0);
  });
});

describe("wallClockToInstant: ordinary times", () => {
  it("converts 09:30 on 2018-05-21 in New York (EDT, UTC-4) to 13:30Z", () => {
    const result = wallClockToInstant("2018-05-21", "09:30", NEW_YORK);
    expect(result).toEqual({ ok: true, instant: utc("2018-05-21T13:30:00Z"), ambiguous: false });
  });

  it("converts 10:00 in London to 10:00Z the day before the 2019 spring change and 09:00Z on the day", () => {
    expect(instantOf(wallClockToInstant("2019-03-30", "10:00", LONDON))).toBe("2019-03-30T10:00:00.000Z");
    expect(instantOf(wallClockToInstant("2019-03-31", "10:00", LONDON))).toBe("2019-03-31T09:00:00.000Z");
  });

  it("converts 10:00 in London to 09:00Z the day before the 2019 autumn change and 10:00Z on the day", () => {
    expect(instantOf(wallClockToInstant("2019-10-26", "10:00", LONDON))).toBe("2019-10-26T09:00:00.000Z");
    expect(instantOf(wallClockToInstant("2019-10-27", "10:00", LONDON))).toBe("2019-10-27T10:00:00.000Z");
  });

  it("uses EDT in New York during the weeks when the US is already on summer time but the UK is not", () => {
    expect(instantOf(wallClockToInstant("2019-03-20", "10:00", NEW_YORK))).toBe("2019-03-20T14:00:00.000Z");
    expect(instantOf(wallClockToInstant("2019-03-20", "10:00", LONDON))).toBe("2019-03-20T10:00:00.000Z");
  });

  it("accepts 29 February in a leap year", () => {
    expect(instantOf(wallClockToInstant("2020-02-29", "12:00", LONDON))).toBe("2020-02-29T12:00:00.000Z");
  });

  it("does not flag ordinary times as ambiguous or attach a note", () => {
    const result = wallClockToInstant("2018-05-21", "09:30", LONDON);
    expect(result.ok && result.ambiguous).toBe(false);
    expect(result.ok && result.offsetNote).toBeUndefined();
  });
});

describe("wallClockToInstant: spring-forward gaps are refused", () => {
  it.each([
    // [date, time in the gap, zone, last minute before the gap → UTC, first minute after it → UTC]
    ["2018-03-25", "01:30", LONDON, ["00:59", "2018-03-25T00:59:00.000Z"], ["02:00", "2018-03-25T01:00:00.000Z"]],
    ["2019-03-31", "01:30", LONDON, ["00:59", "2019-03-31T00:59:00.000Z"], ["02:00", "2019-03-31T01:00:00.000Z"]],
    ["2020-03-29", "01:00", LONDON, ["00:59", "2020-03-29T00:59:00.000Z"], ["02:00", "2020-03-29T01:00:00.000Z"]],
    ["2018-03-11", "02:30", NEW_YORK, ["01:59", "2018-03-11T06:59:00.000Z"], ["03:00", "2018-03-11T07:00:00.000Z"]],
    ["2019-03-10", "02:00", NEW_YORK, ["01:59", "2019-03-10T06:59:00.000Z"], ["03:00", "2019-03-10T07:00:00.000Z"]],
    ["2020-03-08", "02:59", NEW_YORK, ["01:59", "2020-03-08T06:59:00.000Z"], ["03:00", "2020-03-08T07:00:00.000Z"]],
  ] as const)(
    "refuses %s %s in %s as nonexistent while the minutes either side of the gap convert",
    (date, time, zone, [beforeTime, beforeUtc], [afterTime, afterUtc]) => {
      const result = wallClockToInstant(date, time, zone);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toBe("nonexistent");
      expect(instantOf(wallClockToInstant(date, beforeTime, zone))).toBe(beforeUtc);
      expect(instantOf(wallClockToInstant(date, afterTime, zone))).toBe(afterUtc);
    },
  );

  it("explains the London 2019 gap with the jump, the zone names and the valid alternatives", () => {
    expect(wallClockToInstant("2019-03-31", "01:30", LONDON)).toEqual({
      ok: false,
      reason: "nonexistent",
      message:
        "01:30 on 31 March 2019 does not exist in Europe/London: clocks go forward from 01:00 to 02:00 (GMT to BST). Choose a time before 01:00 or from 02:00.",
    });
  });

  it("explains the New York 2018 gap as a jump from 02:00 EST to 03:00 EDT", () => {
    const result = wallClockToInstant("2018-03-11", "02:30", NEW_YORK);
    expect(!result.ok && result.message).toBe(
      "02:30 on 11 March 2018 does not exist in America/New_York: clocks go forward from 02:00 to 03:00 (EST to EDT). Choose a time before 02:00 or from 03:00.",
    );
  });

  it("still refuses a gap time when preferLaterOffset is set", () => {
    const result = wallClockToInstant("2019-03-31", "01:30", LONDON, { preferLaterOffset: true });
    expect(!result.ok && result.reason).toBe("nonexistent");
  });

  it("refuses a whole skipped calendar day (Samoa, 30 December 2011) and names both dates", () => {
    const result = wallClockToInstant("2011-12-30", "12:00", "Pacific/Apia");
    expect(!result.ok && result.reason).toBe("nonexistent");
    expect(!result.ok && result.message).toContain(
      "clocks go forward from 00:00 on 30 December 2011 to 00:00 on 31 December 2011",
    );
  });
});

describe("wallClockToInstant: autumn repeated hour resolves explicitly", () => {
  it.each([
    // [date, time, zone, earlier (summer time) instant, later (standard time) instant]
    ["2018-10-28", "01:30", LONDON, "2018-10-28T00:30:00.000Z", "2018-10-28T01:30:00.000Z"],
    ["2019-10-27", "01:30", LONDON, "2019-10-27T00:30:00.000Z", "2019-10-27T01:30:00.000Z"],
    ["2020-10-25", "01:00", LONDON, "2020-10-25T00:00:00.000Z", "2020-10-25T01:00:00.000Z"],
    ["2018-11-04", "01:30", NEW_YORK, "2018-11-04T05:30:00.000Z", "2018-11-04T06:30:00.000Z"],
    ["2019-11-03", "01:00", NEW_YORK, "2019-11-03T05:00:00.000Z", "2019-11-03T06:00:00.000Z"],
    ["2020-11-01", "01:59", NEW_YORK, "2020-11-01T05:59:00.000Z", "2020-11-01T06:59:00.000Z"],
  ])(
    "resolves %s %s in %s to the earlier instant by default and the later with preferLaterOffset, one hour apart",
    (date, time, zone, earlier, later) => {
      const byDefault = wallClockToInstant(date, time, zone);
      const preferLater = wallClockToInstant(date, time, zone, { preferLaterOffset: true });
      expect(instantOf(byDefault)).toBe(earlier);
      expect(instantOf(preferLater)).toBe(later);
      expect(byDefault.ok && byDefault.ambiguous).toBe(true);
      expect(preferLater.ok && preferLater.ambiguous).toBe(true);
      if (byDefault.ok && preferLater.ok) {
        expect(preferLater.instant.getTime() - byDefault.instant.getTime()).toBe(60 * 60 * 1000);
      }
    },
  );

  it("notes which London occurrence was used: BST by default, GMT when the later is preferred", () => {
    const byDefault = wallClockToInstant("2018-10-28", "01:30", LONDON);
    const preferLater = wallClockToInstant("2018-10-28", "01:30", LONDON, { preferLaterOffset: true });
    expect(byDefault.ok && byDefault.offsetNote).toBe(
      "01:30 occurs twice on 28 October 2018 in Europe/London; using 01:30 BST (UTC+1)",
    );
    expect(preferLater.ok && preferLater.offsetNote).toBe(
      "01:30 occurs twice on 28 October 2018 in Europe/London; using 01:30 GMT (UTC+0)",
    );
  });

  it("notes which New York occurrence was used: EDT by default, EST when the later is preferred", () => {
    const byDefault = wallClockToInstant("2018-11-04", "01:30", NEW_YORK);
    const preferLater = wallClockToInstant("2018-11-04", "01:30", NEW_YORK, { preferLaterOffset: true });
    expect(byDefault.ok && byDefault.offsetNote).toBe(
      "01:30 occurs twice on 4 November 2018 in America/New_York; using 01:30 EDT (UTC-4)",
    );
    expect(preferLater.ok && preferLater.offsetNote).toBe(
      "01:30 occurs twice on 4 November 2018 in America/New_York; using 01:30 EST (UTC-5)",
    );
  });

  it("treats the minutes just outside the repeated hour as unambiguous", () => {
    const justBefore = wallClockToInstant("2020-10-25", "00:59", LONDON);
    const justAfter = wallClockToInstant("2020-10-25", "02:00", LONDON);
    expect(justBefore).toEqual({ ok: true, instant: utc("2020-10-24T23:59:00Z"), ambiguous: false });
    expect(justAfter).toEqual({ ok: true, instant: utc("2020-10-25T02:00:00Z"), ambiguous: false });
  });
});

describe("wallClockToInstant: invalid input", () => {
  it.each([
    ["2019-02-28", "25:00"],
    ["2019-02-28", "24:00"],
    ["2019-02-28", "10:60"],
    ["2019-02-30", "10:00"],
    ["2019-02-29", "10:00"],
    ["2019-13-01", "10:00"],
    ["2019-2-3", "10:00"],
    ["abc", "10:00"],
    ["2019-02-28", "abc"],
    ["", ""],
  ])("rejects date %j time %j as invalid-format with a message naming the input", (date, time) => {
    const result = wallClockToInstant(date, time, LONDON);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe("invalid-format");
    expect(!result.ok && result.message).toContain(`"${date} ${time}"`);
    expect(!result.ok && result.message).toContain("YYYY-MM-DD");
  });

  it.each(["Mars/Olympus", "", "UTC+1"])("rejects zone %j as invalid-zone", (zone) => {
    const result = wallClockToInstant("2019-02-28", "10:00", zone);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe("invalid-zone");
    expect(!result.ok && result.message).toContain(`"${zone}" is not a recognised IANA time zone`);
  });
});

describe("instantToWallClock", () => {
  it("gives the place wall clock of 13:30Z on 2018-05-21 as 09:30 in New York and 14:30 in London", () => {
    expect(instantToWallClock(utc("2018-05-21T13:30:00Z"), NEW_YORK)).toEqual({ date: "2018-05-21", time: "09:30" });
    expect(instantToWallClock(utc("2018-05-21T13:30:00Z"), LONDON)).toEqual({ date: "2018-05-21", time: "14:30" });
  });

  it("gives the place calendar date, not the UTC one, for a late-evening New York time", () => {
    expect(instantToWallClock(utc("2018-05-22T02:15:00Z"), NEW_YORK)).toEqual({ date: "2018-05-21", time: "22:15" });
  });

  it("shows both occurrences of the repeated hour as the same wall clock", () => {
    expect(instantToWallClock(utc("2018-10-28T00:30:00Z"), LONDON)).toEqual({ date: "2018-10-28", time: "01:30" });
    expect(instantToWallClock(utc("2018-10-28T01:30:00Z"), LONDON)).toEqual({ date: "2018-10-28", time: "01:30" });
  });

  it("round-trips every quarter hour across all twelve UK and US change days", () => {
    const changeDays: [string, string][] = [
      ["2018-03-25", LONDON],
      ["2018-10-28", LONDON],
      ["2019-03-31", LONDON],
      ["2019-10-27", LONDON],
      ["2020-03-29", LONDON],
      ["2020-10-25", LONDON],
      ["2018-03-11", NEW_YORK],
      ["2018-11-04", NEW_YORK],
      ["2019-03-10", NEW_YORK],
      ["2019-11-03", NEW_YORK],
      ["2020-03-08", NEW_YORK],
      ["2020-11-01", NEW_YORK],
    ];
    let checked = 0;
    for (const [day, zone] of changeDays) {
      const start = new Date(`${day}T00:00:00Z`).getTime() - 12 * 3_600_000;
      for (let t = start; t < start + 48 * 3_600_000; t += 15 * 60_000) {
        const instant = new Date(t);
        const { date, time } = instantToWallClock(instant, zone);
        const first = wallClockToInstant(date, time, zone);
        const second = wallClockToInstant(date, time, zone, { preferLaterOffset: true });
        const candidates = [first, second].map(instantOf);
        expect(candidates).toContain(instant.toISOString());
        checked++;
      }
    }
    expect(checked).toBe(12 * 192);
  });

  it("throws on an unknown zone or an invalid Date rather than guessing", () => {
    expect(() => instantToWallClock(utc("2018-05-21T13:30:00Z"), "Mars/Olympus")).toThrow(RangeError);
    expect(() => instantToWallClock(new Date("not a date"), LONDON)).toThrow(RangeError);
  });
});

describe("formatLocalTime", () => {
  it.each([
    ["2018-05-21T14:00:00Z", NEW_YORK, "10:00 EDT"],
    ["2018-01-15T15:00:00Z", NEW_YORK, "10:00 EST"],
    ["2018-05-21T14:00:00Z", LONDON, "15:00 BST"],
    ["2018-12-03T09:00:00Z", LONDON, "09:00 GMT"],
    ["2018-05-21T08:00:00Z", "Europe/Paris", "10:00 CEST"],
    ["2018-05-21T00:00:00Z", "Australia/Sydney", "10:00 AEST"],
    ["2018-05-21T09:00:00Z", "UTC", "09:00 UTC"],
  ])("formats %s in %s with its short zone name as %j", (iso, zone, expected) => {
    expect(formatLocalTime(utc(iso), zone)).toBe(expected);
  });

  it.each([
    ["2018-05-21T04:30:00Z", "Asia/Kolkata", "10:00 UTC+5:30"],
    ["2018-05-21T01:00:00Z", "Asia/Tokyo", "10:00 UTC+9"],
    ["2018-05-21T13:00:00Z", "America/Sao_Paulo", "10:00 UTC-3"],
  ])("falls back to a UTC offset for %s in %s, which has no common abbreviation: %j", (iso, zone, expected) => {
    expect(formatLocalTime(utc(iso), zone)).toBe(expected);
  });

  it("labels the two occurrences of 01:30 on 2018-10-28 in London as BST then GMT", () => {
    expect(formatLocalTime(utc("2018-10-28T00:30:00Z"), LONDON)).toBe("01:30 BST");
    expect(formatLocalTime(utc("2018-10-28T01:30:00Z"), LONDON)).toBe("01:30 GMT");
  });
});

describe("formatWithViewerTime", () => {
  const at = utc("2018-05-21T13:30:00Z");

  it('adds the London viewer time to a New York meeting: "09:30 EDT · 14:30 BST"', () => {
    expect(formatWithViewerTime(at, NEW_YORK, LONDON)).toBe("09:30 EDT · 14:30 BST");
  });

  it("shows the four-hour difference (not five) in the weeks the US and UK changes are out of step", () => {
    expect(formatWithViewerTime(utc("2019-03-20T14:00:00Z"), NEW_YORK, LONDON)).toBe("10:00 EDT · 14:00 GMT");
  });

  it("shows only the place time when the viewer is in the same zone", () => {
    expect(formatWithViewerTime(at, NEW_YORK, NEW_YORK)).toBe("09:30 EDT");
  });

  it("shows only the place time when the viewer zone has the same offset at that instant", () => {
    expect(formatWithViewerTime(at, LONDON, "Europe/Lisbon")).toBe("14:30 BST");
  });

  it.each([undefined, null, "", "Mars/Olympus"])("shows only the place time when the viewer zone is %j", (viewer) => {
    expect(formatWithViewerTime(at, NEW_YORK, viewer)).toBe("09:30 EDT");
  });
});

describe("formatDayHeading and localDayKey", () => {
  it('heads 13:30Z on 2018-05-21 in New York as "Monday 21 May 2018" with key "2018-05-21"', () => {
    expect(formatDayHeading(utc("2018-05-21T13:30:00Z"), NEW_YORK)).toBe("Monday 21 May 2018");
    expect(localDayKey(utc("2018-05-21T13:30:00Z"), NEW_YORK)).toBe("2018-05-21");
  });

  it("groups a 23:30 New York session under the New York day even though it is the next day in UTC and London", () => {
    const lateSession = utc("2018-05-22T03:30:00Z");
    expect(localDayKey(lateSession, NEW_YORK)).toBe("2018-05-21");
    expect(formatDayHeading(lateSession, NEW_YORK)).toBe("Monday 21 May 2018");
    expect(localDayKey(lateSession, LONDON)).toBe("2018-05-22");
    expect(formatDayHeading(lateSession, LONDON)).toBe("Tuesday 22 May 2018");
  });

  it("keeps both occurrences of the repeated London hour on the change day", () => {
    expect(localDayKey(utc("2018-10-28T00:30:00Z"), LONDON)).toBe("2018-10-28");
    expect(localDayKey(utc("2018-10-28T01:30:00Z"), LONDON)).toBe("2018-10-28");
    expect(formatDayHeading(utc("2018-10-28T01:30:00Z"), LONDON)).toBe("Sunday 28 October 2018");
  });
});

describe("formatDateRange", () => {
  it.each([
    ["2018-10-11T08:00:00Z", "2018-10-11T16:00:00Z", LONDON, "11 October 2018"],
    ["2017-10-19T08:00:00Z", "2017-10-20T16:00:00Z", LONDON, "19–20 October 2017"],
    ["2018-05-21T13:00:00Z", "2018-05-25T21:00:00Z", NEW_YORK, "21–25 May 2018"],
    ["2019-02-28T09:00:00Z", "2019-03-01T17:00:00Z", LONDON, "28 February – 1 March 2019"],
    ["2019-12-30T09:00:00Z", "2020-01-02T17:00:00Z", LONDON, "30 December 2019 – 2 January 2020"],
  ])("formats %s to %s in %s as %j", (start, end, zone, expected) => {
    expect(formatDateRange(utc(start), utc(end), zone)).toBe(expected);
  });

  it("uses the place calendar: an evening New York end is still 25 May there but 26 May in London", () => {
    const start = utc("2018-05-21T13:00:00Z");
    const end = utc("2018-05-26T02:00:00Z");
    expect(formatDateRange(start, end, NEW_YORK)).toBe("21–25 May 2018");
    expect(formatDateRange(start, end, LONDON)).toBe("21–26 May 2018");
  });

  it("throws when the end is before the start", () => {
    expect(() => formatDateRange(utc("2018-05-25T10:00:00Z"), utc("2018-05-21T10:00:00Z"), LONDON)).toThrow(RangeError);
  });
});

describe("durationMinutes", () => {
  it("measures 09:00–10:30 as 90 minutes", () => {
    expect(durationMinutes(utc("2018-05-21T13:00:00Z"), utc("2018-05-21T14:30:00Z"))).toBe(90);
  });

  it("counts elapsed time, so London 00:00–03:00 is 240 minutes on the autumn change night", () => {
    const start = wallClockToInstant("2018-10-28", "00:00", LONDON);
    const end = wallClockToInstant("2018-10-28", "03:00", LONDON);
    if (!start.ok || !end.ok) throw new Error("expected valid times");
    expect(durationMinutes(start.instant, end.instant)).toBe(240);
  });

  it("counts elapsed time, so New York 00:00–04:00 is 180 minutes on the spring change night", () => {
    const start = wallClockToInstant("2019-03-10", "00:00", NEW_YORK);
    const end = wallClockToInstant("2019-03-10", "04:00", NEW_YORK);
    if (!start.ok || !end.ok) throw new Error("expected valid times");
    expect(durationMinutes(start.instant, end.instant)).toBe(180);
  });

  it("is negative when the end is before the start and zero for equal instants", () => {
    expect(durationMinutes(utc("2018-05-21T14:30:00Z"), utc("2018-05-21T13:00:00Z"))).toBe(-90);
    expect(durationMinutes(utc("2018-05-21T13:00:00Z"), utc("2018-05-21T13:00:00Z"))).toBe(0);
  });

  it("throws on an invalid Date", () => {
    expect(() => durationMinutes(new Date("nope"), utc("2018-05-21T13:00:00Z"))).toThrow(RangeError);
  });
});

describe("isCalendarDay", () => {
  it("accepts a real day written YYYY-MM-DD and nothing else", () => {
    expect(["2024-02-29", "2027-12-31", " 2027-01-01 "].map(isCalendarDay)).toEqual([true, true, true]);
    expect(
      ["2023-02-29", "2027-13-01", "2027-00-10", "2027-04-31", "27-04-30", "30/04/2027", ""].map(isCalendarDay),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});

describe("dates in Welsh", () => {
  it("names the day and months in cy-GB when asked, English by default", () => {
    const monday = utc("2018-05-21T13:30:00Z");
    expect(formatDayHeading(monday, LONDON, "cy-GB")).toBe("Dydd Llun 21 Mai 2018");
    expect(formatDateRange(utc("2019-02-28T10:00:00Z"), utc("2019-03-01T10:00:00Z"), LONDON, "cy-GB")).toBe(
      "28 Chwefror – 1 Mawrth 2019",
    );
    expect(formatDayHeading(monday, LONDON)).toBe("Monday 21 May 2018");
  });
});
