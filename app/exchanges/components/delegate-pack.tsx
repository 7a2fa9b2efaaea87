// A delegate's printed pack: a cover page with their travel, hotels, contacts and emergency
// numbers, then one page per day of the exchange. Several packs print one after the other.
import type { DelegateItinerary } from "~/exchanges/my-itinerary-view";
import { ItineraryDays, ItineraryEssentials } from "./my-itinerary";

export function DelegatePack({ itinerary, level }: { itinerary: DelegateItinerary; level: 1 | 2 }) {
  const Title = `h${level}` as const;
  const titleId = `pack-${itinerary.exchange.id}-${itinerary.delegate.personId}`;
  return (
    <article className="delegate-pack" aria-labelledby={titleId}>
      <header className="delegate-pack__cover">
        <Title id={titleId}>
          {itinerary.delegate.name}
          <span className="delegate-pack__kind">: delegate pack</span>
        </Title>
        <p className="lede">
          {itinerary.exchange.title}, {itinerary.exchange.dateRange}
          {itinerary.exchange.places.length > 0 ? ` · ${itinerary.exchange.places.join("; ")}` : ""}
        </p>
        <p>{itinerary.delegate.cityName} delegate</p>
        {itinerary.exchange.isCancelled ? (
          <p className="notice notice--warning">This exchange has been cancelled.</p>
        ) : null}
        <p className="muted">{itinerary.home?.note ?? "Times are local to each place."}</p>
      </header>
      <ItineraryEssentials itinerary={itinerary} level={(level + 1) as 2 | 3} />
      <ItineraryDays itinerary={itinerary} days={itinerary.days} level={(level + 1) as 2 | 3} withDescriptions />
    </article>
  );
}
