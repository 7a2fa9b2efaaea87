// A hotel's rooming list: who sleeps in which room, with whom, arriving and leaving when, for the
// hotel's front desk; printed or as CSV (RFC 4180 quoting, no cell a spreadsheet would run).
import { toCsv } from "../follow-ups/csv";
import type { WarningAssignment, WarningHotel } from "./lodging-warnings";

export type RoomingRow = {
  hotelId: string;
  hotelName: string;
  name: string;
  cityName: string;
  room: string;
  sharingWith: string;
  checkIn: string;
  checkOut: string;
};

type Person = { name: string; cityName: string };

const byLabel = new Intl.Collator("en", { numeric: true });

/**
 * The rows of the given hotels for the people `isListed` lets through, by hotel, room and name.
 * Roommates the reader may not see are counted ("1 other delegate"), never named.
 */
export function roomingRows(input: {
  hotels: WarningHotel[];
  assignments: WarningAssignment[];
  personOf: (personId: string) => Person;
  isListed: (personId: string) => boolean;
}): RoomingRow[] {
  const rows: RoomingRow[] = [];
  for (const hotel of input.hotels) {
    const rooms = [...hotel.rooms].sort((a, b) => byLabel.compare(a.label, b.label));
    for (const room of rooms) {
      const occupants = input.assignments.filter((assignment) => assignment.roomId === room.id);
      const listed = occupants
        .filter((occupant) => input.isListed(occupant.personId))
        .map((occupant) => ({ personId: occupant.personId, ...input.personOf(occupant.personId) }))
        .sort((a, b) => a.name.localeCompare(b.name));
      for (const person of listed) {
        const others = occupants.filter((occupant) => occupant.personId !== person.personId);
        const named = others.filter((other) => input.isListed(other.personId));
        const hidden = others.length - named.length;
        const sharingWith = [
          ...named.map((other) => input.personOf(other.personId).name).sort((a, b) => a.localeCompare(b)),
          ...(hidden > 0 ? [`${hidden} other ${hidden === 1 ? "delegate" : "delegates"}`] : []),
        ].join("; ");
        rows.push({
          hotelId: hotel.id,
          hotelName: hotel.name,
          name: person.name,
          cityName: person.cityName,
          room: room.label,
          sharingWith,
          checkIn: hotel.checkInDate,
          checkOut: hotel.checkOutDate,
        });
      }
    }
  }
  return rows;
}

/** The list as CSV; with a hotel column when it covers several hotels. */
export function roomingCsv(rows: RoomingRow[], options: { withHotel: boolean }): string {
  const header = ["Name", "City", "Room", "Sharing with", "Check-in", "Check-out"];
  return toCsv(
    options.withHotel ? [...header, "Hotel"] : header,
    rows.map((row) => {
      const cells = [row.name, row.cityName, row.room, row.sharingWith, row.checkIn, row.checkOut];
      return options.withHotel ? [...cells, row.hotelName] : cells;
    }),
  );
}
