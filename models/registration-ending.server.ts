// What undoing a cancelled or declined registration needs: the status it had, how and when it
// ended, one document per registration with the registration's _id as its own. Written when a
// registration is cancelled or declined, read by _id, and forgotten once undone; an ending
// without one (older, or already undone) cannot be undone.
import { Schema } from "mongoose";
import { REGISTRATION_STATUSES, type RegistrationStatus } from "~/domain/vocabulary/registrations";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

const ENDED_STATUSES = ["cancelled", "declined"] as const;

const registrationEndingSchema = new Schema(
  {
    _id: { type: String, required: true }, // the registration's id
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    statusBefore: { type: String, enum: REGISTRATION_STATUSES, required: true },
    endedAs: { type: String, enum: ENDED_STATUSES, required: true },
    endedById: { type: Schema.Types.ObjectId, ref: "Person", required: true },
    endedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const RegistrationEnding = registerModel("RegistrationEnding", registrationEndingSchema);

export type RegistrationEndingRecord = {
  registrationId: string;
  conveningId: string;
  statusBefore: RegistrationStatus;
  endedAs: (typeof ENDED_STATUSES)[number];
  endedById: string;
  endedAt: Date;
};

/** Records what an ending can be undone to; a later ending of the same registration replaces it. */
export async function recordRegistrationEnding(record: RegistrationEndingRecord): Promise<void> {
  const { registrationId, ...fields } = record;
  await RegistrationEnding.replaceOne({ _id: registrationId }, fields, { upsert: true });
}

export async function getRegistrationEnding(registrationId: string): Promise<RegistrationEndingRecord | null> {
  if (!isValidId(registrationId)) return null;
  const doc = await RegistrationEnding.findById(registrationId).lean();
  if (!doc) return null;
  return {
    registrationId,
    conveningId: String(doc.conveningId),
    statusBefore: doc.statusBefore,
    endedAs: doc.endedAs,
    endedById: String(doc.endedById),
    endedAt: doc.endedAt,
  };
}

/** Forgets an ending once it was undone: true for the one call that removed it. */
export async function forgetRegistrationEnding(registrationId: string): Promise<boolean> {
  if (!isValidId(registrationId)) return false;
  const result = await RegistrationEnding.deleteOne({ _id: registrationId });
  return result.deletedCount === 1;
}
