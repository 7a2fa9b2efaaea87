// Who may see and change what about a delegate of a learning exchange. Travel documents are the
// delegate's own and the programme team's: a representative of the delegate's city learns only
// whether they are complete, and nobody else learns anything. Costs are the programme team's to
// record; the city's representatives and the delegate read them.
import { isManager, type Viewer } from "~/accounts/policy";

/** A delegate as policies see them: the person and the city they hold a place for. */
export type DelegateRef = { personId: string; cityId: string | null };

const isSelf = (viewer: Viewer, delegate: DelegateRef) => viewer.id === delegate.personId;

const isRepOfCity = (viewer: Viewer, delegate: DelegateRef) =>
  viewer.role === "city-rep" && viewer.cityId !== null && viewer.cityId === delegate.cityId;

/** The delegate page: the programme team, the delegate, and their city's representatives. */
export function canSeeDelegate(viewer: Viewer, delegate: DelegateRef): boolean {
  return isManager(viewer) || isSelf(viewer, delegate) || isRepOfCity(viewer, delegate);
}

/** Passport, permission to enter, insurance, emergency contact: the delegate and the programme team. */
export function canReadTravelDocuments(viewer: Viewer, delegate: DelegateRef): boolean {
  return isManager(viewer) || isSelf(viewer, delegate);
}

/** Whoever may read the documents keeps them up to date: the delegate, or a manager for them. */
export function canEditTravelDocuments(viewer: Viewer, delegate: DelegateRef): boolean {
  return canReadTravelDocuments(viewer, delegate);
}

/** "Complete" or "Missing: ESTA, travel insurance", never a value: also the city's representatives. */
export function canSeeTravelDocumentSummary(viewer: Viewer, delegate: DelegateRef): boolean {
  return canReadTravelDocuments(viewer, delegate) || isRepOfCity(viewer, delegate);
}

/** A delegate's costs: the programme team, their city's representatives and the delegate. */
export function canReadDelegateCosts(viewer: Viewer, delegate: DelegateRef): boolean {
  return isManager(viewer) || isRepOfCity(viewer, delegate) || isSelf(viewer, delegate);
}

/** Recording and removing costs: the programme team, who hold the budget. */
export function canEditDelegateCosts(viewer: Viewer): boolean {
  return isManager(viewer);
}

/**
 * The costs page and its CSV: every city for managers ("all"), their own city for a city
 * representative, nothing (null) for anyone else.
 */
export function costsScopeOf(viewer: Viewer): { cityId: string } | "all" | null {
  if (isManager(viewer)) return "all";
  if (viewer.role === "city-rep" && viewer.cityId) return { cityId: viewer.cityId };
  return null;
}
