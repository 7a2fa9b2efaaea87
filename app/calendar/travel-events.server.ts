// The travel and hotel stays of a person's personal feed: for each learning exchange in the feed
// (those they are registered for), its travel and lodging copies, read by _id (two reads per
// exchange), and the person's own segments and rooms as events.
import type { CalendarEventInput } from "~/domain/ical/build-calendar";
import { listLodging } from "~models/hotel-stay.server";
import { listTravelSegments } from "~models/travel-segment.server";
import { conveningDropOutAt, type ConveningRecord, type FeedContext } from "./feed-events";
import { hotelStayEvent, travelEvent, type HotelStayEntry } from "./travel-events";

export async function loadTravelEvents(
  personId: string,
  convenings: ConveningRecord[],
  context: FeedContext,
  now: Date,
): Promise<{ events: CalendarEventInput[]; lastModified: number }> {
  // An exchange cancelled more than 30 days ago has left the feed: its travel leaves with it.
  const exchanges = convenings.filter((convening) => {
    const dropOut = conveningDropOutAt(convening);
    return convening.kind === "learning-exchange" && (!dropOut || dropOut > now);
  });
  const plans = await Promise.all(
    exchanges.map(async (exchange) => {
      const [segments, lodging] = await Promise.all([listTravelSegments(exchange.id), listLodging(exchange.id)]);
      return { exchange, segments, lodging };
    }),
  );
  const events: CalendarEventInput[] = [];
  for (const { exchange, segments, lodging } of plans) {
    for (const segment of segments)
      if (segment.isForEveryone || segment.personIds.includes(personId))
        events.push(travelEvent(segment, exchange, personId, context));
    for (const assignment of lodging.assignments) {
      if (assignment.personId !== personId) continue;
      const hotel = lodging.hotels.find((candidate) => candidate.id === assignment.hotelId);
      if (!hotel) continue;
      const stay: HotelStayEntry = {
        hotelId: hotel.id,
        name: hotel.name,
        address: hotel.address,
        timeZone: hotel.timeZone,
        checkInDate: hotel.checkInDate,
        checkOutDate: hotel.checkOutDate,
        roomLabel: hotel.rooms.find((room) => room.id === assignment.roomId)?.label ?? null,
        updatedAt: new Date(Math.max(hotel.updatedAt?.getTime() ?? 0, assignment.updatedAt?.getTime() ?? 0)),
      };
      events.push(hotelStayEvent(stay, exchange, personId, context));
    }
  }
  const lastModified = events.reduce((latest, event) => Math.max(latest, event.lastModified.getTime()), 0);
  return { events, lastModified };
}
