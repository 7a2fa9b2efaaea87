// The itinerary page's one action: every form on it names its intent, handled by one named
// function of the Travel or Lodging section. A cancelled exchange's itinerary no longer changes.
import type { SignedInPerson } from "~models/person.server";
import { isOpenForChanges } from "~/convenings/policy";
import { invariantResponse } from "~/utils/invariant";
import { DELETE_HOTEL_INTENT, SAVE_HOTEL_INTENT } from "./hotel-form";
import type { ItineraryExchange } from "./itinerary-exchange.server";
import { loadItineraryData } from "./itinerary-page.server";
import { assignRoom, deleteHotel, deleteRoom, saveHotel, saveRoom, unassignRoom } from "./lodging-actions.server";
import { ASSIGN_ROOM_INTENT, DELETE_ROOM_INTENT, SAVE_ROOM_INTENT, UNASSIGN_ROOM_INTENT } from "./room-forms";
import { DELETE_SEGMENT_INTENT, SAVE_SEGMENT_INTENT } from "./segment-form";
import { deleteSegment, saveSegment } from "./travel-actions.server";

const HANDLERS = {
  [SAVE_SEGMENT_INTENT]: saveSegment,
  [DELETE_SEGMENT_INTENT]: deleteSegment,
  [SAVE_HOTEL_INTENT]: saveHotel,
  [DELETE_HOTEL_INTENT]: deleteHotel,
  [SAVE_ROOM_INTENT]: saveRoom,
  [DELETE_ROOM_INTENT]: deleteRoom,
  [ASSIGN_ROOM_INTENT]: assignRoom,
  [UNASSIGN_ROOM_INTENT]: unassignRoom,
};

export async function handleItineraryAction(viewer: SignedInPerson, exchange: ItineraryExchange, formData: FormData) {
  invariantResponse(isOpenForChanges(exchange), "A cancelled exchange's itinerary can no longer be changed.", {
    status: 409,
  });
  const intent = String(formData.get("intent") ?? "");
  invariantResponse(Object.hasOwn(HANDLERS, intent), "Unknown action", { status: 400 });
  const data = await loadItineraryData(viewer, exchange);
  return HANDLERS[intent as keyof typeof HANDLERS]({ viewer, exchange, data, formData });
}
