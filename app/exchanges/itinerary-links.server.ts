// Links from a convening's page into its itinerary: the page itself, for managers and for the
// representatives of cities with delegates, and "Travel details" on each of the agenda's travel
// legs that has a segment the reader may see. Nothing is read for other kinds of convening.
import type { SignedInPerson } from "~models/person.server";
import { listRegistrationsForConvening } from "~models/registration.server";
import { listTravelSegments } from "~models/travel-segment.server";
import { isManager } from "~/accounts/policy";
import { canReadConvening } from "~/convenings/policy";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import { canSeeItinerary } from "./travel-policy";

export type ItineraryLinks = { href: string | null; travelDetails: Record<string, string> };

const NO_LINKS: ItineraryLinks = { href: null, travelDetails: {} };

export async function loadItineraryLinks(
  viewer: SignedInPerson | null,
  convening: { id: string; kind: string; status: string },
): Promise<ItineraryLinks> {
  if (!viewer || convening.kind !== "learning-exchange") return NO_LINKS;
  if (!canSeeItinerary(viewer) || !canReadConvening(viewer, convening)) return NO_LINKS;
  const [segments, ownDelegates] = await Promise.all([
    listTravelSegments(convening.id),
    isManager(viewer) || !viewer.cityId
      ? Promise.resolve(null)
      : listRegistrationsForConvening(convening.id, { cityId: viewer.cityId, statuses: PLACE_HOLDING_STATUSES }),
  ]);
  // A representative of a city without delegates has nothing to see there.
  if (ownDelegates?.length === 0) return NO_LINKS;
  const own = ownDelegates ? new Set(ownDelegates.map((registration) => registration.personId)) : null;
  const href = `/convenings/${convening.id}/itinerary`;
  const travelDetails: Record<string, string> = {};
  for (const segment of segments) {
    const isVisible = !own || segment.isForEveryone || segment.personIds.some((personId) => own.has(personId));
    if (segment.sessionId && isVisible && !travelDetails[segment.sessionId])
      travelDetails[segment.sessionId] = `${href}#segment-${segment.id}`;
  }
  return { href, travelDetails };
}
