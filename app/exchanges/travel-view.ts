// The Travel section as one viewer reads it: the segments they may see, each end at its place's
// local time with the viewer's own time beside it where it differs, the travellers they may see,
// the booking reference only where the travel policy allows, and a line per delegate.
import { DateTime } from "luxon";
import type { TravelSegmentRecord } from "~models/travel-segment.server";
import type { Viewer } from "~/accounts/policy";
import { formatMoment } from "~/domain/exchanges/exchange-days";
import { segmentLabel, segmentsOf } from "~/domain/exchanges/travel-warnings";
import { travelModeLabel } from "~/domain/vocabulary/travel";
import type { ItineraryDelegate } from "./itinerary-exchange.server";
import { canEditTravel, canSeeBookingReference, canSeeTraveller, type Traveller } from "./travel-policy";

export type MomentView = { place: string; placeTime: string; viewerTime: string | null; iso: string };

export type SegmentView = {
  id: string;
  label: string;
  modeLabel: string;
  service: string;
  departs: MomentView;
  arrives: MomentView;
  duration: string;
  isForEveryone: boolean;
  travellers: Array<{ personId: string; name: string; cityName: string; isComing: boolean }>;
  /** Travellers of other cities on the same booking, counted, never named to a representative. */
  otherTravellers: number;
  bookingReference: string | null;
  session: { id: string; title: string } | null;
  canEdit: boolean;
};

export type DelegateTravelView = {
  personId: string;
  name: string;
  cityName: string;
  arrival: MomentView | null;
  departure: MomentView | null;
  segments: Array<{ id: string; label: string }>;
};

function moment(instant: Date, end: { place: string; timeZone: string }, viewerZone: string | null): MomentView {
  const placeTime = formatMoment(instant, end.timeZone);
  const differs =
    viewerZone !== null &&
    DateTime.fromJSDate(instant, { zone: viewerZone }).offset !==
      DateTime.fromJSDate(instant, { zone: end.timeZone }).offset;
  return {
    place: end.place,
    placeTime,
    viewerTime: differs ? formatMoment(instant, viewerZone) : null,
    iso: instant.toISOString(),
  };
}

function durationText(departsAt: Date, arrivesAt: Date): string {
  const minutes = Math.round((arrivesAt.getTime() - departsAt.getTime()) / 60_000);
  const [hours, rest] = [Math.floor(minutes / 60), minutes % 60];
  return [hours ? `${hours} h` : "", rest ? `${rest} min` : ""].filter(Boolean).join(" ") || "0 min";
}

/** Everyone on a segment as the policies see them: all delegates for a segment for everyone. */
export function travellersOf(
  segment: Pick<TravelSegmentRecord, "personIds" | "isForEveryone">,
  delegates: ItineraryDelegate[],
  people: ReadonlyMap<string, Traveller>,
): Traveller[] {
  if (segment.isForEveryone) return delegates;
  return segment.personIds.map((personId) => people.get(personId) ?? { personId, cityId: null });
}

export function buildTravelView(input: {
  viewer: Viewer;
  viewerZone: string | null;
  segments: TravelSegmentRecord[];
  /** The delegates this viewer may see. */
  delegates: ItineraryDelegate[];
  /** Every delegate, for the policies' view of a booking. */
  allDelegates: ItineraryDelegate[];
  /** Names of people on segments who no longer hold a place. */
  otherNames: ReadonlyMap<string, string>;
  sessionTitles: ReadonlyMap<string, string>;
  /** When the programme starts and ends: the way there arrives before, the way back leaves after. */
  bounds: { first: { at: Date }; last: { at: Date } };
}): { segments: SegmentView[]; delegates: DelegateTravelView[] } {
  const { viewer, viewerZone, delegates, allDelegates } = input;
  const byId = new Map(allDelegates.map((delegate) => [delegate.personId, delegate]));
  const visible = input.segments.filter((segment) =>
    travellersOf(segment, allDelegates, byId).some((traveller) => canSeeTraveller(viewer, traveller)),
  );
  const segments = visible.map((segment): SegmentView => {
    const travellers = travellersOf(segment, allDelegates, byId);
    const shown = travellers.filter((traveller) => canSeeTraveller(viewer, traveller));
    return {
      id: segment.id,
      label: segmentLabel(segment),
      modeLabel: travelModeLabel(segment.mode),
      service: [segment.carrier, segment.number].filter(Boolean).join(" "),
      departs: moment(segment.departsAt, segment.from, viewerZone),
      arrives: moment(segment.arrivesAt, segment.to, viewerZone),
      duration: durationText(segment.departsAt, segment.arrivesAt),
      isForEveryone: segment.isForEveryone,
      travellers: segment.isForEveryone
        ? []
        : shown.map(({ personId }) => {
            const delegate = byId.get(personId);
            return {
              personId,
              name: delegate?.name ?? input.otherNames.get(personId) ?? "Unknown person",
              cityName: delegate?.cityName ?? "",
              isComing: Boolean(delegate),
            };
          }),
      otherTravellers: segment.isForEveryone ? 0 : travellers.length - shown.length,
      bookingReference:
        segment.bookingReference && canSeeBookingReference(viewer, travellers) ? segment.bookingReference : null,
      session: segment.sessionId
        ? {
            id: segment.sessionId,
            title: input.sessionTitles.get(segment.sessionId) ?? "A session no longer on the agenda",
          }
        : null,
      canEdit: canEditTravel(viewer, travellers),
    };
  });
  const labels = new Map(segments.map((segment) => [segment.id, segment]));
  return {
    segments,
    delegates: delegates.map((delegate) => {
      const own = segmentsOf(delegate.personId, visible);
      // As the warnings read it: the last arrival of what leaves before the programme starts, the
      // first departure of what arrives after it ends.
      const there = own.filter((segment) => segment.departsAt < input.bounds.first.at);
      const back = own.filter((segment) => segment.arrivesAt > input.bounds.last.at);
      const arrival = there.reduce<TravelSegmentRecord | null>(
        (a, b) => (!a || b.arrivesAt > a.arrivesAt ? b : a),
        null,
      );
      const departure = back.reduce<TravelSegmentRecord | null>(
        (a, b) => (!a || b.departsAt < a.departsAt ? b : a),
        null,
      );
      return {
        personId: delegate.personId,
        name: delegate.name,
        cityName: delegate.cityName,
        arrival: arrival ? labels.get(arrival.id)!.arrives : null,
        departure: departure ? labels.get(departure.id)!.departs : null,
        segments: own.map((segment) => ({ id: segment.id, label: labels.get(segment.id)!.label })),
      };
    }),
  };
}
