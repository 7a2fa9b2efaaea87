// Who sleeps in which hotel room on a learning exchange. FerretDB runs updates as read-modify-write,
// so a room's capacity is held by numbered beds inserted against unique indexes (as place seats
// are): two requests cannot take the same bed, and a person has one room per hotel. Each person
// says whether they agreed to share. Only hotel-stay.server.ts writes here, and keeps the copy.
import { Schema } from "mongoose";
import { CHANGE_TOKENS, replaceChangeTokenOnWrite } from "./change-token.server";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { registerModel, type LeanDocument } from "./register-model.server";

const roomAssignmentSchema = new Schema(
  {
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true, index: true },
    hotelId: { type: Schema.Types.ObjectId, ref: "HotelStay", required: true },
    roomId: { type: Schema.Types.ObjectId, required: true },
    personId: { type: Schema.Types.ObjectId, ref: "Person", required: true },
    bed: { type: Number, required: true, min: 0 },
    sharingConsent: { type: Boolean, default: false },
  },
  { timestamps: true },
);
roomAssignmentSchema.index({ hotelId: 1, personId: 1 }, { unique: true });
roomAssignmentSchema.index({ roomId: 1, bed: 1 }, { unique: true });

replaceChangeTokenOnWrite(roomAssignmentSchema, CHANGE_TOKENS.lodging);
export const RoomAssignment = registerModel("RoomAssignment", roomAssignmentSchema);

export type RoomAssignmentRecord = {
  hotelId: string;
  roomId: string;
  personId: string;
  sharingConsent: boolean;
  /** When the person was put in the room or their consent last changed (calendar feeds). */
  updatedAt?: Date;
};

export type RoomAssignmentDoc = LeanDocument<typeof roomAssignmentSchema>;

export const ASSIGNMENT_FIELDS = "hotelId roomId personId bed sharingConsent updatedAt";

export function toAssignmentRecord(doc: RoomAssignmentDoc): RoomAssignmentRecord {
  return {
    hotelId: String(doc.hotelId),
    roomId: String(doc.roomId),
    personId: String(doc.personId),
    sharingConsent: doc.sharingConsent ?? false,
    ...(doc.updatedAt ? { updatedAt: new Date(doc.updatedAt) } : {}),
  };
}

/** A convening's assignments (one scan, for rebuilding its lodging copy). */
export function listAssignmentDocs(conveningId: string): Promise<RoomAssignmentDoc[]> {
  return RoomAssignment.find({ conveningId }).select(ASSIGNMENT_FIELDS).sort({ hotelId: 1, roomId: 1, bed: 1 }).lean();
}

/** "placed": the person has a bed in the room; "full": no bed free; "in-hotel": they have a room in this hotel already. */
export type BedClaim = "placed" | "full" | "in-hotel";

/** Takes a free bed of the room for the person, trying the numbers below `capacity` in turn. */
export async function claimBed(
  place: { conveningId: string; hotelId: string; roomId: string; capacity: number },
  person: { personId: string; sharingConsent: boolean },
): Promise<BedClaim> {
  const taken = await RoomAssignment.find({ roomId: place.roomId }).select("bed").lean();
  // A lowered capacity can leave more beds taken than allowed: full until enough are given up.
  if (taken.length >= place.capacity) return "full";
  const takenBeds = new Set(taken.map((assignment) => assignment.bed));
  for (let bed = 0; bed < place.capacity; bed += 1) {
    if (takenBeds.has(bed)) continue;
    try {
      await RoomAssignment.create({ ...place, ...person, bed });
      return "placed";
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // Another request took this bed (try the next), or the person has a room in this hotel.
      if (await RoomAssignment.exists({ hotelId: place.hotelId, personId: person.personId })) return "in-hotel";
    }
  }
  return "full";
}

/** The person's assignment in the hotel, or null. */
export async function findAssignmentInHotel(hotelId: string, personId: string): Promise<RoomAssignmentRecord | null> {
  const doc = await RoomAssignment.findOne({ hotelId, personId }).select(ASSIGNMENT_FIELDS).lean();
  return doc ? toAssignmentRecord(doc) : null;
}

/** The people in a room now (read from the collection, not the copy, for decisions). */
export async function listRoomOccupants(roomId: string): Promise<RoomAssignmentRecord[]> {
  const docs = await RoomAssignment.find({ roomId }).select(ASSIGNMENT_FIELDS).lean();
  return docs.map(toAssignmentRecord);
}

export async function setSharingConsent(hotelId: string, personId: string, sharingConsent: boolean) {
  await RoomAssignment.updateOne({ hotelId, personId }, { $set: { sharingConsent } });
}

export async function deleteAssignment(hotelId: string, personId: string): Promise<boolean> {
  const result = await RoomAssignment.deleteOne({ hotelId, personId });
  return result.deletedCount === 1;
}

export async function deleteAssignmentsOfHotel(hotelId: string) {
  await RoomAssignment.deleteMany({ hotelId });
}
