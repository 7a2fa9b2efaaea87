// Agenda sessions of a convening. Times are UTC instants plus the IANA zone they were entered in.
import { Schema } from "mongoose";
import { diffFields, isCalendarChange, SESSION_TRACKED_FIELDS } from "~/domain/agenda/changes";
import { SESSION_KINDS, type SessionKind } from "~/domain/vocabulary/sessions";
import {
  insertAgendaCopies,
  readAgendaCopy,
  refreshAgendaCopyOnWrite,
  writeAgendaCopy,
} from "./convening-agenda.server";
import { findLeanByIds } from "./by-id.server";
import { CHANGE_TOKENS, replaceChangeToken, replaceChangeTokenOnWrite } from "./change-token.server";
import { recordChange } from "./convening-change.server";
import { idOrNull, isValidId, validIds } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";

/** What a session form saves: checked, in the stored shape. */
export type SpeakerInput = { personId: string | null; name: string; role: "facilitator" | "speaker" };

export type SessionInput = {
  title: string;
  description: string;
  /** Welsh versions; "" when not written (absent: unchanged, or none for a new session). */
  titleCy?: string;
  descriptionCy?: string;
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
    // Welsh versions, optional (decision 038); the agenda copy carries them.
    titleCy: { type: String, default: "", trim: true, maxlength: 160 },
    descriptionCy: { type: String, default: "", maxlength: 4000 },
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

// The agenda copy follows every write made through the model; then the change token moves.
refreshAgendaCopyOnWrite(agendaSessionSchema, (conveningIds) => rebuildAgendaCopies(conveningIds));
replaceChangeTokenOnWrite(agendaSessionSchema, CHANGE_TOKENS.sessions);
export const AgendaSession = registerModel("AgendaSession", agendaSessionSchema);

/** A session as the app reads it: every stored field, ids as strings. */
export type SessionRecord = Omit<SessionInput, "titleCy" | "descriptionCy"> & {
  id: string;
  titleCy: string;
  descriptionCy: string;
  conveningId: string;
  isCancelled: boolean;
  cancelledAt: Date | null;
  sequence: number;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
};

type SessionDoc = LeanDocument<typeof agendaSessionSchema>;
type SessionField = Exclude<keyof SessionRecord, "id">;

// One mapper: each record field from the stored document. Sessions written around the schema
// (upserts, the seed, straight to the collection) may lack defaulted fields, hence the fallbacks.
const FROM_DOC: { [K in keyof SessionRecord]: (doc: SessionDoc) => SessionRecord[K] } = {
  id: (doc) => String(doc._id),
  conveningId: (doc) => String(doc.conveningId),
  title: (doc) => doc.title,
  description: (doc) => doc.description ?? "",
  titleCy: (doc) => doc.titleCy ?? "",
  descriptionCy: (doc) => doc.descriptionCy ?? "",
  kind: (doc) => doc.kind,
  startsAt: (doc) => doc.startsAt,
  endsAt: (doc) => doc.endsAt,
  timeZone: (doc) => doc.timeZone,
  endTimeZone: (doc) => doc.endTimeZone ?? null,
  room: (doc) => doc.room ?? "",
  placeName: (doc) => doc.placeName ?? "",
  track: (doc) => doc.track ?? "",
  themes: (doc) => doc.themes ?? [],
  speakers: (doc) =>
    (doc.speakers ?? []).map((speaker) => ({
      personId: idOrNull(speaker.personId),
      name: speaker.name,
      role: speaker.role ?? "speaker",
    })),
  isCancelled: (doc) => doc.isCancelled ?? false,
  cancelledAt: (doc) => doc.cancelledAt ?? null,
  sequence: (doc) => doc.sequence ?? 0,
  revision: (doc) => doc.revision ?? 1,
  createdAt: (doc) => doc.createdAt,
  updatedAt: (doc) => doc.updatedAt,
};

/** The views pages read (the query selects exactly these fields), each a Pick of SessionRecord. */
export const SESSION_VIEWS = {
  /** Agenda pages, their copy, session forms. */
  agenda: [
    "conveningId",
    "title",
    "description",
    "titleCy",
    "descriptionCy",
    "kind",
    "startsAt",
    "endsAt",
    "timeZone",
    "endTimeZone",
    "room",
    "placeName",
    "speakers",
    "themes",
    "track",
    "isCancelled",
    "cancelledAt",
    "sequence",
    "revision",
    "createdAt",
    "updatedAt",
  ],
  /** Calendar feed events: no speakers (feeds are public). */
  feed: [
    "conveningId",
    "title",
    "description",
    "titleCy",
    "descriptionCy",
    "kind",
    "startsAt",
    "endsAt",
    "timeZone",
    "endTimeZone",
    "room",
    "placeName",
    "themes",
    "isCancelled",
    "cancelledAt",
    "sequence",
    "createdAt",
    "updatedAt",
  ],
  /** The name and time around a follow-up action. */
  brief: ["conveningId", "title", "startsAt", "timeZone"],
} as const satisfies Record<string, readonly SessionField[]>;

export type SessionViewName = keyof typeof SESSION_VIEWS;
export type SessionView<V extends SessionViewName> = Pick<SessionRecord, "id" | (typeof SESSION_VIEWS)[V][number]>;
export type AgendaSessionRecord = SessionView<"agenda">;

function toView<V extends SessionViewName>(doc: SessionDoc, view: V): SessionView<V> {
  const fields: ReadonlyArray<keyof SessionRecord> = ["id", ...SESSION_VIEWS[view]];
  return Object.fromEntries(fields.map((field) => [field, FROM_DOC[field](doc)])) as SessionView<V>;
}

const selection = (view: SessionViewName) => SESSION_VIEWS[view].join(" ");

async function findSessionViews<V extends SessionViewName>(
  filter: Record<string, unknown>,
  view: V,
  sort?: Record<string, 1 | -1>,
): Promise<Array<SessionView<V>>> {
  const query = AgendaSession.find(filter).select(selection(view));
  const docs = await (sort ? query.sort(sort) : query).lean();
  return docs.map((doc) => toView(doc, view));
}

/** Every session of the given convenings (cancelled ones included, marked), in time order: one query. */
export async function listSessionsForConvenings(conveningIds: string[]): Promise<AgendaSessionRecord[]> {
  const ids = validIds(conveningIds);
  if (ids.length === 0) return [];
  return findSessionViews({ conveningId: { $in: ids } }, "agenda", { startsAt: 1 });
}

/** A convening's sessions in time order, cancelled ones included. */
export function listSessions(conveningId: string): Promise<AgendaSessionRecord[]> {
  return listSessionsForConvenings([conveningId]);
}

/**
 * A convening's sessions in time order (cancelled ones included) for agenda pages: one read by
 * _id of the agenda copy, whatever the size of the programme; builds the copy if it is missing.
 */
export async function listAgendaSessions(conveningId: string): Promise<AgendaSessionRecord[]> {
  return (await readAgendaSessionDocs(conveningId)).map((session) => toView(session, "agenda"));
}

/** The agenda copy's sessions as stored (one read by _id), built first if it is missing or outdated. */
async function readAgendaSessionDocs(conveningId: string): Promise<SessionDoc[]> {
  if (!isValidId(conveningId)) return [];
  const copy = await readAgendaCopy<SessionDoc>(conveningId);
  if (copy) return copy;
  const rebuilt = (await rebuildAgendaCopies([conveningId])).get(conveningId) ?? [];
  return rebuilt.map(({ id, ...session }) => ({ ...session, _id: id }) as unknown as SessionDoc);
}

/**
 * Rebuilds the agenda copies of the given convenings from the sessions collection: one read,
 * then one write per convening. The session schema's write hook calls it; nothing else need.
 */
async function rebuildAgendaCopies(conveningIds: string[]): Promise<Map<string, AgendaSessionRecord[]>> {
  const builtAt = new Date(); // before the read: a copy from a later read wins (writeAgendaCopy)
  const sessions = await listSessionsForConvenings(conveningIds);
  const byConvening = new Map<string, AgendaSessionRecord[]>(validIds(conveningIds).map((id) => [id, []]));
  for (const session of sessions) byConvening.get(session.conveningId)?.push(session);
  await Promise.all(
    [...byConvening].map(([conveningId, agenda]) =>
      // Stored in the document's own shape (_id), so the one mapper reads copy and collection alike.
      writeAgendaCopy(
        conveningId,
        agenda.map(({ id, ...session }) => ({ ...session, _id: id })),
        builtAt,
      ),
    ),
  );
  return byConvening;
}

/** One session, only if it belongs to the convening; null for malformed ids. */
export async function getSession(conveningId: string, sessionId: string): Promise<AgendaSessionRecord | null> {
  if (!isValidId(conveningId) || !isValidId(sessionId)) return null;
  // By _id alone (the indexed lookup on FerretDB, models/by-id.server.ts), then checked.
  const doc = await AgendaSession.findById(sessionId).select(selection("agenda")).lean();
  return doc && String(doc.conveningId) === conveningId ? toView(doc, "agenda") : null;
}

/** The sessions of the given convenings for calendar feeds, in time order (then by id): one query. */
export async function listFeedSessions(conveningIds: string[]): Promise<Array<SessionView<"feed">>> {
  const ids = validIds(conveningIds);
  if (ids.length === 0) return [];
  // A few convenings (one convening's feed, a person's): their agenda copies, read by _id. The
  // whole programme's: one scan of the sessions costs less than a copy read per convening.
  if (ids.length > MAX_COPIES_PER_FEED) {
    return findSessionViews({ conveningId: { $in: ids } }, "feed", { startsAt: 1, _id: 1 });
  }
  const copies = await Promise.all(ids.map((id) => readAgendaSessionDocs(id)));
  return copies
    .flat()
    .map((doc) => toView(doc, "feed"))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

const MAX_COPIES_PER_FEED = 64;

/** One session of a convening for a calendar feed; null when it is not that convening's. */
export async function getFeedSession(conveningId: string, sessionId: string): Promise<SessionView<"feed"> | null> {
  if (!isValidId(conveningId) || !isValidId(sessionId)) return null;
  const doc = await AgendaSession.findById(sessionId).select(selection("feed")).lean();
  return doc && String(doc.conveningId) === conveningId ? toView(doc, "feed") : null;
}

export type SessionBrief = SessionView<"brief">;

/** A convening's sessions that still take place, in time order: what an action can be attached to. */
export async function listLiveSessionBriefs(conveningId: string): Promise<SessionBrief[]> {
  if (!isValidId(conveningId)) return [];
  return findSessionViews({ conveningId, isCancelled: { $ne: true } }, "brief", { startsAt: 1 });
}

export async function listSessionBriefs(ids: Array<string | null | undefined>): Promise<SessionBrief[]> {
  return (await findLeanByIds(AgendaSession, ids, selection("brief"))).map((doc) => toView(doc, "brief"));
}

/**
 * Copies a convening's sessions that still take place to another convening, every instant moved
 * by `move` (in the session's own zone); returns the sessions copied, as they were.
 */
export async function copyLiveSessions(
  fromConveningId: string,
  toConveningId: string,
  move: (instant: Date, zone: string) => Date,
) {
  const docs = await AgendaSession.find({ conveningId: fromConveningId, isCancelled: false })
    .select(
      "title description titleCy descriptionCy kind startsAt endsAt timeZone endTimeZone room placeName speakers themes track",
    )
    .lean();
  if (docs.length > 0) {
    await AgendaSession.insertMany(
      docs.map(({ _id, ...session }) => ({
        ...session,
        conveningId: toConveningId,
        startsAt: move(session.startsAt, session.timeZone),
        endsAt: move(session.endsAt, session.endTimeZone ?? session.timeZone),
      })),
    );
  }
  return docs.map(({ title, startsAt, endsAt, timeZone, endTimeZone }) => ({
    title,
    startsAt,
    endsAt,
    timeZone,
    endTimeZone: endTimeZone ?? null,
  }));
}

/** Demo data: creates or updates a session by its seed key (the seed is idempotent). */
export async function upsertSeedSession(
  seedKey: string,
  session: Omit<SessionInput, "endTimeZone" | "speakers" | "track"> & { conveningId: string },
) {
  await AgendaSession.updateOne({ seedKey }, { $set: session }, { upsert: true });
}

type SessionOwner = { id: string; status: string };
type SessionActor = { id: string; name: string };

export async function createSession(convening: SessionOwner, input: SessionInput, by: SessionActor): Promise<string> {
  const doc = await AgendaSession.create({ ...input, conveningId: convening.id });
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
  if (convening.status !== "draft" && changes.length > 0) {
    await recordChange({
      conveningId: convening.id,
      sessionId,
      kind: "session-updated",
      subject: input.title,
      timeZone: input.timeZone,
      personId: by.id,
      personName: by.name,
      changes,
      reason: "",
    });
  }
  return { ok: true };
}

/** Cancels a session (it stays on the agenda and in calendars, marked cancelled) or restores it. */
async function setSessionCancelled(
  convening: SessionOwner,
  sessionId: string,
  by: SessionActor,
  isCancelled: boolean,
): Promise<boolean> {
  const before = await getSession(convening.id, sessionId);
  if (!before || before.isCancelled === isCancelled) return false;
  const result = await AgendaSession.updateOne(
    { _id: sessionId, conveningId: convening.id, isCancelled: !isCancelled },
    // SEQUENCE goes up either way, so calendars replace the cancelled copy with the live one.
    { $set: { isCancelled, cancelledAt: isCancelled ? new Date() : null }, $inc: { revision: 1, sequence: 1 } },
  );
  if (result.modifiedCount === 0) return false;
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

export const cancelSession = (convening: SessionOwner, sessionId: string, by: SessionActor) =>
  setSessionCancelled(convening, sessionId, by, true);
export const restoreSession = (convening: SessionOwner, sessionId: string, by: SessionActor) =>
  setSessionCancelled(convening, sessionId, by, false);

/** The seed keys of the sessions whose key starts with `prefix`: one query. */
export async function listSeedSessionKeys(prefix: string): Promise<Set<string>> {
  const docs = await AgendaSession.find({ seedKey: { $gte: prefix, $lt: `${prefix}\uffff` } })
    .select("seedKey")
    .lean();
  return new Set(docs.map((doc) => doc.seedKey!));
}

export type BulkSeedSession = Omit<SessionInput, "endTimeZone" | "speakers"> & {
  seedKey: string;
  conveningId: string;
  speakers: Array<{ name: string; role: "facilitator" | "speaker" }>;
};

/** Inserts sessions in one write; the insertMany hook rebuilds the agenda copies of their convenings. */
export async function insertSeedSessions(sessions: BulkSeedSession[]) {
  if (sessions.length === 0) return;
  await AgendaSession.insertMany(
    sessions.map((session) => ({
      ...session,
      speakers: session.speakers.map((speaker) => ({ ...speaker, personId: null })),
    })),
  );
}

/**
 * Whole agendas of convenings that have no sessions yet, in bulk (the scaled seed): the sessions
 * are checked and inserted in one write, their agenda copies in another, and the change token
 * replaced once. Through insertMany the hook would rebuild each copy with a guarded upsert, and
 * each of those scans every copy on FerretDB (minutes for a few hundred convenings).
 */
export async function insertSeedAgendas(sessions: BulkSeedSession[]) {
  if (sessions.length === 0) return;
  const builtAt = new Date();
  const docs = sessions.map(
    (session) =>
      new AgendaSession({
        ...session,
        speakers: session.speakers.map((speaker) => ({ ...speaker, personId: null })),
        createdAt: builtAt,
        updatedAt: builtAt,
      }),
  );
  await Promise.all(docs.map((doc) => doc.validate()));
  const stored = docs.map((doc) => doc.toObject() as SessionDoc);
  await AgendaSession.collection.insertMany(stored);
  const byConvening = new Map<string, SessionDoc[]>();
  for (const doc of stored)
    byConvening.set(String(doc.conveningId), [...(byConvening.get(String(doc.conveningId)) ?? []), doc]);
  await insertAgendaCopies(
    [...byConvening].map(([conveningId, agenda]) => ({
      conveningId,
      // In time order and the stored shape, as rebuildAgendaCopies writes them.
      sessions: agenda
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
        .map((doc) => {
          const { id, ...session } = toView(doc, "agenda");
          return { ...session, _id: id };
        }),
    })),
    builtAt,
  );
  await replaceChangeToken(CHANGE_TOKENS.sessions);
}
