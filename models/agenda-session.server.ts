// Agenda sessions of a convening. Times are UTC instants plus the IANA zone they were entered in.
import mongoose, { Schema } from "mongoose";
import { diffFields, isCalendarChange, SESSION_TRACKED_FIELDS } from "~/domain/agenda/changes";
import { SESSION_KINDS, type SessionKind } from "~/domain/vocabulary/sessions";
import { readAgendaCopy, writeAgendaCopy } from "./convening-agenda.server";
import { CHANGE_TOKENS, replaceChangeTokenOnWrite } from "./change-token.server";
import { recordChange } from "./convening-change.server";
import { registerModel } from "./register-model.server";


/** What a session form saves: checked, in the stored shape. */
export type SpeakerInput = { personId: string | null; name: string; role: "facilitator" | "speaker" };

export type SessionInput = {
  title: string;
  description: string;
  kind: SessionKind;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  endTimeZone: string | null;
  room: string;
  placeName: string;
  track: string;
  themes: string[];
  speakers: SpeakerInput[];
};

const speakerSchema = new Schema(
  {
    personId: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    name: { type: String, required: true, maxlength: 120 },
    role: { type: String, enum: ["facilitator", "speaker"], default: "speaker" },
  },
  { _id: false },
);

const agendaSessionSchema = new Schema(
  {
    seedKey: { type: String, default: undefined, index: { unique: true, sparse: true } },
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    title: { type: String, required: true, trim: true, maxlength: 160 },
    description: { type: String, default: "", maxlength: 4000 },
    kind: { type: String, enum: SESSION_KINDS, required: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    timeZone: { type: String, required: true },
    endTimeZone: { type: String, default: null }, // a travel leg may end in another zone
    room: { type: String, default: "", maxlength: 160 },
    placeName: { type: String, default: "", maxlength: 160 },
    speakers: { type: [speakerSchema], default: [] },
    themes: { type: [String], default: [] },
    track: { type: String, default: "", maxlength: 60 },
    isCancelled: { type: Boolean, default: false },
    cancelledAt: { type: Date, default: null },
    sequence: { type: Number, required: true, default: 0 },
    revision: { type: Number, required: true, default: 1 }, // optimistic concurrency for edits
  },
  { timestamps: true },
);
agendaSessionSchema.index({ conveningId: 1, startsAt: 1 });

replaceChangeTokenOnWrite(agendaSessionSchema, CHANGE_TOKENS.sessions);
export const AgendaSession = registerModel("AgendaSession", agendaSessionSchema);

export type SessionRecord = SessionInput & {
  id: string;
  conveningId: string;
  isCancelled: boolean;
  cancelledAt: Date | null;
  sequence: number;
  revision: number;
  updatedAt: Date;
};

const SESSION_FIELDS =
  "conveningId title description kind startsAt endsAt timeZone endTimeZone room placeName speakers themes track isCancelled cancelledAt sequence revision updatedAt";

type SessionLean = Omit<SessionRecord, "id" | "conveningId" | "speakers"> & {
  _id: unknown;
  conveningId: unknown;
  speakers: Array<{ personId: unknown; name: string; role: "facilitator" | "speaker" }>;
};

function toRecord(doc: SessionLean): SessionRecord {
  const { _id, conveningId, speakers, ...rest } = doc;
  return {
    ...rest,
    id: String(_id),
    conveningId: String(conveningId),
    endTimeZone: rest.endTimeZone ?? null,
    revision: rest.revision ?? 1,
    cancelledAt: rest.cancelledAt ?? null,
    // Sessions upserted directly (the seed) may lack defaulted fields.
    description: rest.description ?? "",
    room: rest.room ?? "",
    placeName: rest.placeName ?? "",
    track: rest.track ?? "",
    themes: rest.themes ?? [],
    isCancelled: rest.isCancelled ?? false,
    sequence: rest.sequence ?? 0,
    speakers: (speakers ?? []).map((speaker) => ({ personId: speaker.personId ? String(speaker.personId) : null, name: speaker.name, role: speaker.role ?? "speaker" })),
  };
}

/** Every session of the given convenings (cancelled ones included, marked), in time order: one query. */
export async function listSessionsForConvenings(conveningIds: string[]): Promise<SessionRecord[]> {
  const ids = conveningIds.filter((id) => mongoose.isValidObjectId(id));
  if (ids.length === 0) return [];
  const docs = await AgendaSession.find({ conveningId: { $in: ids } }).select(SESSION_FIELDS).sort({ startsAt: 1 }).lean<SessionLean[]>();
  return docs.map(toRecord);
}

/** A convening's sessions in time order, cancelled ones included. */
export function listSessions(conveningId: string): Promise<SessionRecord[]> {
  return listSessionsForConvenings([conveningId]);
}

/**
 * A convening's sessions in time order (cancelled ones included) for agenda pages: one read by
 * _id of the agenda copy, whatever the size of the programme; builds the copy if it is missing.
 */
export async function listAgendaSessions(conveningId: string): Promise<SessionRecord[]> {
  if (!mongoose.isValidObjectId(conveningId)) return [];
  const copy = await readAgendaCopy(conveningId);
  if (copy) return copy.map((session) => toRecord(session as unknown as SessionLean));
  return refreshAgendaCopy(conveningId);
}

/** Rebuilds the agenda copy from the sessions collection; call after every session write. */
export async function refreshAgendaCopy(conveningId: string): Promise<SessionRecord[]> {
  const builtAt = new Date();
  const sessions = await listSessions(conveningId);
  await writeAgendaCopy(
    conveningId,
    sessions.map(({ id, ...session }) => ({ ...session, _id: id })),
    builtAt,
  );
  return sessions;
}

/** One session, only if it belongs to the convening; null for malformed ids. */
export async function getSession(conveningId: string, sessionId: string): Promise<SessionRecord | null> {
  if (!mongoose.isValidObjectId(conveningId) || !mongoose.isValidObjectId(sessionId)) return null;
  const doc = await AgendaSession.findOne({ _id: sessionId, conveningId }).select(SESSION_FIELDS).lean<SessionLean | null>();
  return doc ? toRecord(doc) : null;
}

type SessionOwner = { id: string; status: string };
type SessionActor = { id: string; name: string };

export async function createSession(convening: SessionOwner, input: SessionInput, by: SessionActor): Promise<string> {
  const doc = await AgendaSession.create({ ...input, conveningId: convening.id });
  await refreshAgendaCopy(convening.id);
  if (convening.status !== "draft") {
    await recordChange({
      conveningId: convening.id,
      sessionId: String(doc._id),
      kind: "session-added",
      subject: input.title,
      timeZone: input.timeZone,
      personId: by.id,
      personName: by.name,
      changes: [{ field: "startsAt", from: "", to: input.startsAt.toISOString() }],
      reason: "",
    });
  }
  return String(doc._id);
}

/** Saves a session edit unless someone saved it since the form was opened; records moves once published. */
export async function updateSession(
  convening: SessionOwner,
  sessionId: string,
  revision: number,
  input: SessionInput,
  by: SessionActor,
): Promise<{ ok: true } | { ok: false; reason: "missing" | "stale" }> {
  const before = await getSession(convening.id, sessionId);
  if (!before) return { ok: false, reason: "missing" };
  if (before.revision !== revision) return { ok: false, reason: "stale" };
  const changes = diffFields(before, { ...input, isCancelled: before.isCancelled }, SESSION_TRACKED_FIELDS);
  const result = await AgendaSession.updateOne(
    { _id: sessionId, conveningId: convening.id, revision },
    { $set: { ...input }, $inc: { revision: 1, sequence: isCalendarChange(changes) ? 1 : 0 } },
    { runValidators: true },
  );
  if (result.matchedCount === 0) return { ok: false, reason: "stale" };
  await refreshAgendaCopy(convening.id);
  if (convening.status !== "draft" && changes.length > 0) {
    await recordChange({ conveningId: convening.id, sessionId, kind: "session-updated", subject: input.title, timeZone: input.timeZone, personId: by.id, personName: by.name, changes, reason: "" });
  }
  return { ok: true };
}

/** Cancels a session (it stays on the agenda and in calendars, marked cancelled) or restores it. */
async function setSessionCancelled(convening: SessionOwner, sessionId: string, by: SessionActor, isCancelled: boolean): Promise<boolean> {
  const before = await getSession(convening.id, sessionId);
  if (!before || before.isCancelled === isCancelled) return false;
  const result = await AgendaSession.updateOne(
    { _id: sessionId, conveningId: convening.id, isCancelled: !isCancelled },
    // SEQUENCE goes up either way, so calendars replace the cancelled copy with the live one.
    { $set: { isCancelled, cancelledAt: isCancelled ? new Date() : null }, $inc: { revision: 1, sequence: 1 } },
  );
  if (result.modifiedCount === 0) return false;
  await refreshAgendaCopy(convening.id);
  if (convening.status !== "draft") {
    await recordChange({
      conveningId: convening.id,
      sessionId,
      kind: isCancelled ? "session-cancelled" : "session-restored",
      subject: before.title,
      timeZone: before.timeZone,
      personId: by.id,
      personName: by.name,
      changes: [{ field: "isCancelled", from: String(!isCancelled), to: String(isCancelled) }],
      reason: "",
    });
  }
  return true;
}

export const cancelSession = (convening: SessionOwner, sessionId: string, by: SessionActor) => setSessionCancelled(convening, sessionId, by, true);
export const restoreSession = (convening: SessionOwner, sessionId: string, by: SessionActor) => setSessionCancelled(convening, sessionId, by, false);
