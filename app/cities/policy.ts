// Who may see and change a city's page. The directory and a city's profile are public; contact
// email addresses and the taskforce's names are for signed-in people; a city's representatives
// (and managers) keep its contacts and taskforce; only managers change its details.
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

/** Names and roles are public; email addresses and taskforce members only for signed-in people. */
export function canSeeCityContacts(viewer: Viewer | null): boolean {
  return viewer !== null;
}
