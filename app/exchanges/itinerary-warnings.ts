// The itinerary's warnings, each with a link to the thing to fix, and only those about people the
// viewer may see: a representative reads their own delegates' warnings; hotel-wide ones (nights
// outside the exchange) are the programme team's.
import type { Lodging } from "~models/hotel-stay.server";
import type { TravelSegmentRecord } from "~models/travel-segment.server";
import type { Viewer } from "~/accounts/policy";
import { isManager } from "~/accounts/policy";
import type { ExchangeSpan, ProgrammeSession } from "~/domain/exchanges/exchange-days";
import { lodgingWarnings, type LodgingWarning } from "~/domain/exchanges/lodging-warnings";
import { travelWarnings, type TravelWarning } from "~/domain/exchanges/travel-warnings";
import type { ItineraryDelegate } from "./itinerary-exchange.server";
import { canSeeTraveller, type Traveller } from "./travel-policy";

export type WarningView = { kind: string; section: "travel" | "lodging" | "documents"; message: string; href: string };

/** Where a warning's fix is on the page. */
function travelHref(warning: TravelWarning): string {
  return warning.segmentId ? `#segment-${warning.segmentId}` : `#delegate-${warning.personId}`;
}

function lodgingHref(warning: LodgingWarning): string {
  if (warning.roomId) return `#room-${warning.roomId}`;
  if (warning.hotelId) return `#hotel-${warning.hotelId}`;
  return `#delegate-${warning.personId}`;
}

export function itineraryWarnings(input: {
  viewer: Viewer;
  exchange: ExchangeSpan;
  sessions: ProgrammeSession[];
  allDelegates: ItineraryDelegate[];
  segments: TravelSegmentRecord[];
  lodging: Lodging;
  otherNames: ReadonlyMap<string, string>;
}): WarningView[] {
  const { viewer, allDelegates, lodging } = input;
  const byId = new Map(allDelegates.map((delegate) => [delegate.personId, delegate]));
  const traveller = (personId: string): Traveller => byId.get(personId) ?? { personId, cityId: null };
  // A warning is the viewer's when everyone it is about is someone they may see.
  const isShown = (personIds: string[]) =>
    isManager(viewer) || (personIds.length > 0 && personIds.every((id) => canSeeTraveller(viewer, traveller(id))));
  const occupants = (roomId: string) =>
    lodging.assignments.filter((assignment) => assignment.roomId === roomId).map((assignment) => assignment.personId);
  const travel = travelWarnings({
    exchange: input.exchange,
    sessions: input.sessions,
    delegates: allDelegates,
    segments: input.segments,
  })
    .filter((warning) => isShown([warning.personId]))
    .map((warning) => ({
      kind: warning.kind,
      section: "travel" as const,
      message: warning.message,
      href: travelHref(warning),
    }));
  const rooms = lodgingWarnings({
    exchange: input.exchange,
    delegates: allDelegates,
    hotels: lodging.hotels,
    assignments: lodging.assignments,
    otherNames: input.otherNames,
  })
    .filter((warning) =>
      isShown(
        warning.roomId && warning.kind !== "room-for-someone-not-coming"
          ? occupants(warning.roomId)
          : warning.personId
            ? [warning.personId]
            : [],
      ),
    )
    .map((warning) => ({
      kind: warning.kind,
      section: "lodging" as const,
      message: warning.message,
      href: lodgingHref(warning),
    }));
  return [...travel, ...rooms];
}
