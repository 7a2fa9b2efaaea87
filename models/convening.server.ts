// Convenings: City Working Group meetings, learning exchanges, workshops and online meetings.
import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import { Schema } from "mongoose";
import { CONVENING_TRACKED_FIELDS, diffFields, isCalendarChange } from "~/domain/agenda/changes";
import { formatLocalTime } from "~/domain/local-time";
import {
  CONVENING_FORMATS,
  CONVENING_KINDS,
  CONVENING_STATUSES,
  type ConveningFormat,
  type ConveningKind,
  type ConveningStatus,
} from "~/domain/vocabulary/convenings";
import { copyLiveSessions } from "./agenda-session.server";
import { findLeanByIds } from "./by-id.server";
import { CHANGE_TOKENS, replaceChangeTokenOnWrite } from "./change-token.server";
import { recordChange } from "./convening-change.server";
import { idOrNull, isValidId } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";

const placeSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 160 },
    address: { type: String, default: "", maxlength: 300 },
    region: { type: String, default: "", maxlength: 120 },
    country: { type: String, default: "", maxlength: 120 },
    timeZone: { type: String, required: true },
    // The calendar days spent at this place (YYYY-MM-DD at its zone); older convenings and
    // one-place meetings have none, and then the first place covers every day.
    firstDay: { type: String, default: undefined, match: /^\d{4}-\d{2}-\d{2}$/ },
    lastDay: { type: String, default: undefined, match: /^\d{4}-\d{2}-\d{2}$/ },
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
    // Welsh versions of the content, optional ("" or none when not written; decision 038).
    titleCy: { type: String, default: "", trim: true, maxlength: 160 },
    summaryCy: { type: String, default: "", maxlength: 4000 },
    aimsCy: { type: [String], default: [] },
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
    cancelReasonCy: { type: String, default: "" },
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
    // A link turned off keeps a fresh random token (the unique index holds) and answers 404.
    isShareLinkOn: { type: Boolean, default: true },
    revision: { type: Number, required: true, default: 1 }, // optimistic concurrency for edits
    sequence: { type: Number, required: true, default: 0 }, // iCalendar SEQUENCE
    lastChangeAt: { type: Date, default: null }, // newest change-history entry: pages skip reading history when nothing changed
    // Set when a draft's deletion starts (models/convening-deletion.server.ts): it can no longer be published.
    deletingAt: { type: Date, default: undefined },
    createdById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    updatedById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
  },
  { timestamps: true },
);

replaceChangeTokenOnWrite(conveningSchema, CHANGE_TOKENS.convenings);
export const Convening = registerModel("Convening", conveningSchema);

/** What a convening form saves: the fields a manager edits, checked and in their stored shape. */
export type PlaceInput = {
  name: string;
  address: string;
  region: string;
  country: string;
  timeZone: string;
  /** First and last calendar day at the place, YYYY-MM-DD at its zone; null or absent: not set. */
  firstDay?: string | null;
  lastDay?: string | null;
};

/** A place as the app reads it: its days always present, null when not set. */
export type PlaceRecord = Required<PlaceInput>;

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
  /** Welsh versions of title, summary and aims; "" or [] when not written (absent: unchanged). */
  titleCy?: string;
  summaryCy?: string;
  aimsCy?: string[];
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

/** A convening as the app reads it: every stored field a page may use, ids as strings. */
export type ConveningRecord = Omit<ConveningInput, "places" | "titleCy" | "summaryCy" | "aimsCy"> & {
  id: string;
  places: PlaceRecord[];
  titleCy: string;
  summaryCy: string;
  aimsCy: string[];
  cancelReasonCy: string;
  lastChangeAt: Date | null;
  status: ConveningStatus;
  cancelReason: string;
  cancelledAt: Date | null;
  shareToken: string;
  isShareLinkOn: boolean;
  revision: number;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
};

export type Actor = { id: string; name: string };

type ConveningDoc = LeanDocument<typeof conveningSchema>;
type ConveningField = Exclude<keyof ConveningRecord, "id">;

// One mapper: each record field from the stored document. Documents written around the schema
// (upserts, the seed, older data) may lack defaulted fields, hence the fallbacks.
const FROM_DOC: { [K in keyof ConveningRecord]: (doc: ConveningDoc) => ConveningRecord[K] } = {
  id: (doc) => String(doc._id),
  kind: (doc) => doc.kind,
  title: (doc) => doc.title,
  summary: (doc) => doc.summary ?? "",
  titleCy: (doc) => doc.titleCy ?? "",
  summaryCy: (doc) => doc.summaryCy ?? "",
  aimsCy: (doc) => doc.aimsCy ?? [],
  phase: (doc) => doc.phase as ConveningRecord["phase"], // the schema's enum is [1, 2]
  hostCityId: (doc) => idOrNull(doc.hostCityId),
  places: (doc) =>
    (doc.places ?? []).map(({ name, address, region, country, timeZone, firstDay, lastDay }) => ({
      name,
      address: address ?? "",
      region: region ?? "",
      country: country ?? "",
      timeZone,
      firstDay: firstDay ?? null,
      lastDay: firstDay ? (lastDay ?? firstDay) : null,
    })),
  format: (doc) => doc.format,
  onlineUrl: (doc) => doc.onlineUrl ?? "",
  timeZone: (doc) => doc.timeZone,
  startsAt: (doc) => doc.startsAt,
  endsAt: (doc) => doc.endsAt,
  aims: (doc) => doc.aims ?? [],
  themes: (doc) => doc.themes ?? [],
  status: (doc) => doc.status,
  cancelReason: (doc) => doc.cancelReason ?? "",
  cancelReasonCy: (doc) => doc.cancelReasonCy ?? "",
  cancelledAt: (doc) => doc.cancelledAt ?? null,
  registration: ({ registration }) => ({
    placesPerCity: registration?.placesPerCity ?? null,
    // An entry without a number overrides nothing: the per-city default applies.
    cityPlaces: (registration?.cityPlaces ?? []).flatMap(({ cityId, places }) =>
      typeof places === "number" ? [{ cityId: String(cityId), places }] : [],
    ),
    capacity: registration?.capacity ?? null,
    opensAt: registration?.opensAt ?? null,
    closesAt: registration?.closesAt ?? null,
    isApprovalRequired: registration?.isApprovalRequired ?? false,
  }),
  shareToken: (doc) => doc.shareToken,
  isShareLinkOn: (doc) => doc.isShareLinkOn ?? true,
  revision: (doc) => doc.revision ?? 1,
  sequence: (doc) => doc.sequence ?? 0,
  lastChangeAt: (doc) => doc.lastChangeAt ?? null,
  createdAt: (doc) => doc.createdAt,
  updatedAt: (doc) => doc.updatedAt,
};

const FEED_FIELDS = [
  "title",
  "summary",
  "titleCy",
  "summaryCy",
  "kind",
  "status",
  "format",
  "timeZone",
  "startsAt",
  "endsAt",
  "places",
  "themes",
  "hostCityId",
  "cancelledAt",
  "cancelReason",
  "cancelReasonCy",
  "sequence",
  "createdAt",
  "updatedAt",
] as const;

/**
 * The views pages read: which fields each loads (the query selects exactly these). A view is a
 * Pick of ConveningRecord, so every shape of a convening is one type and one mapper.
 */
export const CONVENING_VIEWS = {
  full: [
    "kind",
    "title",
    "summary",
    "titleCy",
    "summaryCy",
    "aimsCy",
    "phase",
    "hostCityId",
    "places",
    "format",
    "onlineUrl",
    "timeZone",
    "startsAt",
    "endsAt",
    "aims",
    "themes",
    "status",
    "cancelReason",
    "cancelReasonCy",
    "cancelledAt",
    "registration",
    "shareToken",
    "isShareLinkOn",
    "revision",
    "sequence",
    "lastChangeAt",
    "createdAt",
    "updatedAt",
  ],
  /** Convening lists and cards. */
  list: [
    "title",
    "titleCy",
    "kind",
    "status",
    "format",
    "startsAt",
    "endsAt",
    "timeZone",
    "hostCityId",
    "places",
    "phase",
    "themes",
  ],
  /** Calendar feed events; joining links only in personal feeds (feedWithJoiningLink). */
  feed: FEED_FIELDS,
  feedWithJoiningLink: [...FEED_FIELDS, "onlineUrl"],
  /** Registration pages, their emails and their .ics. */
  registration: [
    "title",
    "kind",
    "summary",
    "titleCy",
    "summaryCy",
    "status",
    "startsAt",
    "endsAt",
    "timeZone",
    "places",
    "onlineUrl",
    "sequence",
    "updatedAt",
    "createdAt",
    "cancelReason",
    "cancelReasonCy",
    "registration",
  ],
  /** The name and dates around something else: action pages, a person's registrations. */
  brief: ["title", "kind", "startsAt", "endsAt", "timeZone", "status"],
  /** The brief and its phase: the dashboard's filters. */
  phased: ["title", "kind", "startsAt", "endsAt", "timeZone", "status", "phase"],
} as const satisfies Record<string, readonly ConveningField[]>;

export type ConveningViewName = keyof typeof CONVENING_VIEWS;
export type ConveningView<V extends ConveningViewName> = Pick<
  ConveningRecord,
  "id" | (typeof CONVENING_VIEWS)[V][number]
>;

function toView<V extends ConveningViewName>(doc: ConveningDoc, view: V): ConveningView<V> {
  const fields: ReadonlyArray<keyof ConveningRecord> = ["id", ...CONVENING_VIEWS[view]];
  return Object.fromEntries(fields.map((field) => [field, FROM_DOC[field](doc)])) as ConveningView<V>;
}

const selection = (view: ConveningViewName) => CONVENING_VIEWS[view].join(" ");

/** One convening in the given view; null for a malformed or unknown id. For models/ only. */
export async function findConveningView<V extends ConveningViewName>(
  id: string,
  view: V,
): Promise<ConveningView<V> | null> {
  if (!isValidId(id)) return null;
  const doc = await Convening.findById(id).select(selection(view)).lean();
  return doc ? toView(doc, view) : null;
}

/**
 * Convenings matching a filter in the given view, in start order: one query. For models/ only:
 * app code calls the named functions built on it.
 */
export async function findConveningViews<V extends ConveningViewName>(
  filter: Record<string, unknown>,
  view: V,
  options: { sort?: Record<string, 1 | -1>; limit?: number } = {},
): Promise<Array<ConveningView<V>>> {
  let query = Convening.find(filter)
    .select(selection(view))
    .sort(options.sort ?? { startsAt: 1 });
  if (options.limit !== undefined) query = query.limit(options.limit);
  const docs = await query.lean();
  return docs.map((doc) => toView(doc, view));
}

/** The convenings with these ids in the given view, in start order: read by _id (models/by-id.server.ts). */
export async function findConveningViewsByIds<V extends ConveningViewName>(
  ids: Iterable<string | null | undefined>,
  view: V,
): Promise<Array<ConveningView<V>>> {
  const docs = await findLeanByIds(Convening, ids, `${selection(view)} startsAt`);
  docs.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || String(a._id).localeCompare(String(b._id)));
  return docs.map((doc) => toView(doc, view));
}

/** One convening by id (any status; callers decide who may see drafts); null for a malformed or unknown id. */
export function getConvening(id: string): Promise<ConveningRecord | null> {
  return findConveningView(id, "full");
}

/** The convening behind a public share link; drafts and links turned off are never shared. */
export async function getConveningByShareToken(token: string): Promise<ConveningRecord | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const doc = await Convening.findOne({ shareToken: token, status: { $ne: "draft" }, isShareLinkOn: { $ne: false } })
    .select(selection("full"))
    .lean();
  return doc ? toView(doc, "full") : null;
}

/** The convening as registration sees it: dates, places, status and the registration settings. */
export type RegistrationConvening = ConveningView<"registration">;

export function getRegistrationConvening(id: string): Promise<RegistrationConvening | null> {
  return findConveningView(id, "registration");
}

/** Title, dates and status of the given convenings (any status), in one query. */
export type ConveningBrief = ConveningView<"brief">;

export async function listConveningBriefs(ids: Array<string | null | undefined>): Promise<ConveningBrief[]> {
  return findConveningViewsByIds(ids, "brief");
}

/** A place as stored: days only when set, so a place without days reads as before. */
function storedPlace({ firstDay, lastDay, ...place }: PlaceInput) {
  return firstDay ? { ...place, firstDay, lastDay: lastDay || firstDay } : place;
}

function inputToSet(input: ConveningInput) {
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    phase: input.phase,
    hostCityId: input.hostCityId,
    places: input.places.map(storedPlace),
    format: input.format,
    onlineUrl: input.onlineUrl,
    timeZone: input.timeZone,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    aims: input.aims,
    themes: input.themes,
    ...welshToSet(input),
    "registration.placesPerCity": input.registration.placesPerCity,
    "registration.cityPlaces": input.registration.cityPlaces,
    "registration.capacity": input.registration.capacity,
    "registration.opensAt": input.registration.opensAt,
    "registration.closesAt": input.registration.closesAt,
    "registration.isApprovalRequired": input.registration.isApprovalRequired,
  };
}

/** The Welsh versions a form gave (a caller that leaves them out keeps those stored). */
function welshToSet({ titleCy, summaryCy, aimsCy }: ConveningInput) {
  return Object.fromEntries(
    Object.entries({ titleCy, summaryCy, aimsCy }).filter(([, value]) => value !== undefined),
  ) as Pick<ConveningInput, "titleCy" | "summaryCy" | "aimsCy">;
}

export function newShareToken() {
  return randomBytes(24).toString("base64url");
}

/**
 * Gives the convening a new share link, on or off: the old link answers 404 from now on. Not a
 * revision (an edit form opened before stays current); false for an unknown convening.
 */
export async function setShareLink(id: string, isOn: boolean, by: Actor): Promise<boolean> {
  if (!isValidId(id)) return false;
  const result = await Convening.updateOne(
    { _id: id },
    { $set: { shareToken: newShareToken(), isShareLinkOn: isOn, updatedById: by.id } },
  );
  return result.matchedCount === 1;
}

/** Creates a draft convening; returns its id. */
export async function createConvening(input: ConveningInput, by: Actor): Promise<string> {
  const doc = await Convening.create({
    ...input,
    places: input.places.map(storedPlace),
    status: "draft",
    shareToken: newShareToken(),
    createdById: by.id,
    updatedById: by.id,
  });
  return String(doc._id);
}

export type SaveResult = { ok: true } | { ok: false; reason: "missing" | "stale" | "cancelled" };

function comparable(
  record: Omit<Pick<ConveningRecord, (typeof CONVENING_TRACKED_FIELDS)[number]>, "places"> & { places: PlaceInput[] },
) {
  return { ...record, places: record.places.map((place) => [place.name, place.timeZone]) };
}

/**
 * Saves an edit only if nobody saved since the form was opened (`revision`); bumps the calendar
 * `sequence` when time, place, title or status change, and records the change once published.
 */
export async function updateConvening(
  id: string,
  revision: number,
  input: ConveningInput,
  by: Actor,
): Promise<SaveResult> {
  const before = await getConvening(id);
  if (!before) return { ok: false, reason: "missing" };
  if (before.revision !== revision) return { ok: false, reason: "stale" };
  const changes = diffFields(
    comparable(before),
    comparable({ ...input, status: before.status }),
    CONVENING_TRACKED_FIELDS,
  );
  const result = await Convening.updateOne(
    { _id: id, revision },
    {
      $set: { ...inputToSet(input), updatedById: by.id },
      $inc: { revision: 1, sequence: isCalendarChange(changes) ? 1 : 0 },
    },
    { runValidators: true },
  );
  if (result.matchedCount === 0) return { ok: false, reason: "stale" };
  if (before.status !== "draft" && changes.length > 0) {
    await recordChange({
      conveningId: id,
      sessionId: null,
      kind: "convening-updated",
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

/** Publishes a draft; false when it is not a draft (already published, or cancelled). */
export async function publishConvening(id: string, by: Actor): Promise<boolean> {
  if (!isValidId(id)) return false;
  const result = await Convening.updateOne(
    { _id: id, status: "draft", deletingAt: null },
    { $set: { status: "published", updatedById: by.id }, $inc: { revision: 1, sequence: 1 } },
  );
  if (result.modifiedCount === 0) return false;
  const after = await getConvening(id);
  if (after) {
    await recordChange({
      conveningId: id,
      sessionId: null,
      kind: "convening-published",
      subject: after.title,
      timeZone: after.timeZone,
      personId: by.id,
      personName: by.name,
      changes: [{ field: "status", from: "draft", to: "published" }],
      reason: "",
    });
  }
  return true;
}

/** Cancels a convening with a reason shown to everyone; the calendar feeds see a new sequence. */
export async function cancelConvening(id: string, reason: string, by: Actor, reasonCy = ""): Promise<boolean> {
  if (!isValidId(id)) return false;
  const before = await getConvening(id);
  // Only a published convening is cancelled: a draft was never public, and a cancelled draft
  // would otherwise show its title in the public calendar feeds for 30 days.
  if (!before || before.status !== "published") return false;
  const result = await Convening.updateOne(
    { _id: id, status: "published" },
    {
      $set: {
        status: "cancelled",
        cancelReason: reason,
        cancelReasonCy: reasonCy,
        cancelledAt: new Date(),
        updatedById: by.id,
      },
      $inc: { revision: 1, sequence: 1 },
    },
  );
  if (result.modifiedCount === 0) return false;
  await recordChange({
    conveningId: id,
    sessionId: null,
    kind: "convening-cancelled",
    subject: before.title,
    timeZone: before.timeZone,
    personId: by.id,
    personName: by.name,
    changes: [{ field: "status", from: before.status, to: "cancelled" }],
    reason,
  });
  return true;
}

/**
 * Brings a cancelled convening back as published, its registrations as the cancellation left
 * them (decision 036). The calendar keeps its UIDs and gets a higher sequence than the
 * cancellation's, so every feed and invitation puts the event back; the reason stops showing.
 */
export async function reinstateConvening(id: string, by: Actor): Promise<boolean> {
  if (!isValidId(id)) return false;
  const before = await getConvening(id);
  if (!before || before.status !== "cancelled") return false;
  const result = await Convening.updateOne(
    { _id: id, status: "cancelled" },
    {
      $set: { status: "published", cancelReason: "", cancelReasonCy: "", cancelledAt: null, updatedById: by.id },
      $inc: { revision: 1, sequence: 1 },
    },
  );
  if (result.modifiedCount === 0) return false;
  await recordChange({
    conveningId: id,
    sessionId: null,
    kind: "convening-reinstated",
    subject: before.title,
    timeZone: before.timeZone,
    personId: by.id,
    personName: by.name,
    changes: [{ field: "status", from: "cancelled", to: "published" }],
    reason: "",
  });
  return true;
}

/** A session whose local time does not exist on the new date (clocks go forward) and moved. */
export type MovedSession = { title: string; was: string; now: string };

/**
 * A new draft from an existing convening (last year's as a template): same places, aims and
 * agenda, moved so its first day is `firstDay` at the place, keeping every wall-clock time.
 */
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
  const shift = (instant: Date | null, zone: string) =>
    instant ? DateTime.fromJSDate(instant, { zone }).plus({ days }).toJSDate() : null;
  // Each place's days move with the dates (calendar days, whatever the clocks do in between).
  const shiftDay = (text: string | null) =>
    text ? DateTime.fromISO(text, { zone: "UTC" }).plus({ days }).toISODate() : null;
  const copy = await Convening.create({
    ...inputToPlain(source),
    places: source.places.map((place) =>
      storedPlace({ ...place, firstDay: shiftDay(place.firstDay), lastDay: shiftDay(place.lastDay) }),
    ),
    title: options.title,
    titleCy: "", // the new title is given in English; its Welsh is written again
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
  // Writing the sessions refreshes the new convening's agenda copy (a hook on the session schema).
  const sessions = await copyLiveSessions(id, String(copy._id), (instant, zone) => shift(instant, zone)!);
  // Same wall-clock time on the new day, unless that time does not exist there (a spring-forward
  // gap, where luxon moves it on): those are listed so the manager can check them.
  const clock = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toFormat("HH:mm");
  const movedSessions: MovedSession[] = [];
  for (const session of sessions) {
    for (const [instant, zone] of [
      [session.startsAt, session.timeZone],
      [session.endsAt, session.endTimeZone ?? session.timeZone],
    ] as const) {
      const was = clock(instant, zone);
      const now = clock(shift(instant, zone)!, zone);
      if (was !== now) {
        movedSessions.push({ title: session.title, was, now: formatLocalTime(shift(instant, zone)!, zone) });
        break;
      }
    }
  }
  return { id: String(copy._id), movedSessions };
}

function inputToPlain(record: ConveningRecord): ConveningInput {
  const {
    kind,
    title,
    summary,
    phase,
    hostCityId,
    places,
    format,
    onlineUrl,
    timeZone,
    startsAt,
    endsAt,
    aims,
    themes,
    registration,
    titleCy,
    summaryCy,
    aimsCy,
  } = record;
  return {
    titleCy,
    summaryCy,
    aimsCy,
    kind,
    title,
    summary,
    phase,
    hostCityId,
    places,
    format,
    onlineUrl,
    timeZone,
    startsAt,
    endsAt,
    aims,
    themes,
    registration,
  };
}

/** What the seed writes of a convening on record: the form's fields, its status and its limits. */
export type SeedConvening = Omit<ConveningInput, "onlineUrl" | "registration"> & {
  status: ConveningStatus;
  placesPerCity: number | null;
  capacity: number | null;
  /** Places for particular cities, overriding placesPerCity (none unless given). */
  cityPlaces?: Array<{ cityId: string; places: number }>;
  isApprovalRequired?: boolean;
};

/** Demo data and the programme on record: creates or updates a convening by its seed key; returns its id. */
export async function upsertSeedConvening(seedKey: string, seed: SeedConvening): Promise<string> {
  const { placesPerCity, capacity, cityPlaces = [], isApprovalRequired = false, ...fields } = seed;
  const doc = await Convening.findOneAndUpdate(
    { seedKey },
    {
      $set: {
        ...fields,
        places: fields.places.map(storedPlace),
        "registration.placesPerCity": placesPerCity,
        "registration.capacity": capacity,
        "registration.cityPlaces": cityPlaces,
        "registration.isApprovalRequired": isApprovalRequired,
      },
      $setOnInsert: { shareToken: newShareToken() },
    },
    { upsert: true, new: true },
  ).lean();
  return String(doc!._id);
}

/** Marks a published convening that has ended as completed; false otherwise. */
export async function completeConvening(id: string, by: Actor, now = new Date()): Promise<boolean> {
  if (!isValidId(id)) return false;
  const result = await Convening.updateOne(
    { _id: id, status: "published", endsAt: { $lt: now } },
    { $set: { status: "completed", updatedById: by.id }, $inc: { revision: 1, sequence: 1 } },
  );
  return result.modifiedCount === 1;
}

/** A convening of the scaled demo as the seed writes it in bulk: the seed fields and its state. */
export type BulkSeedConvening = SeedConvening & {
  seedKey: string;
  onlineUrl: string;
  cancelReason: string;
  cancelledAt: Date | null;
  isApprovalRequired: boolean;
};

/** The ids of the convenings whose seed key starts with `prefix`, by seed key: one query. */
export async function listSeedConveningIds(prefix: string): Promise<Map<string, string>> {
  const docs = await Convening.find({ seedKey: { $gte: prefix, $lt: `${prefix}\uffff` } })
    .select("seedKey")
    .lean();
  return new Map(docs.map((doc) => [doc.seedKey!, String(doc._id)]));
}

/** Inserts convenings in one write (the token hook sees it); returns their ids by seed key. */
export async function insertSeedConvenings(convenings: BulkSeedConvening[]): Promise<Map<string, string>> {
  const docs = await Convening.insertMany(
    convenings.map(({ placesPerCity, capacity, isApprovalRequired, ...fields }) => ({
      ...fields,
      registration: { placesPerCity, capacity, isApprovalRequired, cityPlaces: [], opensAt: null, closesAt: null },
      shareToken: newShareToken(),
    })),
  );
  return new Map(docs.map((doc) => [doc.seedKey!, String(doc._id)]));
}
