// Registrations of people for convenings, one per person per convening.
import { Schema } from "mongoose";
import { REGISTRATION_STATUSES, type RegistrationStatus } from "~/domain/vocabulary/registrations";
import { CHANGE_TOKENS, replaceChangeTokenOnWrite } from "./change-token.server";
import { registerModel } from "./register-model.server";


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
  createdAt: Date;
};

export const REGISTRATION_FIELDS =
  "conveningId personId cityId status roleAtEvent dietaryNeeds accessNeeds arrivalDate departureDate isContactShared declineReason queueKey createdAt";

export function toRegistrationRecord(doc: Record<string, unknown>): RegistrationRecord {
  return {
    id: String(doc._id),
    conveningId: String(doc.conveningId),
    personId: String(doc.personId),
    cityId: doc.cityId ? String(doc.cityId) : null,
    status: doc.status as RegistrationStatus,
    roleAtEvent: (doc.roleAtEvent as string) ?? "",
    dietaryNeeds: (doc.dietaryNeeds as string) ?? "",
    accessNeeds: (doc.accessNeeds as string) ?? "",
    arrivalDate: (doc.arrivalDate as string | null) ?? null,
    departureDate: (doc.departureDate as string | null) ?? null,
    isContactShared: Boolean(doc.isContactShared),
    declineReason: (doc.declineReason as string) ?? "",
    queueKey: (doc.queueKey as string) ?? "",
    createdAt: doc.createdAt as Date,
  };
}

/** A convening's registrations in arrival order (the waitlist's order). */
export async function listRegistrationsForConvening(conveningId: string, filter: { cityId?: string; statuses?: readonly RegistrationStatus[] } = {}) {
  const query: Record<string, unknown> = { conveningId };
  if (filter.cityId) query.cityId = filter.cityId;
  if (filter.statuses) query.status = { $in: filter.statuses };
  const docs = await Registration.find(query).select(REGISTRATION_FIELDS).sort({ queueKey: 1, _id: 1 }).lean();
  return docs.map((doc) => toRegistrationRecord(doc as unknown as Record<string, unknown>));
}

export async function getRegistration(id: string): Promise<RegistrationRecord | null> {
  const doc = await Registration.findById(id).select(REGISTRATION_FIELDS).lean();
  return doc ? toRegistrationRecord(doc as unknown as Record<string, unknown>) : null;
}

/** Moves a registration between statuses only from the expected one; true when it moved. */
export async function moveRegistrationStatus(id: string, from: readonly RegistrationStatus[], to: RegistrationStatus, extra: Record<string, unknown> = {}) {
  const result = await Registration.updateOne({ _id: id, status: { $in: from } }, { $set: { status: to, ...extra } });
  return result.modifiedCount === 1;
}
