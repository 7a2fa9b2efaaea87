// What the convening page says of where it happens: the route (its places in order, each with
// its days), the places each city has, and which place each agenda day is spent at.
import { placeIndexForDay, placeLabel, routeStops } from "~/domain/exchanges/place-days";
import { placesForCity, type RegistrationSettings } from "~/registration/rules";
import type { PlaceRecord } from "~models/convening.server";

export type RouteStop = {
  label: string;
  days: string | null;
  dayCount: number;
  address: string;
  timeZone: string;
};

/** The places in route order with their days ("Pittsburgh, PA · Mon 21–Tue 22 May"), days in `locale`. */
export function conveningRoute(convening: { places: PlaceRecord[] }, locale?: string): RouteStop[] {
  const stops = routeStops(convening.places, locale);
  return convening.places.map((place, index) => ({
    ...stops[index],
    address: [place.address, place.country].filter(Boolean).join(", "),
    timeZone: place.timeZone,
  }));
}

/** "2 per city", the cities with a number of their own, and the overall limit. */
export type CityPlacesView = {
  perCity: number | null;
  exceptions: Array<{ cityName: string; places: number }>;
  capacity: number | null;
};

export function cityPlacesView(
  registration: RegistrationSettings,
  cityNames: ReadonlyMap<string, string>,
  anotherCity = "Another city",
): CityPlacesView {
  return {
    perCity: registration.placesPerCity,
    exceptions: registration.cityPlaces
      .flatMap((entry) => {
        const places = placesForCity(registration, entry.cityId);
        return places === null ? [] : [{ cityName: cityNames.get(entry.cityId) ?? anotherCity, places }];
      })
      .sort((a, b) => a.cityName.localeCompare(b.cityName)),
    capacity: registration.capacity,
  };
}

/** Agenda day → the place it is spent at, when the convening has more than one place with days. */
export function agendaDayPlaces(places: PlaceRecord[], days: Array<{ key: string }>): Record<string, string> {
  if (places.length < 2 || places.every((place) => !place.firstDay)) return {};
  const labels: Record<string, string> = {};
  for (const { key } of days) {
    const index = placeIndexForDay(places, key);
    if (index !== null) labels[key] = placeLabel(places[index]);
  }
  return labels;
}
