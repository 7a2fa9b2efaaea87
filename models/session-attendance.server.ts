// The sessions a manager takes attendance for, kept apart from the session documents (so the
// session form, its change history and the agenda copy never see it): one document per convening
// and session, `${conveningId}:${sessionId}`, inserted to switch attendance on and deleted to
// switch it off, and read by _id for the sessions of a convening's agenda.
import { Schema } from "mongoose";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

const sessionAttendanceSchema = new Schema(
  {
    _id: { type: String, required: true },
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    sessionId: { type: Schema.Types.ObjectId, ref: "AgendaSession", required: true },
    switchedOnById: { type: Schema.Types.ObjectId, ref: "Person", required: true },
    switchedOnAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const SessionAttendance = registerModel("SessionAttendance", sessionAttendanceSchema);

const idOf = (conveningId: string, sessionId: string) =>
  isValidId(conveningId) && isValidId(sessionId) ? `${conveningId}:${sessionId}` : null;

/** Starts taking attendance at a session; switching it on twice (or twice at once) is one switch. */
export async function switchOnSessionAttendance(conveningId: string, sessionId: string, byId: string): Promise<void> {
  const _id = idOf(conveningId, sessionId);
  if (!_id) return;
  try {
    await SessionAttendance.create({ _id, conveningId, sessionId, switchedOnById: byId, switchedOnAt: new Date() });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/** Stops taking attendance at a session; the marks taken there stay, and count again if switched back on. */
export async function switchOffSessionAttendance(conveningId: string, sessionId: string): Promise<void> {
  const _id = idOf(conveningId, sessionId);
  if (_id) await SessionAttendance.deleteOne({ _id });
}

/** Which of these sessions of the convening take attendance: one lookup by _id each. */
export async function listSessionsTakingAttendance(conveningId: string, sessionIds: string[]): Promise<Set<string>> {
  const ids = sessionIds.flatMap((sessionId) => idOf(conveningId, sessionId) ?? []);
  const docs = await Promise.all(ids.map((_id) => SessionAttendance.findById(_id).select("sessionId").lean()));
  return new Set(docs.flatMap((doc) => (doc ? [String(doc.sessionId)] : [])));
}
