// Who may see and change people's records. The people directory, invitations and profiles are
// the programme team's; everyone may download or delete their own data, except that a manager's
// account is removed by another manager and no manager takes away their own role.
import { ALLOWED, isManager, refused, type Decision, type Viewer } from "~/accounts/policy";
import type { Role } from "~/domain/vocabulary/people";

export function canManagePeople(viewer: Viewer | null): boolean {
  return isManager(viewer);
}

/** The programme is never left without a manager by their own hand. */
export function canSetRole(viewer: Viewer, person: { id: string }, role: Role): Decision {
  if (person.id === viewer.id && role !== "manager") return refused("You cannot take away your own manager role");
  return ALLOWED;
}

export function canDeleteOwnData(viewer: Viewer): Decision {
  if (viewer.role === "manager") {
    return refused(
      "Programme managers: ask another manager to remove your account, so the programme is never left without one.",
    );
  }
  return ALLOWED;
}
