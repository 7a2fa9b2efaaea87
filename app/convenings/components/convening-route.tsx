// Where a convening happens: its route (places in order with their days, zone and address) and
// how many places each city has.
import type { CityPlacesView, RouteStop } from "~/convenings/convening-route";

export function ConveningRoute({ route }: { route: RouteStop[] }) {
  const hasDays = route.some((stop) => stop.days);
  return (
    <>
      {route.length > 1 ? <h3 className="route__title">{hasDays ? "Route and days" : "Places"}</h3> : null}
      <ol className={route.length > 1 ? "route" : "route route--single"}>
        {route.map((stop, index) => (
          <li key={index} className="route__stop">
            <strong>{stop.label}</strong>
            {stop.days ? (
              <>
                {" "}
                · <span className="route__days">{stop.days}</span>
                <span className="muted"> ({stop.dayCount === 1 ? "1 day" : `${stop.dayCount} days`})</span>
              </>
            ) : null}
            <br />
            <span className="muted">
              {stop.address ? `${stop.address} · ` : ""}
              {stop.timeZone}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** "Places: 2 per city (Cardiff 3), 12 in all." */
export function cityPlacesText(view: CityPlacesView): string {
  const exceptions = view.exceptions.map((entry) => `${entry.cityName} ${entry.places}`).join(", ");
  const total = view.capacity === null ? "" : `${view.capacity} in all`;
  if (view.perCity === null) {
    if (exceptions) return `Places: ${exceptions}; no limit for other cities${total ? `, ${total}` : ""}.`;
    return total ? `Places: ${total}, no per-city limit.` : "Places: no limit.";
  }
  const perCity =
    view.perCity === 1 ? "one per city" : view.perCity === 2 ? "two per city" : `${view.perCity} per city`;
  return `Places: ${perCity}${exceptions ? ` (${exceptions})` : ""}${total ? `, ${total}` : ""}.`;
}

export function CityPlaces({ view }: { view: CityPlacesView }) {
  return <p className="city-places-summary">{cityPlacesText(view)}</p>;
}
