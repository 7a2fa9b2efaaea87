// Attendance marks: one document per convening, slot (a day at the place, or a session that takes
// attendance) and person, "here" or "not here". The _id is made from the three
// (`${conveningId}:${slot}:${personId}`), so a mark is an upsert by _id and a page reads the marks
// it shows by _id: the only lookup FerretDB serves from an index (decision 019).
import { Schema } from "mongoose";
import { upsertRacingSafely } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

export const ATTENDANCE_MARKS = ["here", "away"] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

const attendanceMarkSchema = new Schema(
  {
    _id: { type: String, required: true },
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true, index: true },
    /** "2018-05-21" for a day, "session-<id>" for a session. */
    slot: { type: String, required: true },
    personId: { type: Schema.Types.ObjectId, ref: "Person", required: true },
    mark: { type: String, enum: ATTENDANCE_MARKS, required: true },
    markedById: { type: Schema.Types.ObjectId, ref: "Person", required: true },
    markedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const AttendanceMarkModel = registerModel("AttendanceMark", attendanceMarkSchema);

const DAY_SLOT = /^\d{4}-\d{2}-\d{2}$/;

/** The slot of a day ("2018-05-21") or of a session. */
export const daySlot = (day: string) => day;
export const sessionSlot = (sessionId: string) => `session-${sessionId}`;

function isValidSlot(slot: string) {
  return DAY_SLOT.test(slot) || (slot.startsWith("session-") && isValidId(slot.slice("session-".length)));
}

/** The _id of a person's mark in a slot, or null for malformed parts. */
export function attendanceMarkId(conveningId: string, slot: string, personId: string): string | null {
  if (!isValidId(conveningId) || !isValidId(personId) || !isValidSlot(slot)) return null;
  return `${conveningId}:${slot}:${personId}`;
}

/** Sets a mark; marking again, or two managers marking at once, leaves one document. */
export async function setAttendanceMark(input: {
  conveningId: string;
  slot: string;
  personId: string;
  mark: AttendanceMark;
  markedById: string;
  at?: Date;
}): Promise<void> {
  const id = attendanceMarkId(input.conveningId, input.slot, input.personId);
  if (!id) throw new Error("malformed attendance mark");
  await upsertRacingSafely(() =>
    AttendanceMarkModel.updateOne(
      { _id: id },
      {
        $set: { mark: input.mark, markedById: input.markedById, markedAt: input.at ?? new Date() },
        $setOnInsert: { conveningId: input.conveningId, slot: input.slot, personId: input.personId },
      },
      { upsert: true },
    ),
  );
}

/** Takes a mark away (nothing recorded for that person in that slot). */
export async function clearAttendanceMark(conveningId: string, slot: string, personId: string): Promise<void> {
  const id = attendanceMarkId(conveningId, slot, personId);
  if (id) await AttendanceMarkModel.deleteOne({ _id: id });
}

// Past this many, one query for them all costs less than a lookup each (as models/by-id.server.ts).
const MAX_PARALLEL_LOOKUPS = 64;

/** The marks with these ids, as a map from _id to mark; ids without a mark are left out. */
export async function readAttendanceMarks(ids: Iterable<string | null>): Promise<Map<string, AttendanceMark>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const docs =
    wanted.length > MAX_PARALLEL_LOOKUPS
      ? await AttendanceMarkModel.find({ _id: { $in: wanted } })
          .select("mark")
          .lean()
      : (await Promise.all(wanted.map((id) => AttendanceMarkModel.findById(id).select("mark").lean()))).filter(
          (doc) => doc !== null,
        );
  return new Map(docs.map((doc) => [String(doc._id), doc.mark]));
}
