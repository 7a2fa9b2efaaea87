// Who may do what with learning reports: they are the programme's, so managers and city
// representatives read them; only managers create and edit; guests and others nothing.
import { ALLOWED, isManager, isProgrammeMember, refused, type Decision, type Viewer } from "~/accounts/policy";

export function canReadReports(viewer: Viewer | null): Decision {
  if (isProgrammeMember(viewer)) return ALLOWED;
  return refused("Learning reports are for the programme team and city representatives.");
}

export function canEditReports(viewer: Viewer | null): Decision {
  if (isManager(viewer)) return ALLOWED;
  return refused("Only programme managers write learning reports.");
}
