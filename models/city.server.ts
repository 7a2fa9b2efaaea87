// Cities in the programme: membership, nation, where the programme sits, learning partner.
import mongoose, { Schema, type InferSchemaType } from "mongoose";
import { registerModel } from "./register-model.server";

export const CITY_MEMBERSHIPS = ["founder", "phase-two", "associate"] as const;
export const NATIONS = ["England", "Scotland", "Wales", "Northern Ireland"] as const;

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
  },
  { timestamps: true },
);

export type CityDoc = InferSchemaType<typeof citySchema>;
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

function toCitySummary(doc: Record<string, unknown> & { _id: unknown }): CitySummary {
  const { _id, ...rest } = doc;
  return { id: String(_id), ...(rest as Omit<CitySummary, "id">) };
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
  if (!mongoose.isValidObjectId(id)) return null;
  const doc = await City.findById(id).select(CITY_FIELDS).lean();
  return doc ? toCitySummary(doc) : null;
}

/** Creates or updates a city by slug; returns its id. Used by the seed, so it must be idempotent. */
export async function upsertCity(city: Omit<CitySummary, "id">): Promise<string> {
  const doc = await City.findOneAndUpdate({ slug: city.slug }, { $set: city }, { upsert: true, new: true })
    .lean();
  return String(doc!._id);
}
