// Who may see and do what with a convening. Published, completed and cancelled convenings are
// public; a draft is the programme team's and does not exist for anyone else. Only managers plan:
// create, edit, publish, cancel, reinstate, complete, duplicate, delete a draft. Used by loaders, actions and the flags the
// page shows, so the rule lives here once.
import { isManager, type Viewer } from "~/accounts/policy";
import type { ConveningStatus } from "~/domain/vocabulary/convenings";

type ConveningState = { status: ConveningStatus | string };

/** Drafts are the programme team's: listed for managers only. */
export function canReadDrafts(viewer: Viewer | null): boolean {
  return isManager(viewer);
}

/** Drafts answer 404 to everyone but managers, as if they did not exist. */
export function canReadConvening(viewer: Viewer | null, convening: ConveningState): boolean {
  return convening.status !== "draft" || canReadDrafts(viewer);
}

/** Managers plan the programme: new convenings, duplicates, agenda warnings, fast entry links. */
export function canPlanConvenings(viewer: Viewer | null): boolean {
  return isManager(viewer);
}

/** A cancelled convening is frozen: its details and agenda no longer change (409 when tried). */
export function isOpenForChanges(convening: ConveningState): boolean {
  return convening.status !== "cancelled";
}

/** Details and sessions: managers, while the convening is not cancelled. */
export function canEditConvening(viewer: Viewer | null, convening: ConveningState): boolean {
  return isManager(viewer) && isOpenForChanges(convening);
}

export function canPublishConvening(viewer: Viewer | null, convening: ConveningState): boolean {
  return isManager(viewer) && convening.status === "draft";
}

/** Only a published convening can be cancelled: a draft was never announced, a completed one took place. */
export function isCancellable(convening: ConveningState): boolean {
  return convening.status === "published";
}

export function canCancelConvening(viewer: Viewer | null, convening: ConveningState): boolean {
  return isManager(viewer) && isCancellable(convening);
}

/** Only a draft can be deleted: it was never announced. A public convening is cancelled instead. */
export function isDeletable(convening: ConveningState): boolean {
  return convening.status === "draft";
}

export function canDeleteConvening(viewer: Viewer | null, convening: ConveningState): boolean {
  return isManager(viewer) && isDeletable(convening);
}

/** A cancelled convening can be brought back, as published, by the programme team. */
export function canReinstateConvening(viewer: Viewer | null, convening: ConveningState): boolean {
  return isManager(viewer) && convening.status === "cancelled";
}

export function canCompleteConvening(
  viewer: Viewer | null,
  convening: ConveningState & { endsAt: Date | string },
  now: Date,
): boolean {
  return isManager(viewer) && convening.status === "published" && new Date(convening.endsAt) < now;
}

/** Calendar links, feeds and the share link exist once a convening is public. */
export function isPublic(convening: ConveningState): boolean {
  return convening.status !== "draft";
}

/** Speakers and attendees are people: named to signed-in programme members only. */
export function canSeePeopleNames(viewer: Viewer | null): boolean {
  return viewer !== null;
}

/** The share link briefs partners without an account: offered to signed-in people once public, while it is on. */
export function canSeeShareLink(
  viewer: Viewer | null,
  convening: ConveningState & { isShareLinkOn: boolean },
): boolean {
  return viewer !== null && isPublic(convening) && convening.isShareLinkOn;
}

/** Replacing the share link, or turning it off and on: managers, once the convening is public. */
export function canManageShareLink(viewer: Viewer | null, convening: ConveningState): boolean {
  return isManager(viewer) && isPublic(convening);
}

/** The joining link goes to managers and to people registered for the convening. */
export function canSeeJoiningLink(viewer: Viewer | null, attendance: { isRegistered: boolean }): boolean {
  return isManager(viewer) || attendance.isRegistered;
}
