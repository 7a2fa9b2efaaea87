// Checking a sign-in: one message for wrong password and unknown email, lock-out after repeats.
import { findAccountByEmail, type SignedInPerson } from "~models/person.server";
import { clearSignInAttempts, forgetSignInAttempt, recordSignInAttempt } from "~models/sign-in-throttle.server";
import { translatorFor } from "~/i18n/translate.server";
import type { Translate } from "~/i18n/translator";
import { decoyPasswordHash, verifyPassword } from "./password.server";

/** Five failed sign-ins within 15 minutes lock the address until the oldest of them is 15 minutes old. */
export const SIGN_IN_LIMITS = { maxFailures: 5, windowMs: 15 * 60_000 };
const english = translatorFor("en");
export const WRONG_CREDENTIALS = english("login.wrongCredentials");

export type SignInResult = { ok: true; person: SignedInPerson } | { ok: false; message: string };

function lockedMessage(lockedUntil: Date, now: Date, t: Translate) {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return t("login.locked", { minutes });
}

/** When the lock made by the newest `maxFailures` attempts ends (`attempts` newest first). */
const lockEnds = (attempts: Date[]) =>
  new Date(attempts[SIGN_IN_LIMITS.maxFailures - 1].getTime() + SIGN_IN_LIMITS.windowMs);

/** Messages come in the reader's language (`t`), English by default. */
export async function signIn(
  emailInput: string,
  password: string,
  now = new Date(),
  t: Translate = english,
): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  // Attempts still being checked count as failures until they succeed, which bounds a burst.
  const { attemptId, earlier } = await recordSignInAttempt(email, now, SIGN_IN_LIMITS.windowMs);
  if (earlier.length >= SIGN_IN_LIMITS.maxFailures) {
    await forgetSignInAttempt(attemptId);
    return { ok: false, message: lockedMessage(lockEnds(earlier), now, t) };
  }

  const account = await findAccountByEmail(email);
  const passwordHash = account?.passwordHash ?? (await decoyPasswordHash());
  const isMatch = (await verifyPassword(password, passwordHash)) && Boolean(account?.passwordHash);
  if (account && isMatch) {
    await clearSignInAttempts(email);
    return { ok: true, person: account.person };
  }
  const failures = [now, ...earlier];
  if (failures.length >= SIGN_IN_LIMITS.maxFailures)
    return { ok: false, message: lockedMessage(lockEnds(failures), now, t) };
  return { ok: false, message: t("login.wrongCredentials") };
}
