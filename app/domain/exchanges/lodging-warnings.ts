// Lodging warnings for a learning exchange's manager: nights of the exchange a delegate has no room
// for, rooms over capacity, hotel nights outside the exchange, people sharing a room without both
// agreeing to, and rooms still held for someone who is no longer coming. Nights are calendar days.
import { formatDateRange } from "../local-time";
import { exchangeNights, formatDays, nightsBetween, type ExchangeSpan } from "./exchange-days";

export type WarningRoom = { id: string; label: string; capacity: number };
export type WarningHotel = {
  id: string;
  name: string;
  checkInDate: string;
  checkOutDate: string;
  rooms: WarningRoom[];
};
export type WarningAssignment = { hotelId: string; roomId: string; personId: string; sharingConsent: boolean };

export type LodgingWarningKind =
  | "night-without-room"
  | "room-over-capacity"
  | "sharing-without-consent"
  | "hotel-night-outside-exchange"
  | "room-for-someone-not-coming";

export type LodgingWarning = {
  kind: LodgingWarningKind;
  personId: string | null;
  hotelId: string | null;
  roomId: string | null;
  message: string;
};

const plural = (count: number, word: string) => `${word}${count === 1 ? "" : "s"}`;

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The hotel nights that fall outside the exchange's nights (an early arrival, a typo in a date). */
export function nightsOutsideExchange(
  exchange: ExchangeSpan,
  hotel: Pick<WarningHotel, "checkInDate" | "checkOutDate">,
) {
  const nights = new Set(exchangeNights(exchange));
  return nightsBetween(hotel.checkInDate, hotel.checkOutDate).filter((night) => !nights.has(night));
}

/** Each delegate's nights of the exchange with no room in any hotel they are in. */
function nightsWithoutRoom(
  exchange: ExchangeSpan,
  delegates: Array<{ personId: string; name: string }>,
  hotels: Map<string, WarningHotel>,
  assignments: WarningAssignment[],
): LodgingWarning[] {
  const nights = exchangeNights(exchange);
  return delegates.flatMap((delegate) => {
    const covered = new Set(
      assignments
        .filter((assignment) => assignment.personId === delegate.personId)
        .flatMap((assignment) => {
          const hotel = hotels.get(assignment.hotelId);
          return hotel ? nightsBetween(hotel.checkInDate, hotel.checkOutDate) : [];
        }),
    );
    const missing = nights.filter((night) => !covered.has(night));
    if (missing.length === 0) return [];
    return [
      {
        kind: "night-without-room" as const,
        personId: delegate.personId,
        hotelId: null,
        roomId: null,
        message: `${delegate.name} has no room for the ${plural(missing.length, "night")} of ${formatDays(missing)}.`,
      },
    ];
  });
}

function roomWarnings(
  hotel: WarningHotel,
  room: WarningRoom,
  occupants: WarningAssignment[],
  nameOf: (personId: string) => string,
): LodgingWarning[] {
  const warnings: LodgingWarning[] = [];
  const where = `room ${room.label} at ${hotel.name}`;
  const names = occupants.map((occupant) => nameOf(occupant.personId));
  if (occupants.length > room.capacity)
    warnings.push({
      kind: "room-over-capacity",
      personId: null,
      hotelId: hotel.id,
      roomId: room.id,
      message: `${where[0].toUpperCase()}${where.slice(1)} sleeps ${room.capacity} and has ${occupants.length} people in it: ${listNames(names)}.`,
    });
  const withoutConsent = occupants.filter((occupant) => !occupant.sharingConsent);
  if (occupants.length > 1 && withoutConsent.length > 0)
    warnings.push({
      kind: "sharing-without-consent",
      personId: withoutConsent[0].personId,
      hotelId: hotel.id,
      roomId: room.id,
      message: `${listNames(names)} share ${where}, but ${listNames(withoutConsent.map((occupant) => nameOf(occupant.personId)))} did not agree to share a room.`,
    });
  return warnings;
}

/** Every lodging warning: delegates' nights first, then hotel by hotel and room by room. */
export function lodgingWarnings(input: {
  exchange: ExchangeSpan;
  delegates: Array<{ personId: string; name: string }>;
  hotels: WarningHotel[];
  assignments: WarningAssignment[];
  /** Names of people who are not (or no longer) delegates but still hold a room. */
  otherNames?: ReadonlyMap<string, string>;
}): LodgingWarning[] {
  const { exchange, delegates, hotels, assignments } = input;
  const delegateNames = new Map(delegates.map((delegate) => [delegate.personId, delegate.name]));
  const nameOf = (personId: string) => delegateNames.get(personId) ?? input.otherNames?.get(personId) ?? "Someone";
  const hotelsById = new Map(hotels.map((hotel) => [hotel.id, hotel]));
  const exchangeDates = formatDateRange(exchange.startsAt, exchange.endsAt, exchange.timeZone);
  const warnings = nightsWithoutRoom(exchange, delegates, hotelsById, assignments);
  for (const hotel of hotels) {
    const outside = nightsOutsideExchange(exchange, hotel);
    if (outside.length > 0)
      warnings.push({
        kind: "hotel-night-outside-exchange",
        personId: null,
        hotelId: hotel.id,
        roomId: null,
        message: `${hotel.name} is booked for the ${plural(outside.length, "night")} of ${formatDays(outside)}, outside the exchange (${exchangeDates}).`,
      });
    for (const room of hotel.rooms) {
      const occupants = assignments.filter((assignment) => assignment.roomId === room.id);
      warnings.push(...roomWarnings(hotel, room, occupants, nameOf));
      for (const occupant of occupants.filter((assignment) => !delegateNames.has(assignment.personId)))
        warnings.push({
          kind: "room-for-someone-not-coming",
          personId: occupant.personId,
          hotelId: hotel.id,
          roomId: room.id,
          message: `Room ${room.label} at ${hotel.name} is still held for ${nameOf(occupant.personId)}, who is no longer coming.`,
        });
    }
  }
  return warnings;
}
