import { parseWithZod } from "@conform-to/zod/v3";
import { describe, expect, it } from "vitest";
import { segmentFormSchema, segmentFormValues, ZONE_CHOICE_MESSAGE, type SegmentFormOptions } from "./segment-form";

const options: SegmentFormOptions = {
  exchange: {
    startsAt: new Date("2024-03-18T13:00:00Z"),
    endsAt: new Date("2024-03-22T21:00:00Z"),
    timeZone: "America/New_York",
  },
  travellerIds: ["64b000000000000000000001", "64b000000000000000000002"],
  travelSessionIds: ["64b0000000000000000000aa"],
  canBookForEveryone: false,
};

const fields = {
  segmentId: "",
  revision: "",
  mode: "flight",
  carrier: "British Airways",
  number: "BA 231",
  fromPlace: "London Heathrow",
  fromTimeZone: "Europe/London",
  departDate: "2024-03-16",
  departTime: "11:00",
  toPlace: "Pittsburgh",
  toTimeZone: "America/New_York",
  arriveDate: "2024-03-16",
  arriveTime: "14:35",
  personIds: "64b000000000000000000001",
  bookingReference: "X7Q2PL",
  sessionId: "",
};

function submit(overrides: Record<string, string> = {}, formOptions = options) {
  const formData = new FormData();
  for (const [name, value] of Object.entries({ ...fields, ...overrides })) formData.append(name, value);
  return parseWithZod(formData, { schema: segmentFormSchema(formOptions) });
}

function errorsOf(submission: ReturnType<typeof submit>) {
  if (submission.status === "success") return {};
  return Object.fromEntries(Object.entries(submission.error ?? {}).map(([name, messages]) => [name, messages?.[0]]));
}

describe("the segment form", () => {
  it("reads London and Pittsburgh times at their own zones on the weekend the clocks differ by four hours", () => {
    const submission = submit();
    if (submission.status !== "success") throw new Error(JSON.stringify(submission.error));
    expect(submission.value.segment).toEqual({
      mode: "flight",
      carrier: "British Airways",
      number: "BA 231",
      from: { place: "London Heathrow", timeZone: "Europe/London" },
      to: { place: "Pittsburgh", timeZone: "America/New_York" },
      departsAt: new Date("2024-03-16T11:00:00Z"),
      arrivesAt: new Date("2024-03-16T18:35:00Z"),
      personIds: ["64b000000000000000000001"],
      isForEveryone: false,
      bookingReference: "X7Q2PL",
      sessionId: null,
    });
  });

  it("refuses a departure in the hour the clocks skip, at the departure time", () => {
    // UK clocks go forward from 01:00 to 02:00 on 31 March 2024: 01:30 never happens in London.
    const submission = submit({ departDate: "2024-03-31", departTime: "01:30", arriveDate: "2024-03-31" });
    expect(errorsOf(submission)).toEqual({
      departTime:
        "01:30 on 31 March 2024 does not exist in Europe/London: clocks go forward from 01:00 to 02:00 (GMT to BST). Choose a time before 01:00 or from 02:00.",
    });
  });

  it("refuses an arrival before the departure, in both places' times", () => {
    const submission = submit({ arriveTime: "06:30" });
    expect(errorsOf(submission)).toEqual({
      arriveTime:
        "The arrival (Sat 16 Mar 06:30 EDT) must be after the departure (Sat 16 Mar 11:00 GMT, which is Sat 16 Mar 07:00 EDT at the arrival)",
    });
  });

  it("says which hour it used for a time that happens twice", () => {
    // US clocks go back from 02:00 to 01:00 on 3 November 2024: 01:30 happens twice in New York.
    const november = {
      ...options,
      exchange: {
        startsAt: new Date("2024-11-04T14:00:00Z"),
        endsAt: new Date("2024-11-08T22:00:00Z"),
        timeZone: "America/New_York",
      },
    };
    const submission = submit(
      {
        fromPlace: "Pittsburgh",
        fromTimeZone: "America/New_York",
        departDate: "2024-11-03",
        departTime: "01:30",
        toPlace: "Washington",
        arriveDate: "2024-11-03",
        arriveTime: "06:00",
      },
      november,
    );
    if (submission.status !== "success") throw new Error(JSON.stringify(submission.error));
    expect([submission.value.segment.departsAt, submission.value.notes]).toEqual([
      new Date("2024-11-03T05:30:00Z"),
      ["Departure: 01:30 occurs twice on 3 November 2024 in America/New_York; using 01:30 EDT (UTC-4)"],
    ]);
  });

  it("refuses a departure far from the exchange, a typo in a date", () => {
    expect(errorsOf(submit({ departDate: "2023-03-16", arriveDate: "2023-03-16" }))).toEqual({
      departDate:
        "The departure is more than 14 days from the exchange (18 March 2024 to 22 March 2024): check the date",
    });
  });

  it("refuses a zone typed freely, a segment with nobody on it, and travel for everyone from a representative", () => {
    expect(errorsOf(submit({ toTimeZone: "EST", personIds: "", isForEveryone: "on" }))).toEqual({
      toTimeZone: ZONE_CHOICE_MESSAGE,
      isForEveryone: "Only the programme team books travel for everyone",
    });
    expect(errorsOf(submit({ personIds: "" }))).toEqual({
      personIds: "Choose who travels on it, or make it for everyone",
    });
    expect(errorsOf(submit({ personIds: "64b0000000000000000000ff" }))).toEqual({
      personIds: "Choose delegates from the list",
    });
  });

  it("accepts a zone in another case, stored as the list spells it, and travel for everyone from a manager", () => {
    const submission = submit(
      { fromTimeZone: "europe/london", personIds: "", isForEveryone: "on" },
      { ...options, canBookForEveryone: true },
    );
    if (submission.status !== "success") throw new Error(JSON.stringify(submission.error));
    expect([submission.value.segment.from.timeZone, submission.value.segment.isForEveryone]).toEqual([
      "Europe/London",
      true,
    ]);
  });

  it("fills the edit form with each end's local time", () => {
    const values = segmentFormValues(
      {
        id: "64b0000000000000000000bb",
        conveningId: "64b0000000000000000000cc",
        revision: 3,
        mode: "flight",
        carrier: "British Airways",
        number: "BA 231",
        from: { place: "London Heathrow", timeZone: "Europe/London" },
        to: { place: "Pittsburgh", timeZone: "America/New_York" },
        departsAt: new Date("2024-03-16T11:00:00Z"),
        arrivesAt: new Date("2024-03-16T18:35:00Z"),
        personIds: ["64b000000000000000000001"],
        isForEveryone: false,
        bookingReference: "X7Q2PL",
        sessionId: null,
      },
      { withBookingReference: false },
    );
    expect([values.departTime, values.arriveTime, values.bookingReference, values.revision]).toEqual([
      "11:00",
      "14:35",
      "",
      "3",
    ]);
  });
});
