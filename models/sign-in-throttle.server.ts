// Failed sign-ins counted per email address (known or not, so the lock-out reveals nothing).
import { Schema } from "mongoose";
import { registerModel } from "./register-model.server";

const signInThrottleSchema = new Schema({
  email: { type: String, required: true, unique: true },
  failures: { type: Number, required: true, default: 0 },
  windowStartedAt: { type: Date, required: true },
  lockedUntil: { type: Date, default: null },
});

export const SignInThrottle =
  registerModel("SignInThrottle", signInThrottleSchema);

export async function getLockedUntil(email: string, now: Date): Promise<Date | null> {
  const doc = await SignInThrottle.findOne({ email, lockedUntil: { $gt: now } })
    .select("lockedUntil")
    .lean<{ lockedUntil: Date }>();
  return doc?.lockedUntil ?? null;
}

/**
 * Counts one failure in the current window (restarting the window when it has passed) and
 * locks the address once the limit is reached. Single-document updates keep it race-safe.
 */
export async function recordFailedSignIn(
  email: string,
  now: Date,
  limits: { maxFailures: number; windowMs: number; lockMs: number },
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - limits.windowMs);
  await SignInThrottle.updateOne(
    { email, windowStartedAt: { $lt: windowStart } },
    { $set: { failures: 0, windowStartedAt: now, lockedUntil: null } },
  );
  const doc = await SignInThrottle.findOneAndUpdate(
    { email },
    { $inc: { failures: 1 }, $setOnInsert: { windowStartedAt: now } },
    { upsert: true, new: true },
  ).lean<{ failures: number; lockedUntil: Date | null }>();
  if (doc && doc.failures >= limits.maxFailures) {
    const lockedUntil = new Date(now.getTime() + limits.lockMs);
    await SignInThrottle.updateOne({ email }, { $set: { lockedUntil, failures: 0, windowStartedAt: now } });
    return { failures: doc.failures, lockedUntil };
  }
  return { failures: doc?.failures ?? 1, lockedUntil: null };
}

export async function clearFailedSignIns(email: string) {
  await SignInThrottle.deleteOne({ email });
}
