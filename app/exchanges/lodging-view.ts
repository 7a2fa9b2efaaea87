// The Lodging section as one viewer reads it: every hotel with its nights, each room with the
// occupants the viewer may see (others counted), who may be put in or taken out, and the rooms a
// delegate may be put in; plus, per delegate, the rooms they have.
import type { Lodging, RoomAssignmentRecord } from "~models/hotel-stay.server";
import type { Viewer } from "~/accounts/policy";
import { formatDay, formatDays, nightsBetween } from "~/domain/exchanges/exchange-days";
import type { ItineraryDelegate } from "./itinerary-exchange.server";
import { canAssignRoom, canManageHotels, canSeeTraveller, type Traveller } from "./travel-policy";

export type OccupantView = {
  personId: string;
  name: string;
  cityName: string;
  sharingConsent: boolean;
  canRemove: boolean;
};

export type RoomView = {
  id: string;
  label: string;
  capacity: number;
  occupants: OccupantView[];
  otherOccupants: number;
  isOverCapacity: boolean;
};

export type HotelView = {
  id: string;
  name: string;
  address: string;
  timeZone: string;
  checkInDate: string;
  checkOutDate: string;
  stay: string;
  rooms: RoomView[];
};

export type RoomChoice = { hotelName: string; rooms: Array<{ value: string; label: string }> };

export type DelegateRoomsView = Array<{ hotelId: string; hotelName: string; roomId: string; roomLabel: string }>;

export function buildLodgingView(input: {
  viewer: Viewer;
  lodging: Lodging;
  delegates: ItineraryDelegate[];
  allDelegates: ItineraryDelegate[];
  otherNames: ReadonlyMap<string, string>;
}): { hotels: HotelView[]; roomChoices: RoomChoice[]; roomsOf: Map<string, DelegateRoomsView> } {
  const { viewer, lodging } = input;
  const byId = new Map(input.allDelegates.map((delegate) => [delegate.personId, delegate]));
  const travellerOf = (personId: string): Traveller => byId.get(personId) ?? { personId, cityId: null };
  const occupantsOf = (roomId: string) => lodging.assignments.filter((assignment) => assignment.roomId === roomId);
  const canManage = canManageHotels(viewer);
  const roomsOf = new Map<string, DelegateRoomsView>();
  const roomChoices: RoomChoice[] = [];
  const hotels = lodging.hotels.map((hotel): HotelView => {
    const choices: RoomChoice["rooms"] = [];
    const rooms = hotel.rooms.map((room): RoomView => {
      const occupants = occupantsOf(room.id);
      const roommates = occupants.map((occupant) => travellerOf(occupant.personId));
      const shown = occupants.filter((occupant) => canSeeTraveller(viewer, travellerOf(occupant.personId)));
      for (const occupant of shown) {
        const list = roomsOf.get(occupant.personId) ?? [];
        list.push({ hotelId: hotel.id, hotelName: hotel.name, roomId: room.id, roomLabel: room.label });
        roomsOf.set(occupant.personId, list);
      }
      // A representative may put their people only in rooms no other city is in.
      if (canManage || roommates.every((roommate) => canSeeTraveller(viewer, roommate)))
        choices.push({ value: room.id, label: `${room.label} (sleeps ${room.capacity}, ${occupants.length} in it)` });
      return {
        id: room.id,
        label: room.label,
        capacity: room.capacity,
        occupants: shown.map((occupant) => occupantView(viewer, occupant, byId, input.otherNames, roommates)),
        otherOccupants: occupants.length - shown.length,
        isOverCapacity: occupants.length > room.capacity,
      };
    });
    if (choices.length > 0) roomChoices.push({ hotelName: hotel.name, rooms: choices });
    const nights = nightsBetween(hotel.checkInDate, hotel.checkOutDate);
    return {
      id: hotel.id,
      name: hotel.name,
      address: hotel.address,
      timeZone: hotel.timeZone,
      checkInDate: hotel.checkInDate,
      checkOutDate: hotel.checkOutDate,
      stay: `Check-in ${formatDay(hotel.checkInDate)}, check-out ${formatDay(hotel.checkOutDate)} (${nights.length} ${nights.length === 1 ? "night" : "nights"}: ${formatDays(nights)})`,
      rooms,
    };
  });
  return { hotels, roomChoices, roomsOf };
}

function occupantView(
  viewer: Viewer,
  occupant: RoomAssignmentRecord,
  byId: ReadonlyMap<string, ItineraryDelegate>,
  otherNames: ReadonlyMap<string, string>,
  roommates: Traveller[],
): OccupantView {
  const delegate = byId.get(occupant.personId);
  const traveller = delegate ?? { personId: occupant.personId, cityId: null };
  return {
    personId: occupant.personId,
    name: delegate?.name ?? `${otherNames.get(occupant.personId) ?? "Unknown person"} (no longer coming)`,
    cityName: delegate?.cityName ?? "",
    sharingConsent: occupant.sharingConsent,
    canRemove: canAssignRoom(
      viewer,
      traveller,
      roommates.filter((roommate) => roommate.personId !== occupant.personId),
    ),
  };
}
