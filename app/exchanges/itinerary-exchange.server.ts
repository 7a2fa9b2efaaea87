// The learning exchange an itinerary page is about, and its delegates. 404 for a convening that is
// not a learning exchange, or a draft to anyone but managers; 403 for people the travel policy
// keeps out. Delegates are the people holding a place on it, as on the delegate pages.
import type { Viewer } from "~/accounts/policy";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import { invariantResponse } from "~/utils/invariant";
import { getCityNames } from "~models/city.server";
import { getPeopleByIds } from "~models/person.server";
import { listRegistrationsForConvening } from "~models/registration.server";
import { requireExchange, type Exchange } from "./delegate.server";
import { canSeeItinerary, type Traveller } from "./travel-policy";

export type ItineraryExchange = Exchange;

export const ITINERARY_REFUSED = "The itinerary is for the programme team and city representatives.";

/** The learning exchange at this address as `viewer` may read its itinerary, or 404 / 403. */
export async function requireItineraryExchange(
  viewer: Viewer,
  conveningId: string | undefined,
): Promise<ItineraryExchange> {
  const exchange = await requireExchange(viewer, conveningId);
  invariantResponse(canSeeItinerary(viewer), ITINERARY_REFUSED, { status: 403 });
  return exchange;
}

export type ItineraryDelegate = Traveller & { name: string; cityName: string; departureDate: string | null };

/** Everyone holding a place on the exchange, by city then name: their registrations, then people and cities by id. */
export async function listDelegates(conveningId: string): Promise<ItineraryDelegate[]> {
  const registrations = await listRegistrationsForConvening(conveningId, { statuses: PLACE_HOLDING_STATUSES });
  const [people, cityNames] = await Promise.all([
    getPeopleByIds(registrations.map((registration) => registration.personId)),
    getCityNames(registrations.flatMap((registration) => (registration.cityId ? [registration.cityId] : []))),
  ]);
  return registrations
    .map((registration) => ({
      personId: registration.personId,
      cityId: registration.cityId,
      departureDate: registration.departureDate,
      name: people.get(registration.personId)?.name ?? "Unknown person",
      cityName: registration.cityId ? (cityNames.get(registration.cityId) ?? "Unknown city") : "No city",
    }))
    .sort((a, b) => a.cityName.localeCompare(b.cityName) || a.name.localeCompare(b.name));
}
