// Sign-in attempts per email address (known or not, so the lock-out reveals nothing). Each
// attempt is its own inserted document: inserts are atomic on every supported database, while
// an $inc counter is read-modify-write on FerretDB and undercounts a burst of parallel guesses.
import { Schema, Types } from "mongoose";
import { registerModel } from "./register-model.server";

const signInAttemptSchema = new Schema({
  email: { type: String, required: true },
  at: { type: Date, required: true },
});
signInAttemptSchema.index({ email: 1, at: -1 });

export const SignInAttempt = registerModel("SignInAttempt", signInAttemptSchema);

/**
 * Records an attempt before its password is checked, then reads the attempts made within the
 * window. Because every attempt is recorded before it is counted, parallel attempts see each
 * other: however many arrive at once, at most the allowed number get their password checked.
 */
export async function recordSignInAttempt(
  email: string,
  now: Date,
  windowMs: number,
): Promise<{ attemptId: string; earlier: Date[] }> {
  const windowStart = new Date(now.getTime() - windowMs);
  await SignInAttempt.deleteMany({ at: { $lte: windowStart } }); // nothing older ever counts
  const attemptId = new Types.ObjectId();
  await SignInAttempt.create({ _id: attemptId, email, at: now });
  const recent = await SignInAttempt.find({ email, at: { $gt: windowStart } })
    .select("at")
    .sort({ at: -1, _id: -1 })
    .lean();
  return {
    attemptId: String(attemptId),
    earlier: recent.filter((attempt) => !attempt._id.equals(attemptId)).map((attempt) => attempt.at),
  };
}

/** An attempt refused without checking its password does not count against the address. */
export async function forgetSignInAttempt(attemptId: string) {
  await SignInAttempt.deleteOne({ _id: attemptId });
}

export async function clearSignInAttempts(email: string) {
  await SignInAttempt.deleteMany({ email });
}
