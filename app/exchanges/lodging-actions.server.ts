// The Lodging section's actions: hotels and rooms (the programme team's), and putting delegates in
// rooms or taking them out (also a representative, for their own city's people). A full room, or
// sharing without both people's consent, is refused at the field with what was chosen kept.
import { parseWithZod } from "@conform-to/zod/v3";
import type { SignedInPerson } from "~models/person.server";
import {
  addRoom,
  createHotel,
  deleteHotel as deleteHotelRecord,
  deleteRoom as deleteRoomRecord,
  emptyRoom,
  listOccupants,
  placeInRoom,
  removeFromRoom,
  updateHotel,
  updateRoom,
} from "~models/hotel-stay.server";
import { replyWithErrors } from "~/forms/schema-form";
import { invariantResponse } from "~/utils/invariant";
import { deleteHotelSchema, hotelFormSchema, SAVE_HOTEL_INTENT } from "./hotel-form";
import { formProblem, savedAt } from "./itinerary-answers.server";
import type { ItineraryExchange } from "./itinerary-exchange.server";
import { assignmentFormOptions, type ItineraryData } from "./itinerary-page.server";
import {
  ASSIGN_ROOM_INTENT,
  assignRoomSchema,
  deleteRoomSchema,
  roomFormSchema,
  SAVE_ROOM_INTENT,
  unassignRoomSchema,
} from "./room-forms";
import { canAssignRoom, canManageHotels, type Traveller } from "./travel-policy";

type Context = { viewer: SignedInPerson; exchange: ItineraryExchange; data: ItineraryData; formData: FormData };

const HOTELS_REFUSED = "Hotels and rooms are booked by the programme team.";
const ROOM_REFUSED =
  "You can only put your own city's delegates in rooms, and only in rooms no other city's delegate is in.";

function requireHotelManager({ viewer }: Context) {
  invariantResponse(canManageHotels(viewer), HOTELS_REFUSED, { status: 403 });
}

function existingHotel({ data }: Context, hotelId: string) {
  const hotel = data.lodging.hotels.find((candidate) => candidate.id === hotelId);
  invariantResponse(hotel, "There is no such hotel on this exchange.", { status: 404 });
  return hotel;
}

function existingRoom(context: Context, hotelId: string, roomId: string) {
  const hotel = existingHotel(context, hotelId);
  const room = hotel.rooms.find((candidate) => candidate.id === roomId);
  invariantResponse(room, "There is no such room in this hotel.", { status: 404 });
  return { hotel, room };
}

const nameList = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

export async function saveHotel(context: Context) {
  requireHotelManager(context);
  const { exchange, formData } = context;
  const submission = parseWithZod(formData, { schema: hotelFormSchema({ exchange }) });
  const target = String(formData.get("hotelId") ?? "");
  if (submission.status !== "success") return formProblem(SAVE_HOTEL_INTENT, target, submission.reply());
  const { hotelId, hotel } = submission.value;
  if (!hotelId) {
    const id = await createHotel(exchange.id, hotel);
    return savedAt(exchange.id, `#hotel-${id}`, `Added ${hotel.name}. Add its rooms next.`);
  }
  existingHotel(context, hotelId);
  invariantResponse(await updateHotel(exchange.id, hotelId, hotel), "There is no such hotel on this exchange.", {
    status: 404,
  });
  return savedAt(exchange.id, `#hotel-${hotelId}`, `Saved ${hotel.name}.`);
}

export async function deleteHotel(context: Context) {
  requireHotelManager(context);
  const submission = parseWithZod(context.formData, { schema: deleteHotelSchema });
  invariantResponse(submission.status === "success", "Choose a hotel to delete.", { status: 400 });
  const hotel = existingHotel(context, submission.value.hotelId);
  await deleteHotelRecord(context.exchange.id, hotel.id);
  return savedAt(context.exchange.id, "#lodging", `Deleted ${hotel.name} with its rooms.`);
}

export async function saveRoom(context: Context) {
  requireHotelManager(context);
  const { exchange, formData } = context;
  const submission = parseWithZod(formData, { schema: roomFormSchema });
  const target = String(formData.get("roomId") ?? "");
  if (submission.status !== "success") return formProblem(SAVE_ROOM_INTENT, target, submission.reply());
  const { hotelId, roomId, room } = submission.value;
  const hotel = existingHotel(context, hotelId);
  const sameLabel = hotel.rooms.find(
    (other) => other.id !== roomId && other.label.toLowerCase() === room.label.toLowerCase(),
  );
  if (sameLabel)
    return formProblem(
      SAVE_ROOM_INTENT,
      target,
      replyWithErrors(submission, { fields: { label: `${hotel.name} has a room ${sameLabel.label} already` } }),
    );
  if (!roomId) {
    const id = await addRoom(exchange.id, hotelId, room);
    invariantResponse(id, "There is no such hotel on this exchange.", { status: 404 });
    return savedAt(exchange.id, `#room-${id}`, `Added room ${room.label} at ${hotel.name}.`);
  }
  existingRoom(context, hotelId, roomId);
  const occupants = await listOccupants(roomId);
  if (occupants.length > room.capacity)
    return formProblem(
      SAVE_ROOM_INTENT,
      target,
      replyWithErrors(submission, {
        fields: {
          capacity: `${occupants.length} people are in this room: take someone out before it sleeps ${room.capacity}`,
        },
      }),
    );
  invariantResponse(await updateRoom(exchange.id, hotelId, roomId, room), "There is no such room in this hotel.", {
    status: 404,
  });
  return savedAt(exchange.id, `#room-${roomId}`, `Saved room ${room.label} at ${hotel.name}.`);
}

export async function deleteRoom(context: Context) {
  requireHotelManager(context);
  const submission = parseWithZod(context.formData, { schema: deleteRoomSchema });
  invariantResponse(submission.status === "success", "Choose a room to delete.", { status: 400 });
  const { hotel, room } = existingRoom(context, submission.value.hotelId, submission.value.roomId);
  const occupants = await listOccupants(room.id);
  await emptyRoom(context.exchange.id, hotel.id, room.id);
  await deleteRoomRecord(context.exchange.id, hotel.id, room.id);
  const takenOut = occupants.length > 0 ? ` ${occupants.length} taken out of it.` : "";
  return savedAt(context.exchange.id, `#hotel-${hotel.id}`, `Deleted room ${room.label} at ${hotel.name}.${takenOut}`);
}

/** Someone of the exchange as the policies see them: a delegate, or a former one with no city. */
function travellerOf(data: ItineraryData, personId: string): Traveller & { name: string } {
  const delegate = data.allDelegates.find((candidate) => candidate.personId === personId);
  return delegate ?? { personId, cityId: null, name: data.otherNames.get(personId) ?? "Someone" };
}

export async function assignRoom(context: Context) {
  const { viewer, exchange, data, formData } = context;
  const submission = parseWithZod(formData, { schema: assignRoomSchema(assignmentFormOptions(viewer, data)) });
  if (submission.status !== "success") return formProblem(ASSIGN_ROOM_INTENT, "new", submission.reply());
  const { roomId, personId, sharingConsent } = submission.value;
  const hotel = data.lodging.hotels.find((candidate) => candidate.rooms.some((room) => room.id === roomId))!;
  const room = hotel.rooms.find((candidate) => candidate.id === roomId)!;
  const delegate = travellerOf(data, personId);
  // Read now, not from the page's copy: the decision must see who is in the room at this moment.
  const others = (await listOccupants(roomId)).filter((occupant) => occupant.personId !== personId);
  const roommates = others.map((occupant) => ({ ...travellerOf(data, occupant.personId), ...occupant }));
  invariantResponse(canAssignRoom(viewer, delegate, roommates), ROOM_REFUSED, { status: 403 });
  const refuse = (fields: Record<string, string>) =>
    formProblem(ASSIGN_ROOM_INTENT, "new", replyWithErrors(submission, { fields }));
  const names = nameList(roommates.map((roommate) => roommate.name));
  if (roommates.length >= room.capacity)
    return refuse({ roomId: `Room ${room.label} at ${hotel.name} sleeps ${room.capacity} and is full: ${names}` });
  const unwilling = roommates.filter((roommate) => !roommate.sharingConsent);
  if (unwilling.length > 0)
    return refuse({
      roomId: `${nameList(unwilling.map((roommate) => roommate.name))} did not agree to share a room: choose another room`,
    });
  if (roommates.length > 0 && !sharingConsent)
    return refuse({
      sharingConsent: `Room ${room.label} has ${names} in it: ${delegate.name} can share it only if they agreed to; tick the box if they did, or choose another room`,
    });
  const placed = await placeInRoom(
    exchange.id,
    { hotelId: hotel.id, roomId, capacity: room.capacity },
    { personId, sharingConsent },
  );
  if (placed === "full")
    return refuse({ roomId: `Room ${room.label} at ${hotel.name} filled up just now: choose another room` });
  return savedAt(exchange.id, `#room-${roomId}`, `${delegate.name} is in room ${room.label} at ${hotel.name}.`);
}

export async function unassignRoom(context: Context) {
  const { viewer, exchange, data, formData } = context;
  const submission = parseWithZod(formData, { schema: unassignRoomSchema });
  invariantResponse(submission.status === "success", "Choose whom to take out of a room.", { status: 400 });
  const { hotelId, personId } = submission.value;
  const hotel = existingHotel(context, hotelId);
  const assignment = data.lodging.assignments.find(
    (candidate) => candidate.hotelId === hotelId && candidate.personId === personId,
  );
  invariantResponse(assignment, "This person has no room in this hotel.", { status: 404 });
  const roommates = data.lodging.assignments
    .filter((candidate) => candidate.roomId === assignment.roomId && candidate.personId !== personId)
    .map((candidate) => travellerOf(data, candidate.personId));
  const person = travellerOf(data, personId);
  invariantResponse(canAssignRoom(viewer, person, roommates), ROOM_REFUSED, { status: 403 });
  await removeFromRoom(exchange.id, hotelId, personId);
  return savedAt(exchange.id, `#hotel-${hotel.id}`, `${person.name} no longer has a room at ${hotel.name}.`);
}
