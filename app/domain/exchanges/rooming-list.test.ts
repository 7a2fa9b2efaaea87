import { describe, expect, it } from "vitest";
import { roomingCsv, roomingRows } from "./rooming-list";

const hotels = [
  {
    id: "pgh",
    name: "Omni William Penn, Pittsburgh",
    checkInDate: "2018-05-21",
    checkOutDate: "2018-05-23",
    rooms: [
      { id: "r10", label: "10", capacity: 2 },
      { id: "r9", label: "9", capacity: 2 },
    ],
  },
];
const people: Record<string, { name: string; cityName: string }> = {
  ada: { name: "Ada Okafor", cityName: "Bristol" },
  bo: { name: '=HYPERLINK("http://evil.example")', cityName: "Cardiff" },
  cy: { name: "Cy Evans", cityName: "Bristol" },
};
const assignments = [
  { hotelId: "pgh", roomId: "r10", personId: "ada", sharingConsent: true },
  { hotelId: "pgh", roomId: "r10", personId: "bo", sharingConsent: true },
  { hotelId: "pgh", roomId: "r9", personId: "cy", sharingConsent: false },
];

describe("the rooming list", () => {
  it("lists rooms in number order, with roommates, and quotes cells safely for a spreadsheet", () => {
    const rows = roomingRows({ hotels, assignments, personOf: (id) => people[id], isListed: () => true });
    expect(roomingCsv(rows, { withHotel: true })).toBe(
      [
        "Name,City,Room,Sharing with,Check-in,Check-out,Hotel",
        'Cy Evans,Bristol,9,,2018-05-21,2018-05-23,"Omni William Penn, Pittsburgh"',
        `"'=HYPERLINK(""http://evil.example"")",Cardiff,10,Ada Okafor,2018-05-21,2018-05-23,"Omni William Penn, Pittsburgh"`,
        `Ada Okafor,Bristol,10,"'=HYPERLINK(""http://evil.example"")",2018-05-21,2018-05-23,"Omni William Penn, Pittsburgh"`,
        "",
      ].join("\r\n"),
    );
  });

  it("counts roommates the reader may not see instead of naming them", () => {
    const rows = roomingRows({
      hotels,
      assignments,
      personOf: (id) => people[id],
      isListed: (id) => people[id].cityName === "Bristol",
    });
    expect(rows.map((row) => [row.name, row.room, row.sharingWith])).toEqual([
      ["Cy Evans", "9", ""],
      ["Ada Okafor", "10", "1 other delegate"],
    ]);
  });
});
