// The forms for a hotel's rooms and who sleeps in them: a room's label and how many it sleeps; a
// delegate put in a room, with whether they agreed to share it; taking someone out of a room.
import { z } from "zod";
import { checkbox, choice, text, title, tooLong } from "~/forms/fields";

export const SAVE_ROOM_INTENT = "save-room";
export const DELETE_ROOM_INTENT = "delete-room";
export const ASSIGN_ROOM_INTENT = "assign-room";
export const UNASSIGN_ROOM_INTENT = "unassign-room";

export const MAX_ROOM_CAPACITY = 12;
const LIMITS = { label: 40 };

export const roomFormSchema = z
  .object({
    hotelId: text(),
    roomId: text(),
    label: title("Enter the room's number or name", { max: LIMITS.label, tooLong: tooLong("Room", LIMITS.label) }),
    capacity: text().refine(
      (value) => /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_ROOM_CAPACITY,
      { message: `Enter how many people the room sleeps, from 1 to ${MAX_ROOM_CAPACITY}` },
    ),
  })
  .transform((value) => ({
    hotelId: value.hotelId,
    roomId: value.roomId,
    room: { label: value.label, capacity: Number(value.capacity) },
  }));

/** Putting a delegate in a room: the rooms and delegates on offer come from the page. */
export function assignRoomSchema({ roomIds, personIds }: { roomIds: string[]; personIds: string[] }) {
  return z.object({
    roomId: choice(roomIds, "Choose a room"),
    personId: choice(personIds, "Choose a delegate"),
    sharingConsent: checkbox(),
  });
}

export const deleteRoomSchema = z.object({
  hotelId: z.string({ required_error: "Choose a hotel" }),
  roomId: z.string({ required_error: "Choose a room" }),
});

export const unassignRoomSchema = z.object({
  hotelId: z.string({ required_error: "Choose a hotel" }),
  personId: z.string({ required_error: "Choose a delegate" }),
});
