// The convening as registration sees it: dates, place, status and the registration settings
// (including per-city overrides), read in one query.
import mongoose from "mongoose";
import { Convening } from "~models/convening.server";
import type { ConveningForRegistration, RegistrationSettings } from "./rules";

export type RegistrationConvening = ConveningForRegistration & {
  id: string;
  title: string;
  kind: string;
  summary: string;
  placeName: string;
  placeAddress: string;
  onlineUrl: string;
  sequence: number;
  updatedAt: Date;
  createdAt: Date;
  cancelReason: string;
};

type ConveningLean = {
  _id: unknown;
  title: string;
  kind: string;
  summary?: string;
  status: RegistrationConvening["status"];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  places?: Array<{ name: string; address?: string }>;
  onlineUrl?: string;
  sequence?: number;
  updatedAt: Date;
  createdAt: Date;
  cancelReason?: string;
  registration?: {
    placesPerCity?: number | null;
    cityPlaces?: Array<{ cityId: unknown; places?: number | null }>;
    capacity?: number | null;
    opensAt?: Date | null;
    closesAt?: Date | null;
    isApprovalRequired?: boolean;
  };
};

export async function getRegistrationConvening(conveningId: string): Promise<RegistrationConvening | null> {
  if (!mongoose.isValidObjectId(conveningId)) return null;
  const doc = await Convening.findById(conveningId)
    .select("title kind summary status startsAt endsAt timeZone places onlineUrl sequence updatedAt createdAt cancelReason registration")
    .lean<ConveningLean | null>();
  if (!doc) return null;
  const registration: RegistrationSettings = {
    placesPerCity: doc.registration?.placesPerCity ?? null,
    cityPlaces: (doc.registration?.cityPlaces ?? []).map((entry) => ({ cityId: String(entry.cityId), places: entry.places ?? null })),
    capacity: doc.registration?.capacity ?? null,
    opensAt: doc.registration?.opensAt ?? null,
    closesAt: doc.registration?.closesAt ?? null,
    isApprovalRequired: doc.registration?.isApprovalRequired ?? false,
  };
  return {
    id: String(doc._id),
    title: doc.title,
    kind: doc.kind,
    summary: doc.summary ?? "",
    status: doc.status,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    timeZone: doc.timeZone,
    placeName: doc.places?.[0]?.name ?? "",
    placeAddress: doc.places?.[0]?.address ?? "",
    onlineUrl: doc.onlineUrl ?? "",
    sequence: doc.sequence ?? 0,
    updatedAt: doc.updatedAt,
    createdAt: doc.createdAt,
    cancelReason: doc.cancelReason ?? "",
    registration,
  };
}

/** The convening or a 404 response (malformed ids included); drafts only when the caller allows. */
export async function requireRegistrationConvening(conveningId: string | undefined, options: { includeDrafts: boolean }) {
  const convening = conveningId ? await getRegistrationConvening(conveningId) : null;
  if (!convening || (convening.status === "draft" && !options.includeDrafts)) {
    throw new Response("There is no convening at this address.", { status: 404 });
  }
  return convening;
}
