// The rooming lists of an exchange's hotels as one viewer may read them: every delegate for
// managers, their own city's for a representative. One hotel (?hotel=<id>) or all of them.
import type { SignedInPerson } from "~models/person.server";
import { listLodging } from "~models/hotel-stay.server";
import { getPeopleByIds } from "~models/person.server";
import { formatDay } from "~/domain/exchanges/exchange-days";
import { roomingRows, type RoomingRow } from "~/domain/exchanges/rooming-list";
import { invariantResponse } from "~/utils/invariant";
import { listDelegates, type ItineraryExchange } from "./itinerary-exchange.server";
import { canSeeTraveller } from "./travel-policy";

export type RoomingHotel = { id: string; name: string; address: string; stay: string; rows: RoomingRow[] };

export async function loadRoomingLists(
  viewer: SignedInPerson,
  exchange: ItineraryExchange,
  hotelId: string | null,
): Promise<RoomingHotel[]> {
  const [delegates, lodging] = await Promise.all([listDelegates(exchange.id), listLodging(exchange.id)]);
  const hotels = hotelId ? lodging.hotels.filter((hotel) => hotel.id === hotelId) : lodging.hotels;
  invariantResponse(hotels.length > 0 || !hotelId, "There is no such hotel on this exchange.", { status: 404 });
  const byId = new Map(delegates.map((delegate) => [delegate.personId, delegate]));
  const formerIds = lodging.assignments.map((assignment) => assignment.personId).filter((id) => !byId.has(id));
  const former = formerIds.length > 0 ? await getPeopleByIds(formerIds) : new Map<string, { name: string }>();
  // The hotel holds the room until the programme team frees it, so people no longer coming stay
  // on a manager's list (the warnings say so); a representative's list has their delegates only.
  const rows = roomingRows({
    hotels,
    assignments: lodging.assignments,
    personOf: (personId) => {
      const delegate = byId.get(personId);
      return delegate
        ? { name: delegate.name, cityName: delegate.cityName }
        : { name: former.get(personId)?.name ?? "Unknown person", cityName: "" };
    },
    isListed: (personId) => canSeeTraveller(viewer, byId.get(personId) ?? { personId, cityId: null }),
  });
  return hotels.map((hotel) => ({
    id: hotel.id,
    name: hotel.name,
    address: hotel.address,
    stay: `Check-in ${formatDay(hotel.checkInDate)}, check-out ${formatDay(hotel.checkOutDate)}`,
    rows: rows.filter((row) => row.hotelId === hotel.id),
  }));
}
