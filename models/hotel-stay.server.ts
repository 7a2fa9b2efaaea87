// Hotels of a learning exchange: name, address, zone, the group's check-in and check-out days and
// its rooms, with who sleeps where (room-assignment.server.ts). Pages read a convening's lodging
// (hotels and assignments) from its lodging copy, by _id; every write here rebuilds that copy.
import { Schema, Types } from "mongoose";
import { CHANGE_TOKENS, replaceChangeTokenOnWrite } from "./change-token.server";
import { LodgingPlanCopy, readPlanCopy, writePlanCopy } from "./exchange-plan-copy.server";
import { isValidId } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";
import {
  claimBed,
  deleteAssignment,
  deleteAssignmentsOfHotel,
  findAssignmentInHotel,
  listAssignmentDocs,
  listRoomOccupants,
  setSharingConsent,
  toAssignmentRecord,
  type RoomAssignmentDoc,
  type RoomAssignmentRecord,
} from "./room-assignment.server";

export type { RoomAssignmentRecord };

const roomSchema = new Schema({
  label: { type: String, required: true, maxlength: 40 },
  capacity: { type: Number, required: true, min: 1, max: 12 },
});

const hotelStaySchema = new Schema(
  {
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true, index: true },
    name: { type: String, required: true, maxlength: 160 },
    address: { type: String, default: "", maxlength: 300 },
    timeZone: { type: String, required: true },
    checkInDate: { type: String, required: true }, // YYYY-MM-DD at the hotel
    checkOutDate: { type: String, required: true },
    rooms: { type: [roomSchema], default: [] },
    revision: { type: Number, required: true, default: 1 }, // rooms are saved read-modify-write
  },
  { timestamps: true },
);

replaceChangeTokenOnWrite(hotelStaySchema, CHANGE_TOKENS.lodging);
export const HotelStay = registerModel("HotelStay", hotelStaySchema);

export type HotelInput = { name: string; address: string; timeZone: string; checkInDate: string; checkOutDate: string };
export type RoomInput = { label: string; capacity: number };
export type RoomRecord = RoomInput & { id: string };
export type HotelRecord = HotelInput & {
  id: string;
  conveningId: string;
  rooms: RoomRecord[];
  /** The last save (calendar feeds' LAST-MODIFIED); absent in copies built before it was kept. */
  updatedAt?: Date;
};
export type Lodging = { hotels: HotelRecord[]; assignments: RoomAssignmentRecord[] };

type HotelDoc = LeanDocument<typeof hotelStaySchema>;
type LodgingCopy = { hotels: HotelDoc[]; assignments: RoomAssignmentDoc[] };

const HOTEL_FIELDS = "conveningId name address timeZone checkInDate checkOutDate rooms revision updatedAt";

function toHotelRecord(doc: HotelDoc): HotelRecord {
  return {
    id: String(doc._id),
    conveningId: String(doc.conveningId),
    name: doc.name,
    address: doc.address ?? "",
    timeZone: doc.timeZone,
    checkInDate: doc.checkInDate,
    checkOutDate: doc.checkOutDate,
    rooms: (doc.rooms ?? []).map((room) => ({ id: String(room._id), label: room.label, capacity: room.capacity })),
    ...(doc.updatedAt ? { updatedAt: new Date(doc.updatedAt) } : {}),
  };
}

/** Rebuilds a convening's lodging copy from hotels and assignments (scans, on writes only). */
async function rebuildLodgingCopy(conveningId: string): Promise<Lodging> {
  const builtAt = new Date(); // before the reads: a copy from later reads wins
  const [hotels, assignments] = await Promise.all([
    HotelStay.find({ conveningId }).select(HOTEL_FIELDS).sort({ checkInDate: 1, _id: 1 }).lean(),
    listAssignmentDocs(conveningId),
  ]);
  await writePlanCopy(LodgingPlanCopy, conveningId, { hotels, assignments } satisfies LodgingCopy, builtAt);
  return { hotels: hotels.map(toHotelRecord), assignments: assignments.map(toAssignmentRecord) };
}

/** A convening's hotels (by check-in day) and who sleeps where: one read by _id of its copy. */
export async function listLodging(conveningId: string): Promise<Lodging> {
  if (!isValidId(conveningId)) return { hotels: [], assignments: [] };
  const copy = await readPlanCopy<LodgingCopy>(LodgingPlanCopy, conveningId);
  if (!copy) return rebuildLodgingCopy(conveningId);
  return { hotels: copy.hotels.map(toHotelRecord), assignments: copy.assignments.map(toAssignmentRecord) };
}

async function findHotelDoc(conveningId: string, hotelId: string): Promise<HotelDoc | null> {
  if (!isValidId(conveningId) || !isValidId(hotelId)) return null;
  // By _id alone (served from the index), then the convening checked on the document.
  const doc = await HotelStay.findById(hotelId).select(HOTEL_FIELDS).lean();
  return doc && String(doc.conveningId) === conveningId ? doc : null;
}

/** One hotel of the convening, read now from the collection; null for malformed or unknown ids. */
export async function getHotel(conveningId: string, hotelId: string): Promise<HotelRecord | null> {
  const doc = await findHotelDoc(conveningId, hotelId);
  return doc ? toHotelRecord(doc) : null;
}

export async function createHotel(conveningId: string, input: HotelInput): Promise<string> {
  const doc = await HotelStay.create({ ...input, conveningId, rooms: [] });
  await rebuildLodgingCopy(conveningId);
  return String(doc._id);
}

/** Saves a hotel's details (its rooms stay); false when the convening has no such hotel. */
export async function updateHotel(conveningId: string, hotelId: string, input: HotelInput): Promise<boolean> {
  if (!(await findHotelDoc(conveningId, hotelId))) return false;
  await HotelStay.updateOne({ _id: hotelId }, { $set: input }, { runValidators: true });
  await rebuildLodgingCopy(conveningId);
  return true;
}

/** Deletes a hotel with its rooms and everyone's place in them. */
export async function deleteHotel(conveningId: string, hotelId: string): Promise<boolean> {
  if (!(await findHotelDoc(conveningId, hotelId))) return false;
  await HotelStay.deleteOne({ _id: hotelId });
  await deleteAssignmentsOfHotel(hotelId);
  await rebuildLodgingCopy(conveningId);
  return true;
}

const ROOM_SAVE_ATTEMPTS = 3;

/** Replaces a hotel's rooms only if nobody saved them since they were read; tries again on a clash. */
async function changeRooms(
  conveningId: string,
  hotelId: string,
  change: (rooms: RoomRecord[]) => RoomRecord[],
): Promise<boolean> {
  for (let attempt = 0; attempt < ROOM_SAVE_ATTEMPTS; attempt += 1) {
    const doc = await findHotelDoc(conveningId, hotelId);
    if (!doc) return false;
    const rooms = change(toHotelRecord(doc).rooms).map(({ id, ...room }) => ({ _id: id, ...room }));
    const result = await HotelStay.updateOne(
      { _id: hotelId, revision: doc.revision ?? 1 },
      { $set: { rooms }, $inc: { revision: 1 } },
      { runValidators: true },
    );
    if (result.matchedCount === 1) {
      await rebuildLodgingCopy(conveningId);
      return true;
    }
  }
  return false;
}

/** Adds a room to the hotel; its id, or null when the convening has no such hotel. */
export async function addRoom(conveningId: string, hotelId: string, room: RoomInput): Promise<string | null> {
  const id = new Types.ObjectId().toHexString();
  const saved = await changeRooms(conveningId, hotelId, (rooms) => [...rooms, { id, ...room }]);
  return saved ? id : null;
}

/** Saves a room's label and capacity; false when the hotel has no such room. */
export async function updateRoom(conveningId: string, hotelId: string, roomId: string, room: RoomInput) {
  let isFound = false;
  const saved = await changeRooms(conveningId, hotelId, (rooms) =>
    rooms.map((existing) => {
      if (existing.id !== roomId) return existing;
      isFound = true;
      return { id: roomId, ...room };
    }),
  );
  return saved && isFound;
}

/** Deletes an empty room; false when there is no such room. */
export async function deleteRoom(conveningId: string, hotelId: string, roomId: string): Promise<boolean> {
  let isFound = false;
  const saved = await changeRooms(conveningId, hotelId, (rooms) =>
    rooms.filter((room) => {
      if (room.id === roomId) isFound = true;
      return room.id !== roomId;
    }),
  );
  return saved && isFound;
}

/** Who is in a room now, from the collection (decisions must not read a copy a moment old). */
export function listOccupants(roomId: string): Promise<RoomAssignmentRecord[]> {
  return isValidId(roomId) ? listRoomOccupants(roomId) : Promise.resolve([]);
}

/**
 * Puts the person in the room: a move when they have another room in this hotel, a change of their
 * consent when it is the same room. "full" when no bed was free (their old room is kept).
 */
export async function placeInRoom(
  conveningId: string,
  place: { hotelId: string; roomId: string; capacity: number },
  person: { personId: string; sharingConsent: boolean },
): Promise<"placed" | "full"> {
  const existing = await findAssignmentInHotel(place.hotelId, person.personId);
  if (existing?.roomId === place.roomId) {
    await setSharingConsent(place.hotelId, person.personId, person.sharingConsent);
    await rebuildLodgingCopy(conveningId);
    return "placed";
  }
  if (existing) await deleteAssignment(place.hotelId, person.personId);
  let claim = await claimBed({ conveningId, ...place }, person);
  if (claim === "in-hotel") claim = "full"; // a parallel request placed them meanwhile: theirs stands
  if (claim === "full" && existing) {
    const previous = (await getHotel(conveningId, place.hotelId))?.rooms.find((room) => room.id === existing.roomId);
    if (previous)
      await claimBed(
        { conveningId, hotelId: place.hotelId, roomId: previous.id, capacity: previous.capacity },
        { personId: person.personId, sharingConsent: existing.sharingConsent },
      );
  }
  await rebuildLodgingCopy(conveningId);
  return claim === "placed" ? "placed" : "full";
}

/** Takes the person out of their room in the hotel; false when they had none. */
export async function removeFromRoom(conveningId: string, hotelId: string, personId: string): Promise<boolean> {
  if (!isValidId(hotelId) || !isValidId(personId) || !(await findHotelDoc(conveningId, hotelId))) return false;
  const isRemoved = await deleteAssignment(hotelId, personId);
  await rebuildLodgingCopy(conveningId);
  return isRemoved;
}

/** Takes everyone out of a room (before it is deleted). */
export async function emptyRoom(conveningId: string, hotelId: string, roomId: string) {
  const occupants = await listOccupants(roomId);
  for (const occupant of occupants) await deleteAssignment(hotelId, occupant.personId);
  if (occupants.length > 0) await rebuildLodgingCopy(conveningId);
}
