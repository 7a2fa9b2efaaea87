// A delegate's travel and hotel stays as events of their personal calendar feed. Each segment is
// one event from departure to arrival, DTSTART in the departure zone and DTEND in the arrival
// zone; each hotel they have a room in is one all-day event from check-in to check-out day. What
// is safe in a feed: carrier, number, places, room. Never travel documents, never roommates'
// names (a feed leaves the planner for a calendar service), and the booking reference only in the
// person's own feed and only when it is theirs alone to change (as the travel policy says).
// Pure: no database, no Remix.
import type { CalendarEventInput } from "~/domain/ical/build-calendar";
import { UID_DOMAIN } from "~/domain/ical/calendar-uids";
import { travelModeLabel } from "~/domain/vocabulary/travel";
import type { FeedContext } from "./feed-events";

export const travelUid = (segmentId: string) => `travel-${segmentId}@${UID_DOMAIN}`;
/** One per person and hotel: two delegates' stays in one hotel differ (their rooms). */
export const hotelStayUid = (hotelId: string, personId: string) => `stay-${hotelId}-${personId}@${UID_DOMAIN}`;

export type TravelExchange = {
  id: string;
  title: string;
  status: string;
  /** The convening's own SEQUENCE: cancelling or moving the exchange raises its travel's too. */
  sequence: number;
  updatedAt: Date;
};

export type TravelSegmentEntry = {
  id: string;
  mode: string;
  carrier: string;
  number: string;
  from: { place: string; timeZone: string };
  to: { place: string; timeZone: string };
  departsAt: Date;
  arrivesAt: Date;
  /** Everyone on the booking: the reference goes in the feed only when it is this person alone. */
  personIds: string[];
  isForEveryone: boolean;
  bookingReference: string;
  revision: number;
  updatedAt?: Date;
};

export type HotelStayEntry = {
  hotelId: string;
  name: string;
  address: string;
  timeZone: string;
  checkInDate: string;
  checkOutDate: string;
  roomLabel: string | null;
  /** The later of the hotel's and the person's room's last change. */
  updatedAt?: Date;
};

const later = (...dates: Array<Date | undefined>): Date =>
  new Date(Math.max(...dates.map((date) => date?.getTime() ?? 0)));

function paragraphs(...parts: Array<string | null | false | undefined>): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join("\n\n");
}

const isCancelled = (exchange: TravelExchange) => exchange.status === "cancelled";

/** A journey: from its departure in the departure zone to its arrival in the arrival zone. */
export function travelEvent(
  segment: TravelSegmentEntry,
  exchange: TravelExchange,
  personId: string,
  context: FeedContext,
): CalendarEventInput {
  const service = [segment.carrier, segment.number].filter(Boolean).join(" ");
  const isTheirsAlone = !segment.isForEveryone && segment.personIds.length === 1 && segment.personIds[0] === personId;
  return {
    uid: travelUid(segment.id),
    // revision starts at 1 and goes up with every save; the exchange's own changes add to it.
    sequence: segment.revision - 1 + exchange.sequence,
    title: `${[travelModeLabel(segment.mode), service].filter(Boolean).join(" ")}: ${segment.from.place} → ${segment.to.place}`,
    description: paragraphs(
      isCancelled(exchange) ? "This learning exchange has been cancelled." : null,
      `${segment.from.place} → ${segment.to.place}${segment.isForEveryone ? ", with the whole group" : ""}.`,
      isTheirsAlone && segment.bookingReference ? `Booking reference: ${segment.bookingReference}` : null,
      `Part of ${exchange.title}.`,
    ),
    start: segment.departsAt,
    end: segment.arrivesAt,
    timeZone: segment.from.timeZone,
    endTimeZone: segment.to.timeZone,
    location: { title: segment.from.place },
    url: `${context.appUrl}/me/itinerary`,
    categories: ["Travel"],
    status: isCancelled(exchange) ? "cancelled" : "confirmed",
    organizer: context.organizer,
    lastModified: later(segment.updatedAt, exchange.updatedAt),
  };
}

/**
 * A hotel stay as all-day days from check-in to check-out day, both shown. SEQUENCE follows the
 * last change in whole seconds: a hotel's details and a person's room have no counter of their
 * own, and time only goes forward.
 */
export function hotelStayEvent(
  stay: HotelStayEntry,
  exchange: TravelExchange,
  personId: string,
  context: FeedContext,
): CalendarEventInput {
  const changed = later(stay.updatedAt, exchange.updatedAt);
  // Calendar days, not instants: UTC midnight read back in UTC is that day (as actions' due dates).
  const checkIn = new Date(`${stay.checkInDate}T00:00:00Z`);
  const checkOut = new Date(Math.max(checkIn.getTime(), new Date(`${stay.checkOutDate}T00:00:00Z`).getTime()));
  return {
    uid: hotelStayUid(stay.hotelId, personId),
    sequence: Math.max(0, Math.floor((changed.getTime() - SEQUENCE_EPOCH) / 1000)),
    title: `Hotel: ${stay.name}`,
    description: paragraphs(
      isCancelled(exchange) ? "This learning exchange has been cancelled." : null,
      `Check-in ${stay.checkInDate}, check-out ${stay.checkOutDate}.`,
      stay.roomLabel ? `Room ${stay.roomLabel}.` : "Room to be confirmed.",
      `Part of ${exchange.title}.`,
    ),
    start: checkIn,
    end: checkOut,
    timeZone: "UTC",
    allDay: true,
    location: { title: stay.name, address: stay.address },
    url: `${context.appUrl}/me/itinerary`,
    categories: ["Hotel"],
    status: isCancelled(exchange) ? "cancelled" : "confirmed",
    organizer: context.organizer,
    lastModified: changed,
  };
}

/** 1 January 2024: stays' SEQUENCE counts seconds from here, well inside a 32-bit integer until 2092. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);
