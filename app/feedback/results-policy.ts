// Who sees which feedback results: managers everything (names beside open answers of a named
// form, the breakdown by role); a city representative the overall figures and their own city's
// row; anyone else nothing. Small groups are held back for everyone (app/domain/feedback/summary).
import { ALLOWED, isManager, refused, type Decision, type Viewer } from "~/accounts/policy";

export function canReadFeedbackResults(viewer: Viewer | null): Decision {
  if (isManager(viewer) || viewer?.role === "city-rep") return ALLOWED;
  return refused("Feedback results are for the programme team and city representatives.");
}

/** The by-city rows a viewer may see: every city for managers, their own for a representative. */
export function canSeeCityResults(viewer: Viewer | null, cityId: string | null): boolean {
  if (isManager(viewer)) return true;
  return viewer?.role === "city-rep" && cityId !== null && viewer.cityId === cityId;
}

/** Names beside open answers (a named form) and the breakdown by role: managers only. */
export const canSeeNamesAndRoles = (viewer: Viewer | null) => isManager(viewer);
