// Where a convening happens: its route (places in order with their days, zone and address) and
// how many places each city has.
import type { CityPlacesView, RouteStop } from "~/convenings/convening-route";
import { HTML_LANG } from "~/domain/languages";
import { useT } from "~/i18n/use-t";
import type { Translate } from "~/i18n/translator";

export function ConveningRoute({ route }: { route: RouteStop[] }) {
  const t = useT();
  const hasDays = route.some((stop) => stop.days);
  return (
    <>
      {route.length > 1 ? (
        <h3 className="route__title">{hasDays ? t("convenings.route.routeAndDays") : t("convenings.route.places")}</h3>
      ) : null}
      <ol className={route.length > 1 ? "route" : "route route--single"}>
        {route.map((stop, index) => (
          <li key={index} className="route__stop">
            <strong lang={HTML_LANG.en}>{stop.label}</strong>
            {stop.days ? (
              <>
                {" "}
                · <span className="route__days">{stop.days}</span>
                <span className="muted"> ({t("convenings.route.dayCount", { count: stop.dayCount })})</span>
              </>
            ) : null}
            <br />
            <span className="muted">
              {stop.address ? <span lang={HTML_LANG.en}>{`${stop.address} · `}</span> : null}
              {stop.timeZone}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** "Places: 2 per city (Cardiff 3), 12 in all." */
export function cityPlacesText(view: CityPlacesView, t: Translate): string {
  const exceptions = view.exceptions.map((entry) => `${entry.cityName} ${entry.places}`).join(", ");
  const total = view.capacity === null ? "" : t("convenings.places.inAll", { count: view.capacity });
  const parts =
    view.perCity === null
      ? exceptions
        ? `${exceptions}; ${[t("convenings.places.noLimitForOthers"), total].filter(Boolean).join(", ")}`
        : total
          ? `${total}, ${t("convenings.places.noPerCityLimit")}`
          : t("convenings.places.noLimit")
      : [`${t("convenings.places.perCity", { count: view.perCity })}${exceptions ? ` (${exceptions})` : ""}`, total]
          .filter(Boolean)
          .join(", ");
  return t("convenings.places.sentence", { parts });
}

export function CityPlaces({ view }: { view: CityPlacesView }) {
  const t = useT();
  return <p className="city-places-summary">{cityPlacesText(view, t)}</p>;
}
