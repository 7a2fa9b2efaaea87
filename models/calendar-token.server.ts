// Who a personal feed token was issued to, keyed by the token's SHA-256: the personal feed finds
// its person by _id, the one lookup FerretDB serves from an index, instead of scanning everyone
// for the hash (decision 020). The person's own record stays the truth: a token counts only
// while the person still holds that hash, so a rotated or revoked token needs no clean-up here.
import { Schema } from "mongoose";
import { upsertRacingSafely } from "./duplicate-key.server";
import { registerModel } from "./register-model.server";

const calendarTokenSchema = new Schema(
  {
    _id: { type: String, required: true }, // SHA-256 of the token, hex
    personId: { type: Schema.Types.ObjectId, ref: "Person", required: true },
  },
  { versionKey: false },
);

export const CalendarToken = registerModel("CalendarToken", calendarTokenSchema);

/** Records that the token with this hash was issued to the person. */
export async function recordCalendarToken(tokenHash: string, personId: string) {
  await upsertRacingSafely(() => CalendarToken.updateOne({ _id: tokenHash }, { $set: { personId } }, { upsert: true }));
}

/** The person the token with this hash was issued to, or null when none was recorded. */
export async function findCalendarTokenHolder(tokenHash: string): Promise<string | null> {
  const doc = await CalendarToken.findById(tokenHash).select("personId").lean();
  return doc ? String(doc.personId) : null;
}
