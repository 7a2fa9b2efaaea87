// Who may register whom, change a registration and read what a registration says. Managers act
// for everyone; a city representative for their own city's people; a person for their own
// registration. Needs (dietary, access) are the programme team's; an email address goes only to
// managers, to the person themself, or to others when the person agreed to share it.
import { ALLOWED, isManager, isProgrammeMember, refused, type Decision, type Viewer } from "~/accounts/policy";

/** The register and attendee pages: managers and city representatives. */
export function canRegisterPeople(viewer: Viewer | null): boolean {
  return isProgrammeMember(viewer);
}

/** Managers register anyone; a city rep registers people of their own city; nobody else registers. */
export function canRegisterFor(viewer: Viewer, personCityId: string | null): Decision {
  if (viewer.role === "manager") return ALLOWED;
  if (viewer.role !== "city-rep" || !viewer.cityId)
    return refused("Only city representatives and the programme team can register people.");
  if (personCityId !== viewer.cityId) return refused("You can only register people from your own city.");
  return ALLOWED;
}

/** May this person change (cancel) this registration? Managers any; city reps their city's; people their own. */
export function canManageRegistration(
  viewer: Viewer,
  registration: { personId: string; cityId: string | null },
): boolean {
  if (viewer.role === "manager") return true;
  if (registration.personId === viewer.id) return true;
  return viewer.role === "city-rep" && Boolean(viewer.cityId) && registration.cityId === viewer.cityId;
}

/** A place is given up only while its convening goes ahead and has not ended: none at a cancelled one. */
export function isPlaceCancellableAt(convening: { status: string; endsAt: Date | string }, now: Date): boolean {
  return convening.status === "published" && new Date(convening.endsAt) >= now;
}

/** "Cancel my place": an active registration at a convening still to come and going ahead. */
export function canCancelOwnPlace(
  registration: { status: string },
  convening: { status: string; endsAt: Date | string },
  now: Date,
): boolean {
  return ["pending", "registered", "waitlisted"].includes(registration.status) && isPlaceCancellableAt(convening, now);
}

/** Approving, declining, filling places from the waitlist, purging needs: the programme team. */
export function canDecideRegistrations(viewer: Viewer): boolean {
  return isManager(viewer);
}

/** Registration lists: managers see every city's; a city rep their own city's (others as counts). */
export function canSeeRegistration(viewer: Viewer, registration: { cityId: string | null }): boolean {
  return isManager(viewer) || (viewer.cityId !== null && registration.cityId === viewer.cityId);
}

/** Dietary and access needs are for catering and access planning by the programme team only. */
export function canSeeNeeds(viewer: Viewer): boolean {
  return isManager(viewer);
}

/** Needs serve people who are coming: a cancelled or declined registration's are shown to nobody. */
export function canSeeNeedsOf(viewer: Viewer, registration: { status: string }): boolean {
  return canSeeNeeds(viewer) && !["cancelled", "declined"].includes(registration.status);
}

/** An email address: to managers, to the person themself, or with the person's consent. */
export function canSeeContact(viewer: Viewer, registration: { personId: string; isContactShared: boolean }): boolean {
  return isManager(viewer) || registration.personId === viewer.id || registration.isContactShared;
}

/**
 * Taking attendance (by day and by session, and choosing the sessions that take it) is the
 * programme team's, on the day. A city representative reads their own city's days attended on
 * the attendee page and in its CSV (canSeeRegistration), not the marking list of everyone.
 */
export function canTakeAttendance(viewer: Viewer): boolean {
  return isManager(viewer);
}
