// Who may do what with feedback: managers build, send and read forms; a city representative sees
// their own city's response rate; respondents reach only their own form, through its link.
import { ALLOWED, isManager, refused, type Decision, type Viewer } from "~/accounts/policy";

export function canManageFeedback(viewer: Viewer | null): Decision {
  if (isManager(viewer)) return ALLOWED;
  return refused("Only the programme team builds and sends feedback forms.");
}

/** The response-rate rows a viewer may see: every city for managers, their own for reps. */
export function canSeeResponseRateOf(viewer: Viewer | null, cityId: string | null): boolean {
  if (isManager(viewer)) return true;
  return viewer?.role === "city-rep" && cityId !== null && viewer.cityId === cityId;
}

export function canSeeFeedbackPage(viewer: Viewer | null): Decision {
  if (viewer && (viewer.role === "manager" || viewer.role === "city-rep")) return ALLOWED;
  return refused("Feedback forms are managed by the programme team.");
}
