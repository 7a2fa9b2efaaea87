// Cities in the programme: membership, nation, where the programme sits, learning partner.
import mongoose, { Schema } from "mongoose";
import { CHANGE_TOKENS, replaceChangeToken, replaceChangeTokenOnWrite } from "./change-token.server";
import { idOrNull, isValidId } from "./ids.server";
import { findLeanByIds } from "./by-id.server";
import { registerModel, type LeanDocument } from "./register-model.server";

import { CITY_MEMBERSHIPS, NATIONS, TASKFORCE_SECTORS } from "~/domain/vocabulary/cities";

const taskforceMemberSchema = new Schema({
  name: { type: String, required: true, trim: true, maxlength: 120 },
  organisation: { type: String, default: "", trim: true, maxlength: 160 },
  sector: { type: String, enum: TASKFORCE_SECTORS, required: true },
});

const citySchema = new Schema(
  {
    slug: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    membership: { type: String, enum: CITY_MEMBERSHIPS, required: true },
    phaseJoined: { type: Number, enum: [1, 2], required: true },
    nation: { type: String, enum: NATIONS, required: true },
    timeZone: { type: String, required: true, default: "Europe/London" },
    department: { type: String, default: "" },
    sponsorRole: { type: String, default: "" },
    learningPartnerSlug: { type: String, default: null },
    // The city's nominated people (DOMAIN.md: a strategic sponsor and an operational lead).
    sponsorPersonId: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    leadPersonId: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    taskforce: { type: [taskforceMemberSchema], default: [] },
  },
  { timestamps: true },
);

type CityDoc = LeanDocument<typeof citySchema>;
replaceChangeTokenOnWrite(citySchema, CHANGE_TOKENS.cities);
export const City = registerModel("City", citySchema);

export type CitySummary = {
  id: string;
  slug: string;
  name: string;
  membership: (typeof CITY_MEMBERSHIPS)[number];
  phaseJoined: number;
  nation: string;
  timeZone: string;
  department: string;
  sponsorRole: string;
  learningPartnerSlug: string | null;
};

const CITY_FIELDS = "slug name membership phaseJoined nation timeZone department sponsorRole learningPartnerSlug";

function toCitySummary(doc: CityDoc): CitySummary {
  return {
    id: String(doc._id),
    slug: doc.slug,
    name: doc.name,
    membership: doc.membership,
    phaseJoined: doc.phaseJoined,
    nation: doc.nation,
    timeZone: doc.timeZone,
    department: doc.department ?? "",
    sponsorRole: doc.sponsorRole ?? "",
    learningPartnerSlug: doc.learningPartnerSlug ?? null,
  };
}

export async function listCities(): Promise<CitySummary[]> {
  const docs = await City.find().select(CITY_FIELDS).sort({ name: 1 }).lean();
  return docs.map(toCitySummary);
}

export async function getCityBySlug(slug: string): Promise<CitySummary | null> {
  const doc = await City.findOne({ slug }).select(CITY_FIELDS).lean();
  return doc ? toCitySummary(doc) : null;
}

export async function getCityById(id: string): Promise<CitySummary | null> {
  if (!isValidId(id)) return null;
  const doc = await City.findById(id).select(CITY_FIELDS).lean();
  return doc ? toCitySummary(doc) : null;
}

/** The names of the given cities by id, in one query. */
export async function getCityNames(ids: string[]): Promise<Map<string, string>> {
  const docs = await findLeanByIds(City, ids, "name");
  return new Map(docs.map((doc) => [String(doc._id), doc.name]));
}

/** Demo data: makes two cities each other's learning partner. */
export async function setLearningPartners(slug: string, partnerSlug: string) {
  await City.updateOne({ slug }, { $set: { learningPartnerSlug: partnerSlug } });
  await City.updateOne({ slug: partnerSlug }, { $set: { learningPartnerSlug: slug } });
}

/** Creates or updates a city by slug; returns its id. Used by the seed, so it must be idempotent. */
export async function upsertCity(city: Omit<CitySummary, "id">): Promise<string> {
  const doc = await City.findOneAndUpdate({ slug: city.slug }, { $set: city }, { upsert: true, new: true }).lean();
  return String(doc!._id);
}

export type TaskforceMember = {
  id: string;
  name: string;
  organisation: string;
  sector: (typeof TASKFORCE_SECTORS)[number];
};
export type CityProfile = CitySummary & {
  sponsorPersonId: string | null;
  leadPersonId: string | null;
  taskforce: TaskforceMember[];
};

/** A city with its contacts and taskforce, for the city page. */
export async function getCityProfile(slug: string): Promise<CityProfile | null> {
  const doc = await City.findOne({ slug }).select(`${CITY_FIELDS} sponsorPersonId leadPersonId taskforce`).lean();
  if (!doc) return null;
  return {
    ...toCitySummary(doc),
    sponsorPersonId: idOrNull(doc.sponsorPersonId),
    leadPersonId: idOrNull(doc.leadPersonId),
    taskforce: (doc.taskforce ?? []).map((member) => ({
      id: String(member._id),
      name: member.name,
      organisation: member.organisation ?? "",
      sector: member.sector,
    })),
  };
}

/** Contacts for every city at once (the directory shows them without a query per city). */
export async function listCityContacts(): Promise<
  Map<string, { sponsorPersonId: string | null; leadPersonId: string | null; taskforceSize: number }>
> {
  const docs = await City.find().select("sponsorPersonId leadPersonId taskforce._id").lean();
  return new Map(
    docs.map((doc) => [
      String(doc._id),
      {
        sponsorPersonId: idOrNull(doc.sponsorPersonId),
        leadPersonId: idOrNull(doc.leadPersonId),
        taskforceSize: doc.taskforce?.length ?? 0,
      },
    ]),
  );
}

export type CityDetails = Pick<
  CitySummary,
  "name" | "membership" | "phaseJoined" | "nation" | "department" | "sponsorRole" | "learningPartnerSlug"
>;

/** A city's details; the learning partner goes through setLearningPartnership, which keeps the pair symmetric. */
export async function updateCityDetails(cityId: string, details: Omit<CityDetails, "learningPartnerSlug">) {
  await City.updateOne({ _id: cityId }, { $set: details }, { runValidators: true });
}

/**
 * Makes `slug` and `partnerSlug` each other's learning partner (or leaves `slug` without one):
 * whoever pointed at either city before is cleared. Without transactions each step is one
 * single-document (or per-document) update, and a last pass clears any one-way pointer a
 * concurrent change may have left, so a partnership at rest is always a symmetric pair.
 */
export async function setLearningPartnership(slug: string, partnerSlug: string | null) {
  const pair = partnerSlug ? [slug, partnerSlug] : [slug];
  await City.updateMany(
    { slug: { $nin: pair }, learningPartnerSlug: { $in: pair } },
    { $set: { learningPartnerSlug: null } },
  );
  await City.updateOne({ slug }, { $set: { learningPartnerSlug: partnerSlug } });
  if (partnerSlug) await City.updateOne({ slug: partnerSlug }, { $set: { learningPartnerSlug: slug } });
  await clearOneWayPartnerships();
}

/** Clears every learning partner that does not point back; each clear is conditional on what was read. */
async function clearOneWayPartnerships() {
  const docs = await City.find().select("slug learningPartnerSlug").lean();
  const partnerOf = new Map(docs.map((doc) => [doc.slug, doc.learningPartnerSlug ?? null]));
  for (const doc of docs) {
    const partner = doc.learningPartnerSlug ?? null;
    if (partner && partnerOf.get(partner) !== doc.slug) {
      await City.updateOne({ _id: doc._id, learningPartnerSlug: partner }, { $set: { learningPartnerSlug: null } });
    }
  }
}

export async function setCityContacts(
  cityId: string,
  contacts: { sponsorPersonId: string | null; leadPersonId: string | null },
) {
  await City.updateOne({ _id: cityId }, { $set: contacts });
}

export async function addTaskforceMember(cityId: string, member: Omit<TaskforceMember, "id">) {
  await City.updateOne({ _id: cityId }, { $push: { taskforce: member } }, { runValidators: true });
}

export async function removeTaskforceMember(cityId: string, memberId: string): Promise<boolean> {
  if (!isValidId(memberId) || !isValidId(cityId)) return false;
  // FerretDB's $pull matches whole elements only (no query conditions), so pull the stored element.
  const doc = await City.collection.findOne(
    { _id: new mongoose.Types.ObjectId(cityId) },
    { projection: { taskforce: 1 } },
  );
  const member = (doc?.taskforce as Array<{ _id: unknown }> | undefined)?.find(
    (entry) => String(entry._id) === memberId,
  );
  if (!member) return false;
  const result = await City.collection.updateOne({ _id: new mongoose.Types.ObjectId(cityId) }, {
    $pull: { taskforce: member },
  } as never);
  await replaceChangeToken(CHANGE_TOKENS.cities); // a driver call: the schema's hooks don't see it
  return result.modifiedCount === 1;
}

/**
 * Adds taskforce members to a city, leaving out anyone of the same name already on it (an import
 * run twice does not double them); returns the ids of those added, to undo them if need be.
 */
export async function addTaskforceMembersOnce(
  cityId: string,
  members: Array<Omit<TaskforceMember, "id">>,
): Promise<string[]> {
  if (!isValidId(cityId) || members.length === 0) return [];
  const doc = await City.findById(cityId).select("taskforce.name").lean();
  if (!doc) return [];
  const known = new Set((doc.taskforce ?? []).map((member) => member.name.trim().toLowerCase()));
  const added = members
    .filter((member) => {
      const key = member.name.trim().toLowerCase();
      if (known.has(key)) return false;
      known.add(key);
      return true;
    })
    .map((member) => ({ ...member, _id: new mongoose.Types.ObjectId() }));
  if (added.length === 0) return [];
  await City.updateOne({ _id: cityId }, { $push: { taskforce: { $each: added } } }, { runValidators: true });
  return added.map((member) => String(member._id));
}
