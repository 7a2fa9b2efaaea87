// Who may see and change a city's page. The directory and a city's profile are public; the
// taskforce's names are for signed-in people; a contact's email address only for managers and the
// contact (the programme's rule for every email); a city's representatives (and managers) keep its
// contacts and taskforce; only managers change its details.
import { canActForCity, isManager, type Viewer } from "~/accounts/policy";

export const OWN_CITY_ONLY = "You can only act for your own city.";

/** Contacts and taskforce: managers for every city, a city rep for their own. */
export function canEditCity(viewer: Viewer | null, cityId: string): boolean {
  return canActForCity(viewer, cityId);
}

/** Name, membership, nation, learning partner: the programme team. */
export function canEditCityDetails(viewer: Viewer | null): boolean {
  return isManager(viewer);
}

/** Names and roles are public; taskforce members only for signed-in people. */
export function canSeeCityTaskforce(viewer: Viewer | null): boolean {
  return viewer !== null;
}

/** An email address goes to managers and to the person, never to everyone who signs in. */
export function canSeeContactEmail(viewer: Viewer | null, contactPersonId: string): boolean {
  return isManager(viewer) || viewer?.id === contactPersonId;
}
