// Convenings: City Working Group meetings, learning exchanges, workshops and online meetings.
import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import mongoose, { Schema } from "mongoose";
import { CONVENING_TRACKED_FIELDS, diffFields, isCalendarChange } from "~/domain/agenda/changes";
import { formatLocalTime } from "~/domain/local-time";
import { CONVENING_FORMATS, CONVENING_KINDS, CONVENING_STATUSES, type ConveningFormat, type ConveningKind, type ConveningStatus } from "~/domain/vocabulary/convenings";
import { AgendaSession, refreshAgendaCopy } from "./agenda-session.server";
import { CHANGE_TOKENS, replaceChangeTokenOnWrite } from "./change-token.server";
import { recordChange } from "./convening-change.server";
import { registerModel } from "./register-model.server";


const placeSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 160 },
    address: { type: String, default: "", maxlength: 300 },
    region: { type: String, default: "", maxlength: 120 },
    country: { type: String, default: "", maxlength: 120 },
    timeZone: { type: String, required: true },
  },
  { _id: false },
);

const cityPlacesSchema = new Schema(
  { cityId: { type: Schema.Types.ObjectId, ref: "City", required: true }, places: { type: Number, min: 0 } },
  { _id: false },
);

const conveningSchema = new Schema(
  {
    seedKey: { type: String, default: undefined, index: { unique: true, sparse: true } },
    kind: { type: String, enum: CONVENING_KINDS, required: true },
    title: { type: String, required: true, trim: true, maxlength: 160 },
    summary: { type: String, default: "", maxlength: 4000 },
    phase: { type: Number, enum: [1, 2], required: true },
    hostCityId: { type: Schema.Types.ObjectId, ref: "City", default: null, index: true },
    places: { type: [placeSchema], default: [] },
    format: { type: String, enum: CONVENING_FORMATS, required: true },
    onlineUrl: { type: String, default: "" },
    timeZone: { type: String, required: true }, // the zone of the main place; the agenda's default
    startsAt: { type: Date, required: true, index: true },
    endsAt: { type: Date, required: true },
    aims: { type: [String], default: [] },
    themes: { type: [String], default: [] }, // framework theme codes, "T1".."T5"
    status: { type: String, enum: CONVENING_STATUSES, required: true, default: "draft", index: true },
    cancelReason: { type: String, default: "" },
    cancelledAt: { type: Date, default: null },
    registration: {
      placesPerCity: { type: Number, min: 0, default: null }, // null: no per-city limit
      cityPlaces: { type: [cityPlacesSchema], default: [] }, // overrides for particular cities
      capacity: { type: Number, min: 0, default: null },
      opensAt: { type: Date, default: null },
      closesAt: { type: Date, default: null },
      isApprovalRequired: { type: Boolean, default: false },
    },
    shareToken: { type: String, required: true, unique: true }, // public read-only agenda link
    revision: { type: Number, required: true, default: 1 }, // optimistic concurrency for edits
    sequence: { type: Number, required: true, default: 0 }, // iCalendar SEQUENCE
    lastChangeAt: { type: Date, default: null }, // newest change-history entry: pages skip reading history when nothing changed
    createdById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    updatedById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
  },
  { timestamps: true },
);

replaceChangeTokenOnWrite(conveningSchema, CHANGE_TOKENS.convenings);
export const Convening = registerModel("Convening", conveningSchema);

/** What a convening form saves: the fields a manager edits, checked and in their stored shape. */
export type PlaceInput = { name: string; address: string; region: string; country: string; timeZone: string };

export type ConveningInput = {
  kind: ConveningKind;
  title: string;
  summary: string;
  phase: 1 | 2;
  hostCityId: string | null;
  places: PlaceInput[];
  format: ConveningFormat;
  onlineUrl: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  aims: string[];
  themes: string[];
  registration: {
    placesPerCity: number | null;
    /** Places for particular cities, overriding placesPerCity. */
    cityPlaces: Array<{ cityId: string; places: number }>;
    capacity: number | null;
    opensAt: Date | null;
    closesAt: Date | null;
    isApprovalRequired: boolean;
  };
};

export type ConveningRecord = ConveningInput & {
  id: string;
  lastChangeAt: Date | null;
  status: ConveningStatus;
  cancelReason: string;
  cancelledAt: Date | null;
  shareToken: string;
  revision: number;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
};

export type Actor = { id: string; name: string };

const CONVENING_FIELDS =
  "kind title summary phase hostCityId places format onlineUrl timeZone startsAt endsAt aims themes status cancelReason cancelledAt registration shareToken revision sequence lastChangeAt createdAt updatedAt";

type ConveningLean = Omit<ConveningRecord, "id" | "hostCityId" | "registration"> & {
  _id: unknown;
  hostCityId: unknown;
  registration?: Partial<Omit<ConveningRecord["registration"], "cityPlaces">> & { cityPlaces?: Array<{ cityId: unknown; places: number }> };
};

function toRecord(doc: ConveningLean): ConveningRecord {
  const { _id, hostCityId, registration, places, ...rest } = doc;
  return {
    ...rest,
    id: String(_id),
    hostCityId: hostCityId ? String(hostCityId) : null,
    places: places.map(({ name, address, region, country, timeZone }) => ({ name, address: address ?? "", region: region ?? "", country: country ?? "", timeZone })),
    aims: rest.aims ?? [],
    themes: rest.themes ?? [],
    onlineUrl: rest.onlineUrl ?? "",
    summary: rest.summary ?? "",
    cancelReason: rest.cancelReason ?? "",
    cancelledAt: rest.cancelledAt ?? null,
    lastChangeAt: rest.lastChangeAt ?? null,
    registration: {
      placesPerCity: registration?.placesPerCity ?? null,
      cityPlaces: (registration?.cityPlaces ?? []).map(({ cityId, places }) => ({ cityId: String(cityId), places })),
      capacity: registration?.capacity ?? null,
      opensAt: registration?.opensAt ?? null,
      closesAt: registration?.closesAt ?? null,
      isApprovalRequired: registration?.isApprovalRequired ?? false,
    },
  };
}

/** One convening by id (any status; callers decide who may see drafts); null for a malformed or unknown id. */
export async function getConvening(id: string): Promise<ConveningRecord | null> {
  if (!mongoose.isValidObjectId(id)) return null;
  const doc = await Convening.findById(id).select(CONVENING_FIELDS).lean<ConveningLean | null>();
  return doc ? toRecord(doc) : null;
}

/** The convening behind a public share link; drafts are never shared. */
export async function getConveningByShareToken(token: string): Promise<ConveningRecord | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const doc = await Convening.findOne({ shareToken: token, status: { $ne: "draft" } }).select(CONVENING_FIELDS).lean<ConveningLean | null>();
  return doc ? toRecord(doc) : null;
}

function inputToSet(input: ConveningInput) {
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    phase: input.phase,
    hostCityId: input.hostCityId,
    places: input.places,
    format: input.format,
    onlineUrl: input.onlineUrl,
    timeZone: input.timeZone,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    aims: input.aims,
    themes: input.themes,
    "registration.placesPerCity": input.registration.placesPerCity,
    "registration.cityPlaces": input.registration.cityPlaces,
    "registration.capacity": input.registration.capacity,
    "registration.opensAt": input.registration.opensAt,
    "registration.closesAt": input.registration.closesAt,
    "registration.isApprovalRequired": input.registration.isApprovalRequired,
  };
}

export function newShareToken() {
  return randomBytes(24).toString("base64url");
}

/** Creates a draft convening; returns its id. */
export async function createConvening(input: ConveningInput, by: Actor): Promise<string> {
  const doc = await Convening.create({
    ...input,
    status: "draft",
    shareToken: newShareToken(),
    createdById: by.id,
    updatedById: by.id,
  });
  return String(doc._id);
}

export type SaveResult = { ok: true } | { ok: false; reason: "missing" | "stale" | "cancelled" };

function comparable(record: Pick<ConveningRecord, (typeof CONVENING_TRACKED_FIELDS)[number]>) {
  return { ...record, places: record.places.map((place) => [place.name, place.timeZone]) };
}

/**
 * Saves an edit only if nobody saved since the form was opened (`revision`); bumps the calendar
 * `sequence` when time, place, title or status change, and records the change once published.
 */
export async function updateConvening(id: string, revision: number, input: ConveningInput, by: Actor): Promise<SaveResult> {
  const before = await getConvening(id);
  if (!before) return { ok: false, reason: "missing" };
  if (before.revision !== revision) return { ok: false, reason: "stale" };
  const changes = diffFields(comparable(before), comparable({ ...input, status: before.status }), CONVENING_TRACKED_FIELDS);
  const result = await Convening.updateOne(
    { _id: id, revision },
    { $set: { ...inputToSet(input), updatedById: by.id }, $inc: { revision: 1, sequence: isCalendarChange(changes) ? 1 : 0 } },
    { runValidators: true },
  );
  if (result.matchedCount === 0) return { ok: false, reason: "stale" };
  if (before.status !== "draft" && changes.length > 0) {
    await recordChange({ conveningId: id, sessionId: null, kind: "convening-updated", subject: input.title, timeZone: input.timeZone, personId: by.id, personName: by.name, changes, reason: "" });
  }
  return { ok: true };
}

/** Publishes a draft; false when it is not a draft (already published, or cancelled). */
export async function publishConvening(id: string, by: Actor): Promise<boolean> {
  if (!mongoose.isValidObjectId(id)) return false;
  const result = await Convening.updateOne(
    { _id: id, status: "draft" },
    { $set: { status: "published", updatedById: by.id }, $inc: { revision: 1, sequence: 1 } },
  );
  if (result.modifiedCount === 0) return false;
  const after = await getConvening(id);
  if (after) {
    await recordChange({ conveningId: id, sessionId: null, kind: "convening-published", subject: after.title, timeZone: after.timeZone, personId: by.id, personName: by.name, changes: [{ field: "status", from: "draft", to: "published" }], reason: "" });
  }
  return true;
}

/** Cancels a convening with a reason shown to everyone; the calendar feeds see a new sequence. */
export async function cancelConvening(id: string, reason: string, by: Actor): Promise<boolean> {
  if (!mongoose.isValidObjectId(id)) return false;
  const before = await getConvening(id);
  // Only a published convening is cancelled: a draft was never public, and a cancelled draft
  // would otherwise show its title in the public calendar feeds for 30 days.
  if (!before || before.status !== "published") return false;
  const result = await Convening.updateOne(
    { _id: id, status: "published" },
    { $set: { status: "cancelled", cancelReason: reason, cancelledAt: new Date(), updatedById: by.id }, $inc: { revision: 1, sequence: 1 } },
  );
  if (result.modifiedCount === 0) return false;
  await recordChange({ conveningId: id, sessionId: null, kind: "convening-cancelled", subject: before.title, timeZone: before.timeZone, personId: by.id, personName: by.name, changes: [{ field: "status", from: before.status, to: "cancelled" }], reason });
  return true;
}

/**
 * A new draft from an existing convening (last year's as a template): same places, aims and
 * agenda, moved so its first day is `firstDay` at the place, keeping every wall-clock time.
 */
/** A session whose local time does not exist on the new date (clocks go forward) and moved. */
export type MovedSession = { title: string; was: string; now: string };

export async function duplicateConvening(
  id: string,
  options: { title: string; firstDay: string },
  by: Actor,
): Promise<{ id: string; movedSessions: MovedSession[] } | null> {
  const source = await getConvening(id);
  if (!source) return null;
  const oldFirst = DateTime.fromJSDate(source.startsAt, { zone: source.timeZone }).startOf("day");
  const newFirst = DateTime.fromISO(options.firstDay, { zone: source.timeZone }).startOf("day");
  if (!newFirst.isValid) return null;
  const days = Math.round(newFirst.diff(oldFirst.setZone(source.timeZone), "days").days);
  const shift = (instant: Date | null, zone: string) => (instant ? DateTime.fromJSDate(instant, { zone }).plus({ days }).toJSDate() : null);
  const copy = await Convening.create({
    ...inputToPlain(source),
    title: options.title,
    startsAt: shift(source.startsAt, source.timeZone),
    endsAt: shift(source.endsAt, source.timeZone),
    registration: {
      ...source.registration,
      opensAt: shift(source.registration.opensAt, source.timeZone),
      closesAt: shift(source.registration.closesAt, source.timeZone),
    },
    status: "draft",
    shareToken: newShareToken(),
    createdById: by.id,
    updatedById: by.id,
  });
  const sessions = await AgendaSession.find({ conveningId: id, isCancelled: false })
    .select("title description kind startsAt endsAt timeZone endTimeZone room placeName speakers themes track")
    .lean<Array<Record<string, unknown> & { _id: unknown; startsAt: Date; endsAt: Date; timeZone: string; endTimeZone: string | null }>>();
  // Same wall-clock time on the new day, unless that time does not exist there (a spring-forward
  // gap, where luxon moves it on): those are listed so the manager can check them.
  const clock = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toFormat("HH:mm");
  const movedSessions: MovedSession[] = [];
  for (const session of sessions) {
    for (const [instant, zone] of [[session.startsAt, session.timeZone], [session.endsAt, session.endTimeZone ?? session.timeZone]] as const) {
      const was = clock(instant, zone);
      const now = clock(shift(instant, zone)!, zone);
      if (was !== now) {
        movedSessions.push({ title: String(session.title), was, now: formatLocalTime(shift(instant, zone)!, zone) });
        break;
      }
    }
  }
  if (sessions.length > 0) {
    await AgendaSession.insertMany(
      sessions.map(({ _id, ...session }) => ({
        ...session,
        conveningId: copy._id,
        startsAt: shift(session.startsAt, session.timeZone),
        endsAt: shift(session.endsAt, session.endTimeZone ?? session.timeZone),
      })),
    );
  }
  await refreshAgendaCopy(String(copy._id));
  return { id: String(copy._id), movedSessions };
}

function inputToPlain(record: ConveningRecord): ConveningInput {
  const { kind, title, summary, phase, hostCityId, places, format, onlineUrl, timeZone, startsAt, endsAt, aims, themes, registration } = record;
  return { kind, title, summary, phase, hostCityId, places, format, onlineUrl, timeZone, startsAt, endsAt, aims, themes, registration };
}

/** Full convening records matching a filter (e.g. { status: { $ne: "draft" } }), in start order: one query. */
export async function findConvenings(filter: Record<string, unknown>): Promise<ConveningRecord[]> {
  const docs = await Convening.find(filter).select(CONVENING_FIELDS).sort({ startsAt: 1 }).lean<ConveningLean[]>();
  return docs.map(toRecord);
}

/** Marks a published convening that has ended as completed; false otherwise. */
export async function completeConvening(id: string, by: Actor, now = new Date()): Promise<boolean> {
  if (!mongoose.isValidObjectId(id)) return false;
  const result = await Convening.updateOne(
    { _id: id, status: "published", endsAt: { $lt: now } },
    { $set: { status: "completed", updatedById: by.id }, $inc: { revision: 1, sequence: 1 } },
  );
  return result.modifiedCount === 1;
}
