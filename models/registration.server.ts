// Registrations of people for convenings, one per person per convening.
import { Schema } from "mongoose";
import { REGISTRATION_STATUSES, type RegistrationStatus } from "~/domain/vocabulary/registrations";
import { findLeanByIds } from "./by-id.server";
import { CHANGE_TOKENS, replaceChangeTokenOnWrite } from "./change-token.server";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { idOrNull, isValidId, newId } from "./ids.server";
import { readPersonRegistrations } from "./person-registrations.server";
import { registerModel, type LeanDocument } from "./register-model.server";
import { keepRegistrationCopiesOnWrite, repairRegistrationCopies } from "./registration-copies.server";

const registrationSchema = new Schema(
  {
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    personId: { type: Schema.Types.ObjectId, ref: "Person", required: true, index: true },
    cityId: { type: Schema.Types.ObjectId, ref: "City", default: null },
    status: { type: String, enum: REGISTRATION_STATUSES, required: true },
    roleAtEvent: { type: String, default: "", maxlength: 120 },
    dietaryNeeds: { type: String, default: "", maxlength: 1000 },
    accessNeeds: { type: String, default: "", maxlength: 1000 },
    arrivalDate: { type: String, default: null },
    departureDate: { type: String, default: null },
    isContactShared: { type: Boolean, default: false },
    registeredById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    declineReason: { type: String, default: "" },
    // Arrival order for the waitlist: an ObjectId made when the request reached us (monotonic
    // within a process); re-registering after a cancellation joins the back of the queue.
    queueKey: { type: String, default: "" },
    decidedById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    attendanceMarkedAt: { type: Date, default: null },
    needsPurgedAt: { type: Date, default: null },
    anonymisedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
registrationSchema.index({ conveningId: 1, personId: 1 }, { unique: true });
registrationSchema.index({ conveningId: 1, cityId: 1, status: 1, createdAt: 1 });
registrationSchema.index({ conveningId: 1, status: 1, queueKey: 1 });

// Each convening's roster and each person's index, read by _id where a filter would scan
// (decision 020); written before the change token, so a cache keyed by it never sees old copies.
keepRegistrationCopiesOnWrite(registrationSchema);
replaceChangeTokenOnWrite(registrationSchema, CHANGE_TOKENS.registrations);
export const Registration = registerModel("Registration", registrationSchema);

export type RegistrationRecord = {
  id: string;
  conveningId: string;
  personId: string;
  cityId: string | null;
  status: RegistrationStatus;
  roleAtEvent: string;
  dietaryNeeds: string;
  accessNeeds: string;
  arrivalDate: string | null;
  departureDate: string | null;
  isContactShared: boolean;
  declineReason: string;
  queueKey: string;
  /** When the needs were deleted after the convening (a purge), or null. */
  needsPurgedAt: Date | null;
  createdAt: Date;
};

type RegistrationDoc = LeanDocument<typeof registrationSchema>;

const REGISTRATION_FIELDS =
  "conveningId personId cityId status roleAtEvent dietaryNeeds accessNeeds arrivalDate departureDate isContactShared declineReason queueKey needsPurgedAt createdAt";

// Registrations written around the schema (the seed's upserts) may lack defaulted fields.
function toRecord(doc: RegistrationDoc): RegistrationRecord {
  return {
    id: String(doc._id),
    conveningId: String(doc.conveningId),
    personId: String(doc.personId),
    cityId: idOrNull(doc.cityId),
    status: doc.status,
    roleAtEvent: doc.roleAtEvent ?? "",
    dietaryNeeds: doc.dietaryNeeds ?? "",
    accessNeeds: doc.accessNeeds ?? "",
    arrivalDate: doc.arrivalDate ?? null,
    departureDate: doc.departureDate ?? null,
    isContactShared: Boolean(doc.isContactShared),
    declineReason: doc.declineReason ?? "",
    queueKey: doc.queueKey ?? "",
    needsPurgedAt: doc.needsPurgedAt ?? null,
    createdAt: doc.createdAt,
  };
}

/** Registrations that mean "coming" (or came): calendars and "who is coming" count these. */
export const ATTENDING_STATUSES = ["registered", "attended"] as const;

/** A convening's registrations in arrival order (the waitlist's order). */
export async function listRegistrationsForConvening(
  conveningId: string,
  filter: { cityId?: string; statuses?: readonly RegistrationStatus[] } = {},
): Promise<RegistrationRecord[]> {
  if (!isValidId(conveningId)) return [];
  const query: Record<string, unknown> = { conveningId };
  if (filter.cityId) query.cityId = filter.cityId;
  if (filter.statuses) query.status = { $in: filter.statuses };
  const docs = await Registration.find(query).select(REGISTRATION_FIELDS).sort({ queueKey: 1, _id: 1 }).lean();
  return docs.map(toRecord);
}

/** A person's own registrations (optionally only those in the given statuses), found by their index and read by _id. */
export async function listRegistrationsOfPerson(
  personId: string,
  filter: { statuses?: readonly RegistrationStatus[] } = {},
): Promise<RegistrationRecord[]> {
  if (!isValidId(personId)) return [];
  const entries = await readPersonRegistrations(personId);
  const docs = await findLeanByIds(
    Registration,
    entries.map((entry) => entry.registrationId),
    REGISTRATION_FIELDS,
  );
  return docs
    .filter((doc) => String(doc.personId) === personId && (!filter.statuses || filter.statuses.includes(doc.status)))
    .map(toRecord);
}

/** One registration; null for a malformed or unknown id. */
export async function getRegistration(id: string): Promise<RegistrationRecord | null> {
  if (!isValidId(id)) return null;
  const doc = await Registration.findById(id).select(REGISTRATION_FIELDS).lean();
  return doc ? toRecord(doc) : null;
}

/** The registrations with these ids (unknown and malformed ones left out), one read by _id each. */
export async function getRegistrationsByIds(ids: readonly string[]): Promise<RegistrationRecord[]> {
  const docs = await findLeanByIds(Registration, ids, REGISTRATION_FIELDS);
  return docs.map(toRecord);
}

/** The person's registration for the convening as their index names it, read by _id and checked. */
async function findOwnRegistration(conveningId: string, personId: string) {
  if (!isValidId(conveningId) || !isValidId(personId)) return null;
  const entry = (await readPersonRegistrations(personId)).find((candidate) => candidate.conveningId === conveningId);
  if (!entry || !isValidId(entry.registrationId)) return null;
  const doc = await Registration.findById(entry.registrationId).select(REGISTRATION_FIELDS).lean();
  return doc && String(doc.conveningId) === conveningId && String(doc.personId) === personId ? doc : null;
}

/** The person's registration for the convening, whatever its status, or null. */
export async function findRegistrationOf(
  conveningId: string,
  personId: string,
): Promise<Pick<RegistrationRecord, "id" | "status"> | null> {
  const doc = await findOwnRegistration(conveningId, personId);
  return doc ? { id: String(doc._id), status: doc.status } : null;
}

/** The person's whole registration for the convening, whatever its status, or null. */
export async function getRegistrationOf(conveningId: string, personId: string): Promise<RegistrationRecord | null> {
  const doc = await findOwnRegistration(conveningId, personId);
  return doc ? toRecord(doc) : null;
}

/** The convenings with someone on their waitlist, by id. */
export async function listConveningIdsWithWaitlist(): Promise<string[]> {
  const ids: unknown[] = await Registration.distinct("conveningId", { status: "waitlisted" });
  return ids.map(String);
}

/** Arrival order for the waitlist: taken when a request reaches the server, increasing. */
export const newQueueKey = newId;

/** A registration as written: the record's fields but those the database fills in, and who made it. */
export type NewRegistration = Omit<RegistrationRecord, "id" | "needsPurgedAt" | "createdAt"> & {
  registeredById: string;
};

/**
 * Inserts a registration and returns its id, or null when the person already has one for this
 * convening: the unique (convening, person) index refuses the duplicate without a lookup.
 */
export async function createRegistration(registration: NewRegistration): Promise<string | null> {
  try {
    const doc = await Registration.create(registration);
    return String(doc._id);
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
}

/**
 * Moves a registration between statuses only from the expected one; true when it moved. Read
 * and written by _id: a filter with the status beside the _id scans every registration on
 * FerretDB, whose conditional updates are a read, a check and a write anyway (decision 020).
 */
export async function moveRegistrationStatus(
  id: string,
  from: readonly RegistrationStatus[],
  to: RegistrationStatus,
  extra: Record<string, unknown> = {},
) {
  if (!isValidId(id)) return false;
  const current = await Registration.findById(id).select("status").lean();
  if (!current || !from.includes(current.status)) return false;
  const result = await Registration.updateOne({ _id: id }, { $set: { status: to, ...extra } });
  return result.modifiedCount === 1;
}

/** Clears dietary and access needs of every registration of a convening; returns how many had some. */
export async function purgeRegistrationNeeds(conveningId: string, now: Date): Promise<number> {
  const result = await Registration.updateMany(
    { conveningId, $or: [{ dietaryNeeds: { $ne: "" } }, { accessNeeds: { $ne: "" } }] },
    { $set: { dietaryNeeds: "", accessNeeds: "", needsPurgedAt: now } },
  );
  return result.modifiedCount;
}

/** Cancels the person's registrations in the given statuses (deletion on request), each by _id. */
export async function cancelRegistrationsOfPerson(personId: string, statuses: readonly RegistrationStatus[]) {
  const registrations = await listRegistrationsOfPerson(personId, { statuses });
  await Promise.all(
    registrations.map((registration) => moveRegistrationStatus(registration.id, statuses, "cancelled")),
  );
}

/** Clears every personal field of the person's registrations; their statuses (and so counts) stay. */
export async function anonymiseRegistrationsOfPerson(personId: string, now = new Date()) {
  await Registration.updateMany(
    { personId },
    {
      $set: {
        roleAtEvent: "",
        dietaryNeeds: "",
        accessNeeds: "",
        arrivalDate: null,
        departureDate: null,
        isContactShared: false,
        declineReason: "",
        anonymisedAt: now,
      },
    },
  );
}

/** The convenings a city's people are coming to (or came to), by id: calendar feeds. */
export async function listConveningIdsAttendedByCity(cityId: string): Promise<string[]> {
  if (!isValidId(cityId)) return [];
  const docs = await Registration.find({ cityId, status: { $in: ATTENDING_STATUSES } })
    .select("conveningId")
    .lean();
  return [...new Set(docs.map((doc) => String(doc.conveningId)))];
}

/** The convenings a person is coming to (or came to), by id: their personal feed, from their index. */
export async function listConveningIdsAttendedByPerson(personId: string): Promise<string[]> {
  const entries = await readPersonRegistrations(personId);
  return entries
    .filter((entry) => (ATTENDING_STATUSES as readonly string[]).includes(entry.status))
    .map((entry) => entry.conveningId);
}

export async function isAttending(personId: string, conveningId: string): Promise<boolean> {
  if (!isValidId(personId) || !isValidId(conveningId)) return false;
  const entries = await readPersonRegistrations(personId);
  return entries.some(
    (entry) => entry.conveningId === conveningId && (ATTENDING_STATUSES as readonly string[]).includes(entry.status),
  );
}

/** Rewrites rosters and person indexes that differ from the registrations (the repair pass); returns how many. */
export function repairRosters(): Promise<number> {
  return repairRegistrationCopies(Registration);
}

/** Demo data: registers the person once; later runs leave the registration as people changed it. */
export async function upsertSeedRegistration(
  registration: Pick<NewRegistration, "conveningId" | "personId" | "cityId" | "status" | "roleAtEvent">,
) {
  const { conveningId, personId, ...fields } = registration;
  await Registration.updateOne({ conveningId, personId }, { $setOnInsert: fields }, { upsert: true });
}

/** Which people are registered (in any status) for the given convenings: "conveningId personId" pairs, one query. */
export async function listRegisteredPairs(conveningIds: string[]): Promise<Set<string>> {
  const ids = conveningIds.filter(isValidId);
  if (ids.length === 0) return new Set();
  const docs = await Registration.find({ conveningId: { $in: ids } })
    .select("conveningId personId")
    .lean();
  return new Set(docs.map((doc) => `${String(doc.conveningId)} ${String(doc.personId)}`));
}

/** A registration of the scaled demo, dated when it arrived. */
export type BulkSeedRegistration = Pick<
  NewRegistration,
  "conveningId" | "personId" | "cityId" | "status" | "roleAtEvent" | "queueKey" | "registeredById"
> & { createdAt: Date };

/** Inserts registrations in one write (the unique index refuses a second one per person); returns their ids in order. */
export async function insertSeedRegistrations(registrations: BulkSeedRegistration[]): Promise<string[]> {
  const docs = await Registration.insertMany(
    registrations.map((registration) => ({ ...registration, updatedAt: registration.createdAt })),
  );
  return docs.map((doc) => String(doc._id));
}
