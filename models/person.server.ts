// People in the programme. Everyone has a role; only people who set a password can sign in,
// so a guest speaker can exist without an account and be invited later.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { Schema, Types } from "mongoose";
import { findLeanByIds } from "./by-id.server";
import { findCalendarTokenHolder, recordCalendarToken } from "./calendar-token.server";
import { idOrNull, isValidId } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { keepCityPeopleOnWrite } from "./city-people.server";

import { PROGRAMME_ROLES, ROLES, type ProgrammeRole, type Role } from "~/domain/vocabulary/people";
import {
  CHANGE_NOTICE_MODES,
  DEFAULT_CHANGE_NOTICE_MODE,
  type ChangeNoticeMode,
} from "~/domain/vocabulary/email-preferences";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from "~/domain/languages";

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
    // Email preferences (/me/email): change notices as they happen, in a daily digest or not at
    // all; reminders of follow-up actions on or off; the zone emails give times in besides the place's.
    changeNotices: { type: String, enum: CHANGE_NOTICE_MODES, default: DEFAULT_CHANGE_NOTICE_MODE },
    isReminderWanted: { type: Boolean, default: true },
    timeZone: { type: String, default: null },
    // The interface language the person saved (/me/language), applied when they sign in; null
    // until they choose (emails then follow whoever caused them, decision 039).
    language: { type: String, enum: [...LANGUAGES, null], default: null },
  },
  { timestamps: true },
);

const citiesOfDocs = (docs: Array<{ cityId?: unknown }>) =>
  docs.map((doc) => idOrNull(doc.cityId)).filter((id): id is string => id !== null);

// The per-city index of people the owner pickers read by _id (models/city-people.server.ts).
keepCityPeopleOnWrite(personSchema, {
  activeInCity: async (cityId) => {
    const docs = await Person.find({ cityId, anonymisedAt: null })
      .select("name role programmeRole")
      .sort({ name: 1, _id: 1 })
      .lean();
    return docs.map((doc) => ({
      id: String(doc._id),
      name: doc.name,
      role: doc.role,
      programmeRole: doc.programmeRole ?? null,
    }));
  },
  citiesOf: async (ids) => citiesOfDocs(await findLeanByIds(Person, ids, "cityId")),
  citiesMatching: async (filter) => citiesOfDocs(await Person.find(filter).select("cityId").lean()),
});

export const Person = registerModel("Person", personSchema);

/**
 * A person as the app reads them: never the password hash (only whether there is one) nor their
 * tokens. Ids as strings.
 */
export type PersonRecord = {
  id: string;
  name: string;
  email: string;
  organisation: string;
  jobTitle: string;
  cityId: string | null;
  programmeRole: ProgrammeRole | null;
  role: Role;
  hasAccount: boolean;
  changeNotices: ChangeNoticeMode;
  isReminderWanted: boolean;
  /** The person's own zone for times in emails; null: the place's zone only. */
  timeZone: string | null;
  language: Language;
  /** The language the person chose themselves, or null: someone added them and they never chose. */
  savedLanguage: Language | null;
  createdAt: Date;
  updatedAt: Date;
};

type PersonDoc = LeanDocument<typeof personSchema>;
type PersonField = Exclude<keyof PersonRecord, "id">;

// One mapper: each record field from the stored document (defaults for people written around the schema).
const FROM_DOC: { [K in keyof PersonRecord]: (doc: PersonDoc) => PersonRecord[K] } = {
  id: (doc) => String(doc._id),
  name: (doc) => doc.name,
  email: (doc) => doc.email,
  organisation: (doc) => doc.organisation ?? "",
  jobTitle: (doc) => doc.jobTitle ?? "",
  cityId: (doc) => idOrNull(doc.cityId),
  programmeRole: (doc) => doc.programmeRole ?? null,
  role: (doc) => doc.role,
  hasAccount: (doc) => Boolean(doc.passwordHash),
  changeNotices: (doc) => doc.changeNotices ?? DEFAULT_CHANGE_NOTICE_MODE,
  isReminderWanted: (doc) => doc.isReminderWanted ?? true,
  timeZone: (doc) => doc.timeZone ?? null,
  language: (doc) => (isLanguage(doc.language) ? doc.language : DEFAULT_LANGUAGE),
  savedLanguage: (doc) => (isLanguage(doc.language) ? doc.language : null),
  createdAt: (doc) => doc.createdAt,
  updatedAt: (doc) => doc.updatedAt,
};
/** Stored fields a record field is read from, where they differ. */
const STORED_AS: Partial<Record<PersonField, string>> = { hasAccount: "passwordHash", savedLanguage: "language" };

/** The views pages read (the query selects exactly what they need), each a Pick of PersonRecord. */
export const PERSON_VIEWS = {
  /** What pages may know about the signed-in person. */
  signedIn: ["name", "email", "role", "cityId", "language"],
  /** Directory cards, profiles, registration lists. */
  card: ["name", "email", "organisation", "jobTitle", "cityId", "programmeRole", "role", "hasAccount", "savedLanguage"],
  /** Owners and contacts of follow-up actions. */
  contact: ["name", "email", "cityId", "role", "programmeRole"],
  /** Pickers and "who is coming". */
  name: ["name"],
  /** What the person chose to receive, on /me/email. */
  emailPreferences: ["changeNotices", "isReminderWanted", "timeZone"],
  /** Whom a change notice goes to, and how. */
  noticeRecipient: ["name", "email", "changeNotices", "timeZone", "savedLanguage"],
  /** A person's own data download. */
  dataExport: [
    "name",
    "email",
    "organisation",
    "jobTitle",
    "cityId",
    "programmeRole",
    "role",
    "changeNotices",
    "isReminderWanted",
    "timeZone",
    "createdAt",
    "updatedAt",
  ],
} as const satisfies Record<string, readonly PersonField[]>;

export type PersonViewName = keyof typeof PERSON_VIEWS;
export type PersonView<V extends PersonViewName> = Pick<PersonRecord, "id" | (typeof PERSON_VIEWS)[V][number]>;

function toView<V extends PersonViewName>(doc: PersonDoc, view: V): PersonView<V> {
  const fields: ReadonlyArray<keyof PersonRecord> = ["id", ...PERSON_VIEWS[view]];
  return Object.fromEntries(fields.map((field) => [field, FROM_DOC[field](doc)])) as PersonView<V>;
}

const selection = (view: PersonViewName, ...extra: string[]) =>
  [...PERSON_VIEWS[view].map((field) => STORED_AS[field] ?? field), ...extra].join(" ");

/** People matching a filter in the given view: one query. For models/ only. */
export async function findPersonViews<V extends PersonViewName>(
  filter: Record<string, unknown>,
  view: V,
  sort?: Record<string, 1 | -1>,
): Promise<Array<PersonView<V>>> {
  const query = Person.find(filter).select(selection(view));
  const docs = await (sort ? query.sort(sort) : query).lean();
  return docs.map((doc) => toView(doc, view));
}

/**
 * The people with these ids in the given view, read by _id (models/by-id.server.ts); with
 * `activeOnly`, never those whose data was deleted. For models/ only.
 */
export async function findPersonViewsByIds<V extends PersonViewName>(
  ids: Iterable<string | null | undefined>,
  view: V,
  { activeOnly = false } = {},
): Promise<Array<PersonView<V>>> {
  const docs = await findLeanByIds(Person, ids, selection(view, "anonymisedAt"));
  return docs.filter((doc) => !activeOnly || !doc.anonymisedAt).map((doc) => toView(doc, view));
}

async function activePeopleByIds<V extends PersonViewName>(
  ids: string[],
  view: V,
): Promise<Map<string, PersonView<V>>> {
  const people = await findPersonViewsByIds(ids, view, { activeOnly: true });
  return new Map(people.map((person) => [person.id, person]));
}

export type SignedInPerson = PersonView<"signedIn">;

/** The person a session cookie names, while that session has not been ended by a sign-out. */
export async function getSignedInPerson(id: string, sessionEpoch: string): Promise<SignedInPerson | null> {
  if (!isValidId(id)) return null;
  // Read by _id alone, on every request: the one lookup FerretDB serves from an index.
  const doc = await Person.findById(id).select(selection("signedIn", "sessionEpoch passwordHash")).lean();
  if (!doc || doc.passwordHash == null || (doc.sessionEpoch ?? "") !== sessionEpoch) return null;
  return toView(doc, "signedIn");
}

/** What a new session cookie for this person must carry. */
export async function currentSessionEpoch(personId: string): Promise<string> {
  if (!isValidId(personId)) return "";
  const doc = await Person.findById(personId).select("sessionEpoch").lean();
  return doc?.sessionEpoch ?? "";
}

/** Ends every session of the person: cookies already handed out stop working at once. */
export async function endSessions(personId: string) {
  if (!isValidId(personId)) return;
  await Person.updateOne({ _id: personId }, { $set: { sessionEpoch: randomUUID() } });
}

export async function findAccountByEmail(
  email: string,
): Promise<{ person: SignedInPerson; passwordHash: string | null } | null> {
  const doc = await Person.findOne({ email: email.trim().toLowerCase() })
    .select(selection("signedIn", "passwordHash"))
    .lean();
  if (!doc) return null;
  return { person: toView(doc, "signedIn"), passwordHash: doc.passwordHash ?? null };
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
  ).lean();
  return String(doc!._id);
}

/** An invitation names the person and their role again (for someone without an account yet). */
export async function updateInvitedPerson(id: string, details: { name: string; role: Role; cityId: string | null }) {
  if (!isValidId(id)) return;
  await Person.updateOne({ _id: id }, { $set: details });
}

export async function setPasswordHash(personId: string, passwordHash: string) {
  await Person.updateOne({ _id: personId }, { $set: { passwordHash } });
}

export function listPeople(): Promise<PersonCard[]> {
  return findPersonViews({}, "card", { name: 1 });
}

/** Everyone who can still be chosen (registered, named): people whose data was deleted are not. */
export function listActivePeople(): Promise<PersonCard[]> {
  return findPersonViews({ anonymisedAt: null }, "card", { name: 1 });
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
  const tokenHash = hashCalendarToken(token);
  await recordCalendarToken(tokenHash, personId); // first: the token works the moment the person holds it
  await Person.updateOne(
    { _id: personId },
    {
      $set: { calendarTokenHash: tokenHash, calendarTokenCreatedAt: new Date() },
      $unset: { calendarToken: 1 },
    },
  );
  return token;
}

/** Turns the personal feed off: no token works until a new one is issued. */
export async function revokeCalendarToken(personId: string): Promise<void> {
  await Person.updateOne(
    { _id: personId },
    { $unset: { calendarTokenHash: 1, calendarTokenCreatedAt: 1, calendarToken: 1 } },
  );
}

export async function getCalendarTokenCreatedAt(personId: string): Promise<Date | null> {
  if (!isValidId(personId)) return null;
  const doc = await Person.findById(personId).select("calendarTokenCreatedAt").lean();
  return doc?.calendarTokenCreatedAt ?? null;
}

/** The person a feed token belongs to, or null; malformed tokens never reach the database. */
export async function findPersonIdByCalendarToken(token: string): Promise<string | null> {
  if (!isCalendarTokenShaped(token)) return null;
  const tokenHash = hashCalendarToken(token);
  // By _id twice (who it was issued to, and whether they still hold it), not a scan of everyone.
  const holderId = await findCalendarTokenHolder(tokenHash);
  if (holderId) {
    const holder = await Person.findById(holderId).select("calendarTokenHash").lean();
    return holder?.calendarTokenHash === tokenHash ? holderId : null;
  }
  // A token issued before tokens were recorded: found once by its hash, then recorded.
  const doc = await Person.findOne({ calendarTokenHash: tokenHash }).select("_id").lean();
  if (!doc) return null;
  await recordCalendarToken(tokenHash, String(doc._id));
  return String(doc._id);
}

/** Whether the token is still this person's calendar token: one read by _id (feeds remember who a token was). */
export async function isCalendarTokenOf(personId: string, token: string): Promise<boolean> {
  if (!isValidId(personId) || !isCalendarTokenShaped(token)) return false;
  const doc = await Person.findById(personId).select("calendarTokenHash").lean();
  return doc?.calendarTokenHash === hashCalendarToken(token);
}

export type PersonCard = PersonView<"card">;

export async function getPerson(id: string): Promise<PersonCard | null> {
  if (!isValidId(id)) return null;
  const doc = await Person.findById(id).select(selection("card")).lean();
  return doc ? toView(doc, "card") : null;
}

/** One person who can still be chosen; null for a deleted person, an unknown or a malformed id. */
export async function getActivePerson(id: string): Promise<PersonCard | null> {
  if (!isValidId(id)) return null;
  const doc = await Person.findById(id).select(selection("card", "anonymisedAt")).lean();
  return doc && !doc.anonymisedAt ? toView(doc, "card") : null;
}

/** Several people in one query (pages list registrations with names). */
export async function getPeopleByIds(ids: string[]): Promise<Map<string, PersonCard>> {
  const docs = await findLeanByIds(Person, ids, selection("card"));
  return new Map(docs.map((doc) => [String(doc._id), toView(doc, "card")]));
}

export async function listPeopleInCity(cityId: string): Promise<PersonCard[]> {
  if (!isValidId(cityId)) return [];
  return findPersonViews({ cityId, anonymisedAt: null }, "card", { name: 1 });
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
export async function updatePersonProfile(
  id: string,
  profile: PersonProfile,
): Promise<{ ok: true } | { ok: false; field: "email"; message: string }> {
  try {
    await Person.updateOne(
      { _id: id },
      { $set: { ...profile, email: profile.email.trim().toLowerCase() } },
      { runValidators: true },
    );
    return { ok: true };
  } catch (error) {
    if (isDuplicateKeyError(error))
      return { ok: false, field: "email", message: "Someone else already uses this email address" };
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
      $set: {
        name: "Deleted person",
        email: `deleted-${id}@deleted.invalid`,
        organisation: "",
        jobTitle: "",
        passwordHash: null,
        anonymisedAt: now,
      },
      $unset: { calendarToken: 1, calendarTokenHash: 1, calendarTokenCreatedAt: 1 },
    },
  );
}

/** Everything stored about the person themselves, for a data download (no password hash). */
export async function getPersonDataExport(id: string) {
  if (!isValidId(id)) return null;
  const doc = await Person.findById(id).select(selection("dataExport")).lean();
  if (!doc) return null;
  const { id: _id, ...data } = toView(doc, "dataExport");
  return data;
}

/** The people among `ids` who can still be written to: never those whose data was deleted. One query. */
export async function listContactablePeople(ids: string[]): Promise<Map<string, PersonView<"contact">>> {
  return activePeopleByIds(ids, "contact");
}

export type EmailPreferences = Omit<PersonView<"emailPreferences">, "id">;

export async function getEmailPreferences(personId: string): Promise<EmailPreferences | null> {
  if (!isValidId(personId)) return null;
  const doc = await Person.findById(personId).select(selection("emailPreferences")).lean();
  if (!doc) return null;
  const { id: _id, ...preferences } = toView(doc, "emailPreferences");
  return preferences;
}

export async function updatePersonLanguage(personId: string, language: Language): Promise<void> {
  if (!isValidId(personId)) return;
  await Person.updateOne({ _id: personId }, { $set: { language } }, { runValidators: true });
}

export async function updateEmailPreferences(personId: string, preferences: EmailPreferences): Promise<void> {
  if (!isValidId(personId)) return;
  await Person.updateOne({ _id: personId }, { $set: preferences }, { runValidators: true });
}

/** A one-click unsubscribe: no change-notice emails any more; false for an unknown or deleted person. */
export async function stopChangeNoticeEmails(personId: string): Promise<boolean> {
  if (!isValidId(personId)) return false;
  const result = await Person.updateOne({ _id: personId, anonymisedAt: null }, { $set: { changeNotices: "none" } });
  return result.matchedCount === 1;
}

export type NoticeRecipient = PersonView<"noticeRecipient">;

/** The people a change notice may go to, by id, in one query; deleted people are left out. */
export async function listNoticeRecipients(ids: string[]): Promise<Map<string, NoticeRecipient>> {
  return activePeopleByIds(ids, "noticeRecipient");
}

/** Of these addresses, those whose person turned reminders off (reminders skip them). */
export async function listEmailsWithRemindersOff(emails: string[]): Promise<Set<string>> {
  const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()))];
  if (wanted.length === 0) return new Set();
  const docs = await Person.find({ email: { $in: wanted }, isReminderWanted: false })
    .select("email")
    .lean();
  return new Set(docs.map((doc) => doc.email));
}

/** The ids of the people with the given emails, by email: one query (the seed's bulk load). */
export async function findPersonIdsByEmails(emails: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const docs = await Person.find({ email: { $in: wanted } })
    .select("email")
    .lean();
  return new Map(docs.map((doc) => [doc.email, String(doc._id)]));
}

/** Inserts people in one write (the unique email index refuses a second one); returns their ids by email. */
export async function insertPeople(people: NewPerson[]): Promise<Map<string, string>> {
  const docs = await Person.insertMany(
    people.map((person) => ({ ...person, email: person.email.trim().toLowerCase() })),
  );
  return new Map(docs.map((doc) => [doc.email, String(doc._id)]));
}

/** The account states the people directory filters by; "deleted" is shown only when asked for. */
export const ACCOUNT_STATES = ["active", "invited", "guest", "deleted"] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

export type PeopleSearch = {
  /** Words in the name or the email, case-insensitive. */
  q?: string;
  cityId?: string | null;
  role?: Role | null;
  programmeRole?: ProgrammeRole | null;
  state?: AccountState | null;
  /** People without an account who were sent an invitation (models/invitation.server.ts). */
  invitedIds: ReadonlySet<string>;
  skip: number;
  limit: number;
};

const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function peopleSearchFilter(search: PeopleSearch): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const words = (search.q ?? "").trim().split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    filter.$and = words.map((word) => {
      const pattern = { $regex: escapeRegex(word), $options: "i" };
      return { $or: [{ name: pattern }, { email: pattern }] };
    });
  }
  // A city id that names no city matches no one (not the people without a city).
  if (search.cityId) filter.cityId = isValidId(search.cityId) ? search.cityId : { $in: [] };
  if (search.role) filter.role = search.role;
  if (search.programmeRole) filter.programmeRole = search.programmeRole;
  const invited = [...search.invitedIds];
  if (search.state === "deleted") filter.anonymisedAt = { $ne: null };
  else {
    filter.anonymisedAt = null;
    if (search.state === "active") filter.passwordHash = { $ne: null };
    if (search.state === "invited") Object.assign(filter, { passwordHash: null, _id: { $in: invited } });
    if (search.state === "guest") Object.assign(filter, { passwordHash: null, _id: { $nin: invited } });
  }
  return filter;
}

/** One page of the people directory and how many match in all: two queries. */
export async function searchPeople(search: PeopleSearch): Promise<{ people: PersonCard[]; total: number }> {
  const filter = peopleSearchFilter(search);
  const [docs, total] = await Promise.all([
    Person.find(filter)
      .select(selection("card", "anonymisedAt"))
      .sort({ name: 1, _id: 1 })
      .skip(search.skip)
      .limit(search.limit)
      .lean(),
    Person.countDocuments(filter),
  ]);
  return { people: docs.map((doc) => toView(doc, "card")), total };
}

/** The people among these emails (lower case), with what an import compares: one query. */
export async function findPeopleByEmails(emails: string[]): Promise<Map<string, PersonCard>> {
  const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const docs = await Person.find({ email: { $in: wanted } })
    .select(selection("card"))
    .lean();
  return new Map(docs.map((doc) => [doc.email, toView(doc, "card")]));
}

/** Removes people by id (undoing an import that failed part-way). */
export async function deletePeopleByIds(ids: string[]): Promise<void> {
  const valid = ids.filter(isValidId);
  if (valid.length > 0) await Person.deleteMany({ _id: { $in: valid } });
}

/** Updates the details an import carries for an existing person. */
export async function updateImportedPerson(
  id: string,
  details: {
    name: string;
    cityId: string | null;
    role: Role;
    programmeRole: ProgrammeRole | null;
    organisation: string;
  },
): Promise<void> {
  if (!isValidId(id)) return;
  await Person.updateOne({ _id: id }, { $set: details }, { runValidators: true });
}

/** A fresh id for a person about to be inserted (an import can then undo exactly what it wrote). */
export function newPersonId(): string {
  return String(new Types.ObjectId());
}

/** Inserts people with the ids given, in one write; the unique email index refuses a second one. */
export async function insertPeopleWithIds(people: Array<NewPerson & { id: string }>): Promise<void> {
  if (people.length === 0) return;
  await Person.insertMany(
    people.map(({ id, ...person }) => ({ ...person, _id: id, email: person.email.trim().toLowerCase() })),
  );
}
