// Registrations of people for convenings, one per person per convening.
import { Schema } from "mongoose";
import { registerModel } from "./register-model.server";

export const REGISTRATION_STATUSES = [
  "pending",
  "registered",
  "waitlisted",
  "cancelled",
  "declined",
  "attended",
  "no-show",
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

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
  },
  { timestamps: true },
);
registrationSchema.index({ conveningId: 1, personId: 1 }, { unique: true });
registrationSchema.index({ conveningId: 1, cityId: 1, status: 1, createdAt: 1 });

export const Registration = registerModel("Registration", registrationSchema);
