// Who may read and change follow-up actions. Plans are programme-internal: the programme team and
// city representatives read every city's plan (peer learning); only a manager or the owning city's
// rep changes an action, and only a manager corrects the timeline. The convening an action was
// raised at is read through the convenings policy (drafts stay with managers).
import { ALLOWED, isManager, isProgrammeMember, refused, type Decision, type Viewer } from "~/accounts/policy";

export type { Decision, Viewer };

export function canReadPlans(viewer: Viewer): Decision {
  if (isProgrammeMember(viewer)) return ALLOWED;
  return refused("Action plans are shared with the programme team and city representatives only.");
}

/** Recording actions (for their own city, or any for managers): the programme team and city reps. */
export function canRecordActions(viewer: Viewer): boolean {
  return isProgrammeMember(viewer);
}

/** May this viewer create, update or change the status of an action owned by `ownerCityId`? */
export function canChangeCityActions(viewer: Viewer, ownerCityId: string): Decision {
  if (viewer.role === "manager") return ALLOWED;
  if (viewer.role === "city-rep" && viewer.cityId === ownerCityId) return ALLOWED;
  if (viewer.role === "city-rep") return refused("You can only change your own city's actions.");
  return refused("Only the programme team and city representatives can change actions.");
}

/** Managers file actions under any city; everyone else has their city fixed. */
export function canAssignToAnyCity(viewer: Viewer): boolean {
  return isManager(viewer);
}

/** A form naming a city: managers any; a rep their own city only, refused before anything else. */
export function canAssignToCity(viewer: Viewer, cityId: string): Decision {
  if (canAssignToAnyCity(viewer) || cityId === viewer.cityId) return ALLOWED;
  return refused(
    "You can only create or move actions within your own city's plan: ask the programme team to assign another city.",
  );
}

/** An action's owner is someone of its city, whoever names them (the picker offers no one else). */
export function canNameOwner(owner: { cityId: string | null }, ownerCityId: string): boolean {
  return owner.cityId === ownerCityId;
}

/**
 * The city a viewer's changes and owner choices are limited to: none for managers, their own for
 * reps (the database update re-checks it, so a city changed meanwhile is not overwritten).
 */
export function cityScopeOf(viewer: Viewer): string | null {
  return canAssignToAnyCity(viewer) ? null : viewer.cityId;
}

/** Progress updates are append-only for everyone but managers, who may correct the record. */
export function canRemoveProgressUpdate(viewer: Viewer): Decision {
  if (viewer.role === "manager") return ALLOWED;
  return refused("Progress updates cannot be removed; add a new update to correct one.");
}

export function canSeeDashboard(viewer: Viewer): Decision {
  if (viewer.role === "manager") return ALLOWED;
  return refused("The programme dashboard is for the programme team.");
}
