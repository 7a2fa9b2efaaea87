// Who is told of a convening's changes, and which convenings' changes are announced at all. Used
// by the sender, the "N people will be told" count on the edit forms and the digest alike.
import type { NoticeAudience } from "~/domain/change-notices/notice-changes";
import type { ChangeNoticeMode } from "~/domain/vocabulary/email-preferences";
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";

/** People with a place: their confirmation put the entry in their calendar, so a notice updates it. */
export const PLACE_STATUSES = ["registered", "attended", "no-show"] as const satisfies readonly RegistrationStatus[];

/** People waiting for approval or a place: told of new dates, places and sessions, but not given the joining link. */
export const WAITING_STATUSES = ["pending", "waitlisted"] as const satisfies readonly RegistrationStatus[];

/** Everyone a notice may concern; cancelled and declined registrations never hear of changes. */
export const TOLD_STATUSES: readonly RegistrationStatus[] = [...PLACE_STATUSES, ...WAITING_STATUSES];

export function hasCalendarEntry(status: RegistrationStatus): boolean {
  return (PLACE_STATUSES as readonly RegistrationStatus[]).includes(status);
}

export function isToldOf(status: RegistrationStatus, audience: NoticeAudience): boolean {
  if (hasCalendarEntry(status)) return true;
  return audience === "everyone" && (WAITING_STATUSES as readonly RegistrationStatus[]).includes(status);
}

/** Whether the person hears of changes by email at all (as they happen, or in a digest). */
export function wantsChangeNotices(mode: ChangeNoticeMode): boolean {
  return mode !== "none";
}

/**
 * Only a published convening's changes are announced: a draft was never announced, a cancelled
 * one said so in its own email, and a completed one is over.
 */
export function isAnnounced(convening: { status: string }): boolean {
  return convening.status === "published";
}
