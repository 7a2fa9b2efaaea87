// People in the programme. Everyone has a role; only people who set a password can sign in,
// so a guest speaker can exist without an account and be invited later.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import mongoose, { Schema } from "mongoose";
import { registerModel } from "./register-model.server";
import { isDuplicateKeyError } from "./duplicate-key.server";

import { PROGRAMME_ROLES, ROLES, type ProgrammeRole, type Role } from "~/domain/vocabulary/people";

export type { ProgrammeRole, Role };

const personSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 120 },
    email: { type: String, required: true, unique: true, lowercase: true, trim: true, maxlength: 254 },
    organisation: { type: String, default: "", maxlength: 160 },
    jobTitle: { type: String, default: "", maxlength: 160 },
    cityId: { type: Schema.Types.ObjectId, ref: "City", default: null, index: true },
    programmeRole: { type: String, enum: [...PROGRAMME_ROLES, null], default: null },
    role: { type: String, enum: ROLES, required: true, default: "participant" },
    passwordHash: { type: String, default: null },
    calendarToken: { type: String, default: undefined, index: { unique: true, sparse: true } }, // absent, not null: sparse indexes still index nulls
    // Personal feed: SHA-256 of the token (the token itself is never stored). Absent, not null.
    calendarTokenHash: { type: String, default: undefined, index: { unique: true, sparse: true } },
    // Part of every session cookie; replaced on sign-out, which ends every session of the person.
    sessionEpoch: { type: String, default: undefined },
    calendarTokenCreatedAt: { type: Date, default: undefined },
    anonymisedAt: { type: Date, default: null }, // set when the person asked for their data to be deleted
  },
  { timestamps: true },
);

export const Person = registerModel("Person", personSchema);

/** What pages may know about the signed-in person: never the password hash. */
export type SignedInPerson = {
  id: string;
  name: string;
  email: string;
  role: Role;
  cityId: string | null;
};

const SIGNED_IN_FIELDS = "name email role cityId";

function toSignedInPerson(doc: {
  _id: unknown;
  name: string;
  email: string;
  role: string;
  cityId?: unknown;
}): SignedInPerson {
  return {
    id: String(doc._id),
    name: doc.name,
    email: doc.email,
    role: doc.role as Role,
    cityId: doc.cityId ? String(doc.cityId) : null,
  };
}

/** The person a session cookie names, while that session has not been ended by a sign-out. */
export async function getSignedInPerson(id: string, sessionEpoch: string): Promise<SignedInPerson | null> {
  if (!mongoose.isValidObjectId(id)) return null;
  const doc = await Person.findOne({ _id: id, passwordHash: { $ne: null } })
    .select(`${SIGNED_IN_FIELDS} sessionEpoch`)
    .lean<{ _id: unknown; name: string; email: string; role: string; cityId?: unknown; sessionEpoch?: string }>();
  if (!doc || (doc.sessionEpoch ?? "") !== sessionEpoch) return null;
  return toSignedInPerson(doc);
}

/** What a new session cookie for this person must carry. */
export async function currentSessionEpoch(personId: string): Promise<string> {
  if (!mongoose.isValidObjectId(personId)) return "";
  const doc = await Person.findById(personId).select("sessionEpoch").lean<{ sessionEpoch?: string }>();
  return doc?.sessionEpoch ?? "";
}

/** Ends every session of the person: cookies already handed out stop working at once. */
export async function endSessions(personId: string) {
  if (!mongoose.isValidObjectId(personId)) return;
  await Person.updateOne({ _id: personId }, { $set: { sessionEpoch: randomUUID() } });
}

export async function findAccountByEmail(email: string) {
  const doc = await Person.findOne({ email: email.trim().toLowerCase() })
    .select(`${SIGNED_IN_FIELDS} passwordHash`)
    .lean<{ _id: unknown; name: string; email: string; role: string; cityId?: unknown; passwordHash: string | null }>();
  if (!doc) return null;
  return { person: toSignedInPerson(doc), passwordHash: doc.passwordHash };
}

export async function findPersonIdByEmail(email: string): Promise<string | null> {
  const doc = await Person.findOne({ email: email.trim().toLowerCase() }).select("_id").lean();
  return doc ? String(doc._id) : null;
}

export type NewPerson = {
  name: string;
  email: string;
  role: Role;
  cityId?: string | null;
  organisation?: string;
  jobTitle?: string;
  programmeRole?: ProgrammeRole | null;
  passwordHash?: string | null;
};

export async function createPerson(person: NewPerson): Promise<string> {
  const doc = await Person.create({ ...person, email: person.email.trim().toLowerCase() });
  return String(doc._id);
}

/** Creates the person or updates the fields given, matched by email (idempotent seeding). */
export async function upsertPersonByEmail(person: NewPerson): Promise<string> {
  const email = person.email.trim().toLowerCase();
  const doc = await Person.findOneAndUpdate(
    { email },
    { $set: { ...person, email } },
    { upsert: true, new: true, runValidators: true },
  )
    .lean();
  return String(doc!._id);
}

export async function setPasswordHash(personId: string, passwordHash: string) {
  await Person.updateOne({ _id: personId }, { $set: { passwordHash } });
}

export async function listPeople() {
  const docs = await Person.find()
    .select("name email role cityId organisation jobTitle programmeRole passwordHash")
    .sort({ name: 1 })
    .lean<
      Array<{
        _id: unknown;
        name: string;
        email: string;
        role: Role;
        cityId?: unknown;
        organisation: string;
        jobTitle: string;
        programmeRole: ProgrammeRole | null;
        passwordHash: string | null;
      }>
    >();
  return docs.map(({ _id, cityId, passwordHash, ...rest }) => ({
    ...rest,
    id: String(_id),
    cityId: cityId ? String(cityId) : null,
    hasAccount: Boolean(passwordHash),
  }));
}

// Personal calendar feed tokens. Only a SHA-256 hash is stored, so a leaked database does not
// leak working feed URLs; the token itself is shown once, when it is created or rotated.
const CALENDAR_TOKEN_BYTES = 32;
const CALENDAR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** True for strings shaped like a token we issue (43 base64url characters = 32 bytes). */
export function isCalendarTokenShaped(token: string): boolean {
  return CALENDAR_TOKEN_PATTERN.test(token);
}

/**
 * Issues a new personal feed token and returns it; the previous one (hashed or the legacy
 * plain `calendarToken`) stops working with this single update.
 */
export async function rotateCalendarToken(personId: string): Promise<string> {
  const token = randomBytes(CALENDAR_TOKEN_BYTES).toString("base64url");
  await Person.updateOne(
    { _id: personId },
    { $set: { calendarTokenHash: hashCalendarToken(token), calendarTokenCreatedAt: new Date() }, $unset: { calendarToken: 1 } },
  );
  return token;
}

/** Turns the personal feed off: no token works until a new one is issued. */
export async function revokeCalendarToken(personId: string): Promise<void> {
  await Person.updateOne({ _id: personId }, { $unset: { calendarTokenHash: 1, calendarTokenCreatedAt: 1, calendarToken: 1 } });
}

export async function getCalendarTokenCreatedAt(personId: string): Promise<Date | null> {
  if (!mongoose.isValidObjectId(personId)) return null;
  const doc = await Person.findById(personId).select("calendarTokenCreatedAt").lean<{ calendarTokenCreatedAt?: Date }>();
  return doc?.calendarTokenCreatedAt ?? null;
}

/** The person a feed token belongs to, or null; malformed tokens never reach the database. */
export async function findPersonIdByCalendarToken(token: string): Promise<string | null> {
  if (!isCalendarTokenShaped(token)) return null;
  const doc = await Person.findOne({ calendarTokenHash: hashCalendarToken(token) }).select("_id").lean();
  return doc ? String(doc._id) : null;
}

export type PersonCard = {
  id: string;
  name: string;
  email: string;
  organisation: string;
  jobTitle: string;
  cityId: string | null;
  programmeRole: ProgrammeRole | null;
  role: Role;
  hasAccount: boolean;
};

const PERSON_CARD_FIELDS = "name email organisation jobTitle cityId programmeRole role passwordHash";

function toPersonCard(doc: Record<string, unknown>): PersonCard {
  return {
    id: String(doc._id),
    name: doc.name as string,
    email: doc.email as string,
    organisation: (doc.organisation as string) ?? "",
    jobTitle: (doc.jobTitle as string) ?? "",
    cityId: doc.cityId ? String(doc.cityId) : null,
    programmeRole: (doc.programmeRole as ProgrammeRole | null) ?? null,
    role: doc.role as Role,
    hasAccount: Boolean(doc.passwordHash),
  };
}

export async function getPerson(id: string): Promise<PersonCard | null> {
  if (!mongoose.isValidObjectId(id)) return null;
  const doc = await Person.findById(id).select(PERSON_CARD_FIELDS).lean();
  return doc ? toPersonCard(doc as unknown as Record<string, unknown>) : null;
}

/** Several people in one query (pages list registrations with names). */
export async function getPeopleByIds(ids: string[]): Promise<Map<string, PersonCard>> {
  const valid = [...new Set(ids)].filter((id) => mongoose.isValidObjectId(id));
  if (valid.length === 0) return new Map();
  const docs = await Person.find({ _id: { $in: valid } }).select(PERSON_CARD_FIELDS).lean();
  return new Map(docs.map((doc) => [String(doc._id), toPersonCard(doc as unknown as Record<string, unknown>)]));
}

export async function listPeopleInCity(cityId: string): Promise<PersonCard[]> {
  if (!mongoose.isValidObjectId(cityId)) return [];
  const docs = await Person.find({ cityId, anonymisedAt: null }).select(PERSON_CARD_FIELDS).sort({ name: 1 }).lean();
  return docs.map((doc) => toPersonCard(doc as unknown as Record<string, unknown>));
}

export type PersonProfile = {
  name: string;
  email: string;
  organisation: string;
  jobTitle: string;
  cityId: string | null;
  programmeRole: ProgrammeRole | null;
  role?: Role;
};

/** Updates a person's profile; a taken email comes back as a field error, not an exception. */
export async function updatePersonProfile(id: string, profile: PersonProfile): Promise<{ ok: true } | { ok: false; field: "email"; message: string }> {
  try {
    await Person.updateOne({ _id: id }, { $set: { ...profile, email: profile.email.trim().toLowerCase() } }, { runValidators: true });
    return { ok: true };
  } catch (error) {
    if (isDuplicateKeyError(error)) return { ok: false, field: "email", message: "Someone else already uses this email address" };
    throw error;
  }
}

/**
 * Deletion on request: the record stays (registrations keep their counts) but says nothing about
 * the person any more, and it can no longer sign in or use a calendar feed.
 */
export async function anonymisePerson(id: string, now = new Date()) {
  await Person.updateOne(
    { _id: id },
    {
      $set: { name: "Deleted person", email: `deleted-${id}@deleted.invalid`, organisation: "", jobTitle: "", passwordHash: null, anonymisedAt: now },
      $unset: { calendarToken: 1, calendarTokenHash: 1, calendarTokenCreatedAt: 1 },
    },
  );
}

/** Everything stored about the person themselves, for a data download (no password hash). */
export async function getPersonDataExport(id: string) {
  const doc = await Person.findById(id).select("name email organisation jobTitle cityId programmeRole role createdAt updatedAt").lean();
  if (!doc) return null;
  return {
    name: doc.name,
    email: doc.email,
    organisation: doc.organisation,
    jobTitle: doc.jobTitle,
    cityId: doc.cityId ? String(doc.cityId) : null,
    programmeRole: doc.programmeRole ?? null,
    role: doc.role,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}
