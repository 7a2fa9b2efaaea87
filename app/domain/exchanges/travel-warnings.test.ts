import { describe, expect, it } from "vitest";
import { wallClockToInstant } from "../local-time";
import { MIN_CONNECTION_MINUTES, segmentLabel, travelWarnings, type WarningSegment } from "./travel-warnings";

const LONDON = "Europe/London";
const PITTSBURGH = "America/New_York";

/** The instant of a wall-clock time at a zone, as the segment form reads it. */
function at(date: string, time: string, zone: string): Date {
  const result = wallClockToInstant(date, time, zone);
  if (!result.ok) throw new Error(result.message);
  return result.instant;
}

// 16 March 2024: the US moved to summer time on 10 March, the UK only on 31 March, so London is
// four hours ahead of Pittsburgh that weekend instead of five.
const flightOut: WarningSegment = {
  id: "out",
  mode: "flight",
  carrier: "British Airways",
  number: "BA 231",
  from: { place: "London Heathrow", timeZone: LONDON },
  to: { place: "Pittsburgh", timeZone: PITTSBURGH },
  departsAt: at("2024-03-16", "11:00", LONDON),
  arrivesAt: at("2024-03-16", "14:35", PITTSBURGH),
  personIds: ["ada"],
  isForEveryone: false,
};
const flightBack: WarningSegment = {
  ...flightOut,
  id: "back",
  number: "BA 232",
  from: { place: "Washington Dulles", timeZone: PITTSBURGH },
  to: { place: "London Heathrow", timeZone: LONDON },
  departsAt: at("2024-03-22", "18:00", PITTSBURGH),
  arrivesAt: at("2024-03-23", "06:30", LONDON),
};

const exchange = {
  startsAt: at("2024-03-16", "09:00", PITTSBURGH),
  endsAt: at("2024-03-22", "17:00", PITTSBURGH),
  timeZone: PITTSBURGH,
};
const ada = { personId: "ada", name: "Ada Okafor" };

function session(title: string, date: string, start: string, end: string, kind = "plenary") {
  return {
    title,
    kind,
    startsAt: at(date, start, PITTSBURGH),
    endsAt: at(date, end, PITTSBURGH),
    timeZone: PITTSBURGH,
    endTimeZone: null,
    isCancelled: false,
  };
}

const closing = session("Closing roundtable", "2024-03-22", "14:00", "16:00");

describe("a flight London → Pittsburgh on the weekend the UK and US clocks differ", () => {
  it("takes 7 hours 35 minutes: 11:00 GMT is 07:00 in Pittsburgh, not 06:00", () => {
    expect(flightOut.departsAt.toISOString()).toBe("2024-03-16T11:00:00.000Z");
    expect(flightOut.arrivesAt.toISOString()).toBe("2024-03-16T18:35:00.000Z");
  });

  it("arrives in time for a first session at 15:00 EDT", () => {
    const warnings = travelWarnings({
      exchange,
      sessions: [session("Welcome", "2024-03-16", "15:00", "16:00"), closing],
      delegates: [ada],
      segments: [flightOut, flightBack],
    });
    expect(warnings).toEqual([]);
  });

  it("arrives after a first session at 14:00 EDT, said in each place's own time", () => {
    const warnings = travelWarnings({
      exchange,
      sessions: [session("Welcome", "2024-03-16", "14:00", "15:00"), closing],
      delegates: [ada],
      segments: [flightOut, flightBack],
    });
    expect(warnings).toEqual([
      {
        kind: "arrives-after-first-session",
        personId: "ada",
        segmentId: "out",
        message:
          "Ada Okafor arrives in Pittsburgh Sat 16 Mar 14:35 EDT, after the first session (“Welcome”, Sat 16 Mar 14:00 EDT).",
      },
    ]);
  });

  it("leaves 45 minutes for a coach at 15:20 EDT: a connection under an hour", () => {
    const coach: WarningSegment = {
      id: "coach",
      mode: "coach",
      carrier: "Megabus",
      number: "",
      from: { place: "Pittsburgh airport", timeZone: PITTSBURGH },
      to: { place: "Downtown Pittsburgh", timeZone: PITTSBURGH },
      departsAt: at("2024-03-16", "15:20", PITTSBURGH),
      arrivesAt: at("2024-03-16", "16:00", PITTSBURGH),
      personIds: [],
      isForEveryone: true,
    };
    const warnings = travelWarnings({
      exchange,
      sessions: [session("Welcome", "2024-03-16", "17:00", "18:00"), closing],
      delegates: [ada],
      segments: [coach, flightBack, flightOut],
    });
    expect(warnings).toEqual([
      {
        kind: "short-connection",
        personId: "ada",
        segmentId: "coach",
        message: `Ada Okafor has 45 minutes to connect: Flight British Airways BA 231 London Heathrow → Pittsburgh arrives Sat 16 Mar 14:35 EDT and Coach Megabus Pittsburgh airport → Downtown Pittsburgh departs Sat 16 Mar 15:20 EDT. Allow at least ${MIN_CONNECTION_MINUTES} minutes.`,
      },
    ]);
  });
});

describe("the way there and back", () => {
  const sessions = [session("Welcome", "2024-03-18", "09:00", "10:00"), closing];

  it("warns of a delegate with no way back, and of one with no travel at all", () => {
    const bo = { personId: "bo", name: "Bo Lindqvist" };
    const warnings = travelWarnings({ exchange, sessions, delegates: [ada, bo], segments: [flightOut] });
    expect(warnings.map(({ kind, personId, segmentId }) => [kind, personId, segmentId])).toEqual([
      ["no-way-back", "ada", null],
      ["no-way-there", "bo", null],
      ["no-way-back", "bo", null],
    ]);
    expect(warnings[0].message).toBe(
      "Ada Okafor has no way back: no travel departs after the last session (“Closing roundtable”, Fri 22 Mar 16:00 EDT).",
    );
  });

  it("warns of a return that leaves before the last session ends", () => {
    const early = { ...flightBack, departsAt: at("2024-03-22", "15:30", PITTSBURGH) };
    const warnings = travelWarnings({ exchange, sessions, delegates: [ada], segments: [flightOut, early] });
    expect(warnings).toEqual([
      {
        kind: "leaves-before-last-session",
        personId: "ada",
        segmentId: "back",
        message:
          "Ada Okafor leaves Washington Dulles Fri 22 Mar 15:30 EDT, before the last session ends (“Closing roundtable”, Fri 22 Mar 16:00 EDT).",
      },
    ]);
  });

  it("counts a segment for everyone for every delegate, and ignores travel legs and cancelled sessions", () => {
    const groupBack = { ...flightBack, personIds: [], isForEveryone: true };
    const warnings = travelWarnings({
      exchange,
      sessions: [
        { ...session("Cancelled breakfast", "2024-03-16", "08:00", "09:00"), isCancelled: true },
        session("Coach to Washington", "2024-03-20", "08:00", "12:00", "travel"),
        ...sessions,
      ],
      delegates: [ada],
      segments: [flightOut, groupBack],
    });
    expect(warnings).toEqual([]);
  });

  it("uses the exchange's own start and end when the agenda has no sessions yet", () => {
    const warnings = travelWarnings({ exchange, sessions: [], delegates: [ada], segments: [] });
    expect(warnings.map((warning) => warning.message)).toEqual([
      "Ada Okafor has no way there: no travel arrives by the first session (the start of the exchange, Sat 16 Mar 09:00 EDT).",
      "Ada Okafor has no way back: no travel departs after the last session (the end of the exchange, Fri 22 Mar 17:00 EDT).",
    ]);
  });

  it("says when a segment departs before the one before it arrives", () => {
    const overlapping: WarningSegment = {
      ...flightOut,
      id: "train",
      mode: "train",
      carrier: "Amtrak",
      number: "43",
      from: { place: "Pittsburgh", timeZone: PITTSBURGH },
      to: { place: "Washington Union Station", timeZone: PITTSBURGH },
      departsAt: at("2024-03-16", "14:00", PITTSBURGH),
      arrivesAt: at("2024-03-16", "22:00", PITTSBURGH),
    };
    const warnings = travelWarnings({
      exchange,
      sessions,
      delegates: [ada],
      segments: [flightOut, overlapping, flightBack],
    });
    expect(warnings.map((warning) => warning.message)).toEqual([
      "Ada Okafor: Train Amtrak 43 Pittsburgh → Washington Union Station departs Sat 16 Mar 14:00 EDT, before Flight British Airways BA 231 London Heathrow → Pittsburgh arrives Sat 16 Mar 14:35 EDT.",
    ]);
  });
});

describe("segmentLabel", () => {
  it("names the mode, carrier and number, then the way", () => {
    expect(segmentLabel({ ...flightOut, carrier: "", number: "" })).toBe("Flight London Heathrow → Pittsburgh");
  });
});
