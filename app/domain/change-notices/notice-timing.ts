// When notices go out: a batch CHANGE_NOTICE_DELAY seconds after its first change, and a daily
// digest of day D on the morning after, at DIGEST_HOUR in the person's own zone (UTC when unknown).
import { DateTime } from "luxon";
import { isValidTimeZone } from "~/domain/local-time";

/** Local hour on the following day at which a day's digest is due. */
export const DIGEST_HOUR = 7;

export function batchDueAt(firstChangeAt: Date, delaySeconds: number): Date {
  return new Date(firstChangeAt.getTime() + delaySeconds * 1000);
}

/** The zone a person's digest days are counted in: theirs when it is a real zone, else UTC. */
export function digestZone(personZone: string | null | undefined): string {
  return personZone && isValidTimeZone(personZone) ? personZone : "UTC";
}

/** The digest day (YYYY-MM-DD at `zone`) a change told at `at` belongs to. */
export function digestDay(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd");
}

/** When the digest of `day` is due: DIGEST_HOUR on the next day, at `zone` (a DST change that night included). */
export function digestDueAt(day: string, zone: string): Date {
  return DateTime.fromISO(day, { zone }).plus({ days: 1 }).set({ hour: DIGEST_HOUR }).toJSDate();
}

export function isDigestDue(day: string, zone: string, now: Date): boolean {
  return now.getTime() >= digestDueAt(day, zone).getTime();
}

/** "5 minutes", "45 seconds", "1 minute": how long a batch waits, as the edit forms say it. */
export function describeDelay(seconds: number): string {
  if (seconds < 60 || seconds % 60 !== 0) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = seconds / 60;
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** "Thursday 13 June 2030": a digest day (YYYY-MM-DD) by its name. */
export function dayName(day: string): string {
  return DateTime.fromISO(day, { zone: "UTC" }).toFormat("cccc d LLLL yyyy");
}
