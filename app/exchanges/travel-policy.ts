// Who may see and change a learning exchange's travel and lodging. Managers see and change all of
// it. A city representative sees their own city's delegates only, and changes their travel and
// their rooms as long as nobody of another city is on the same booking or in the same room. A
// booking reference can change the booking, so it goes only to managers and to whoever answers
// for every traveller on it (their city's representative, or the one delegate travelling).
import { isManager, type Viewer } from "~/accounts/policy";
import type { DelegateRef } from "./delegate-records-policy";

/** A delegate as these rules see them: the person and the city they hold a place for. */
export type Traveller = DelegateRef;

const isRepOf = (viewer: Viewer, traveller: Traveller) =>
  viewer.role === "city-rep" && viewer.cityId !== null && traveller.cityId === viewer.cityId;

const answersFor = (viewer: Viewer, traveller: Traveller) =>
  isManager(viewer) || isRepOf(viewer, traveller) || traveller.personId === viewer.id;

/** The itinerary page (travel, lodging, warnings, rooming lists): managers and city representatives. */
export function canSeeItinerary(viewer: Viewer | null): boolean {
  return isManager(viewer) || (viewer?.role === "city-rep" && viewer.cityId !== null);
}

/** Which delegates the itinerary shows this viewer: all to managers, their own city's to a representative. */
export function canSeeTraveller(viewer: Viewer, traveller: Traveller): boolean {
  return isManager(viewer) || isRepOf(viewer, traveller);
}

/** Adding travel: managers, and representatives for their own city's delegates. */
export function canAddTravel(viewer: Viewer): boolean {
  return canSeeItinerary(viewer);
}

/** Changing or deleting a segment: managers, or a representative when every traveller on it is theirs. */
export function canEditTravel(viewer: Viewer, travellers: Traveller[]): boolean {
  if (isManager(viewer)) return true;
  return travellers.length > 0 && travellers.every((traveller) => isRepOf(viewer, traveller));
}

/** A segment for everyone (a group coach, the charter flight) is booked by the programme team. */
export function canBookForEveryone(viewer: Viewer): boolean {
  return isManager(viewer);
}

/** The booking reference: managers, or someone who answers for every traveller on the booking. */
export function canSeeBookingReference(viewer: Viewer, travellers: Traveller[]): boolean {
  if (isManager(viewer)) return true;
  return travellers.length > 0 && travellers.every((traveller) => answersFor(viewer, traveller));
}

/** Hotels and their rooms are booked by the programme team. */
export function canManageHotels(viewer: Viewer): boolean {
  return isManager(viewer);
}

/**
 * Putting a delegate in a room or taking them out: managers; a representative for their own
 * city's delegate, in a room where everyone else is of their city too (sharing across cities is
 * arranged by the programme team).
 */
export function canAssignRoom(viewer: Viewer, traveller: Traveller, roommates: Traveller[]): boolean {
  if (isManager(viewer)) return true;
  return isRepOf(viewer, traveller) && roommates.every((roommate) => isRepOf(viewer, roommate));
}
