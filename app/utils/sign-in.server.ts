// Checking a sign-in: one message for wrong password and unknown email, lock-out after repeats.
import { findAccountByEmail, type SignedInPerson } from "~models/person.server";
import { clearFailedSignIns, getLockedUntil, recordFailedSignIn } from "~models/sign-in-throttle.server";
import { decoyPasswordHash, verifyPassword } from "./password.server";

export const SIGN_IN_LIMITS = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const WRONG_CREDENTIALS = "That email and password do not match an account.";

export type SignInResult = { ok: true; person: SignedInPerson } | { ok: false; message: string };

function lockedMessage(lockedUntil: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-ins for this email. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export async function signIn(emailInput: string, password: string, now = new Date()): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  const lockedUntil = await getLockedUntil(email, now);
  if (lockedUntil) return { ok: false, message: lockedMessage(lockedUntil, now) };

  const account = await findAccountByEmail(email);
  const passwordHash = account?.passwordHash ?? (await decoyPasswordHash());
  const isMatch = (await verifyPassword(password, passwordHash)) && Boolean(account?.passwordHash);
  if (account && isMatch) {
    await clearFailedSignIns(email);
    return { ok: true, person: account.person };
  }
  const failure = await recordFailedSignIn(email, now, SIGN_IN_LIMITS);
  if (failure.lockedUntil) return { ok: false, message: lockedMessage(failure.lockedUntil, now) };
  return { ok: false, message: WRONG_CREDENTIALS };
}
