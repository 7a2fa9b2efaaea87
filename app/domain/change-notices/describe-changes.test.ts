import { describe, expect, it } from "vitest";
import { changeList, describeChange } from "./describe-changes";
import type { NoticeChange } from "./notice-changes";

const LONDON = "Europe/London";
const NEW_YORK = "America/New_York";

const opening = (change: Partial<NoticeChange>): NoticeChange => ({
  sessionId: "session-1",
  subject: "Opening plenary",
  field: "startsAt",
  from: "2030-06-13T08:30:00.000Z",
  to: "2030-06-13T10:00:00.000Z",
  fromZone: LONDON,
  toZone: LONDON,
  ...change,
});

describe("a change in words", () => {
  it("writes a moved session at the place's clock, and again at the reader's when theirs reads differently", () => {
    expect(describeChange(opening({}), NEW_YORK)).toEqual({
      text: "“Opening plenary” starts: Thursday 13 June 2030, 09:30 BST → Thursday 13 June 2030, 11:00 BST",
      readerText: "Your time (America/New_York): Thursday 13 June 2030, 04:30 EDT → Thursday 13 June 2030, 06:00 EDT",
    });
  });

  it("names the zone each side was entered in across a DST change, and the reader's offsets on both sides", () => {
    // UK clocks go back on 27 October 2030, New York's only on 3 November.
    const moved = opening({ from: "2030-10-25T08:30:00.000Z", to: "2030-10-28T09:30:00.000Z" });
    expect(describeChange(moved, NEW_YORK)).toEqual({
      text: "“Opening plenary” starts: Friday 25 October 2030, 09:30 BST → Monday 28 October 2030, 09:30 GMT",
      readerText: "Your time (America/New_York): Friday 25 October 2030, 04:30 EDT → Monday 28 October 2030, 05:30 EDT",
    });
  });

  it("gives no second line to a reader whose clock agrees with the place's, or whose zone is unknown or not a zone", () => {
    const readers = [LONDON, "Europe/Dublin", null, "Mars/Olympus_Mons"];
    expect(readers.map((zone) => describeChange(opening({}), zone).readerText)).toEqual([null, null, null, null]);
  });

  it("reads a session moving to another zone at each side's own zone", () => {
    const flight = opening({
      field: "endsAt",
      from: "2030-05-21T18:30:00.000Z",
      to: "2030-05-21T19:30:00.000Z",
      fromZone: NEW_YORK,
      toZone: NEW_YORK,
    });
    expect(describeChange(flight, LONDON)).toEqual({
      text: "“Opening plenary” ends: Tuesday 21 May 2030, 14:30 EDT → Tuesday 21 May 2030, 15:30 EDT",
      readerText: "Your time (Europe/London): Tuesday 21 May 2030, 19:30 BST → Tuesday 21 May 2030, 20:30 BST",
    });
  });

  it("says the convening's place, format and joining link from → to, with “none” for an empty side", () => {
    const convening = (field: NoticeChange["field"], from: string, to: string) =>
      describeChange(opening({ sessionId: null, subject: "Working Group", field, from, to }), NEW_YORK);
    expect([
      convening("places", "Cardiff City Hall, Cathays Park", "Bristol City Hall, College Green"),
      convening("format", "in-person", "hybrid"),
      convening("onlineUrl", "", "https://meet.example.org/room-1"),
    ]).toEqual([
      { text: "Place: Cardiff City Hall, Cathays Park → Bristol City Hall, College Green", readerText: null },
      { text: "Format: In person → Hybrid", readerText: null },
      { text: "Online joining link: none → https://meet.example.org/room-1", readerText: null },
    ]);
  });

  it("says a session's cancellation and its place change", () => {
    expect([
      describeChange(opening({ field: "status", from: "scheduled", to: "cancelled" }), NEW_YORK).text,
      describeChange(opening({ field: "place", from: "Council Chamber", to: "" }), NEW_YORK).text,
    ]).toEqual(["“Opening plenary” status: scheduled → cancelled", "“Opening plenary” place: Council Chamber → none"]);
  });

  it("lists changes as email list items, the reader's times indented under their change", () => {
    const list = changeList([opening({}), opening({ field: "place", from: "Room 1", to: "Room 2" })], NEW_YORK);
    expect(list).toBe(
      [
        "- “Opening plenary” starts: Thursday 13 June 2030, 09:30 BST → Thursday 13 June 2030, 11:00 BST",
        "  Your time (America/New_York): Thursday 13 June 2030, 04:30 EDT → Thursday 13 June 2030, 06:00 EDT",
        "- “Opening plenary” place: Room 1 → Room 2",
      ].join("\n"),
    );
  });
});
