// One delegate's itinerary of a learning exchange, as their page and printed pack show it: their
// travel (each end at its place's local time, their home time beside it where the clocks differ),
// their hotels and rooms (a roommate named only if that roommate agreed to share), the agenda by
// day, local emergency numbers and whom to call. Pure: the exchange's records in, the view out.
import { DateTime } from "luxon";
import type { AgendaSessionRecord } from "~models/agenda-session.server";
import type { Lodging } from "~models/hotel-stay.server";
import type { TravelSegmentRecord } from "~models/travel-segment.server";
import type { Viewer } from "~/accounts/policy";
import { timeRangeLabel, viewerTimeLabel } from "~/domain/agenda/agenda-view";
import { emergencyNumbersForPlaces, type EmergencyNumbers } from "~/domain/emergency-numbers";
import { formatDay, formatMoment } from "~/domain/exchanges/exchange-days";
import { coversDay, placeLabel } from "~/domain/exchanges/place-days";
import { segmentsOf } from "~/domain/exchanges/travel-warnings";
import { formatDateRange, formatDayHeading, isValidTimeZone, localDayKey } from "~/domain/local-time";
import { sessionKindLabel } from "~/domain/vocabulary/sessions";
import { travelModeLabel } from "~/domain/vocabulary/travel";
import type { ItineraryDelegate } from "./itinerary-exchange.server";
import { canSeeBookingReference, type Traveller } from "./travel-policy";
import { travellersOf } from "./travel-view";

export type ItineraryMoment = { place: string; local: string; home: string | null };

export type ItinerarySegment = {
  id: string;
  modeLabel: string;
  service: string;
  departs: ItineraryMoment;
  arrives: ItineraryMoment;
  bookingReference: string | null;
  isForEveryone: boolean;
};

export type ItineraryHotel = {
  id: string;
  name: string;
  address: string;
  stay: string;
  room: string | null;
  /** "Carys Lloyd", "1 other delegate", or "" when they have the room to themselves. */
  sharingWith: string;
};

export type ItineraryEntry =
  | { kind: "travel"; key: string; segment: ItinerarySegment }
  | {
      kind: "session";
      key: string;
      title: string;
      kindLabel: string;
      local: string;
      home: string | null;
      where: string;
      description: string;
    }
  | { kind: "check-in" | "check-out"; key: string; hotelName: string; address: string };

/** A day of the itinerary; `place` is where the exchange is that day, when its places have days. */
export type ItineraryDay = { key: string; heading: string; place: string | null; entries: ItineraryEntry[] };

export type ItineraryContact = { name: string; email: string; role: string };

export type DelegateItinerary = {
  exchange: { id: string; title: string; dateRange: string; places: string[]; isCancelled: boolean };
  delegate: { personId: string; name: string; cityName: string };
  /** Where the delegate lives, when their home time is shown beside local times. */
  home: { zone: string; label: string; note: string } | null;
  travel: ItinerarySegment[];
  hotels: ItineraryHotel[];
  days: ItineraryDay[];
  emergency: { known: Array<EmergencyNumbers & { places: string[] }>; unknownPlaces: string[] };
  contacts: ItineraryContact[];
  /** The last moment the itinerary concerns: the exchange's end, their last arrival or check-out. */
  endsAt: string;
};

export type ItineraryExchangeRecord = {
  id: string;
  title: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  places: Array<{
    name: string;
    region: string;
    country: string;
    timeZone: string;
    firstDay?: string | null;
    lastDay?: string | null;
  }>;
};

export type ItineraryInput = {
  viewer: Viewer;
  exchange: ItineraryExchangeRecord;
  delegate: Traveller & { name: string; cityName: string; homeZone: string | null };
  /** Every delegate of the exchange, for who is on a booking and in a room. */
  delegates: ItineraryDelegate[];
  sessions: AgendaSessionRecord[];
  segments: TravelSegmentRecord[];
  lodging: Lodging;
  /** Names of people in the delegate's rooms who no longer hold a place. */
  otherNames: ReadonlyMap<string, string>;
  contacts: ItineraryContact[];
};

function differs(instant: Date, zone: string, homeZone: string | null): homeZone is string {
  return (
    homeZone !== null &&
    DateTime.fromJSDate(instant, { zone: homeZone }).offset !== DateTime.fromJSDate(instant, { zone }).offset
  );
}

function moment(instant: Date, end: { place: string; timeZone: string }, homeZone: string | null): ItineraryMoment {
  return {
    place: end.place,
    local: formatMoment(instant, end.timeZone),
    home: differs(instant, end.timeZone, homeZone) ? formatMoment(instant, homeZone) : null,
  };
}

function segmentView(
  segment: TravelSegmentRecord,
  input: ItineraryInput,
  people: ReadonlyMap<string, Traveller>,
): ItinerarySegment {
  const travellers = travellersOf(segment, input.delegates, people);
  return {
    id: segment.id,
    modeLabel: travelModeLabel(segment.mode),
    service: [segment.carrier, segment.number].filter(Boolean).join(" "),
    departs: moment(segment.departsAt, segment.from, input.delegate.homeZone),
    arrives: moment(segment.arrivesAt, segment.to, input.delegate.homeZone),
    // A group booking's reference changes everyone's seats: only who answers for all of them sees it.
    bookingReference:
      segment.bookingReference && canSeeBookingReference(input.viewer, travellers) ? segment.bookingReference : null,
    isForEveryone: segment.isForEveryone,
  };
}

function hotelsOf(input: ItineraryInput): ItineraryHotel[] {
  const { lodging, delegate } = input;
  const names = new Map(input.delegates.map((person) => [person.personId, person.name]));
  return lodging.hotels.flatMap((hotel) => {
    const own = lodging.assignments.find(
      (assignment) => assignment.hotelId === hotel.id && assignment.personId === delegate.personId,
    );
    if (!own) return [];
    const room = hotel.rooms.find((candidate) => candidate.id === own.roomId);
    const others = lodging.assignments.filter(
      (assignment) => assignment.roomId === own.roomId && assignment.personId !== delegate.personId,
    );
    // As on the rooming rules: a roommate is named only if they agreed to share.
    const named = others
      .filter((other) => other.sharingConsent)
      .map((other) => names.get(other.personId) ?? input.otherNames.get(other.personId) ?? "Unknown person")
      .sort((a, b) => a.localeCompare(b));
    const hidden = others.length - named.length;
    return [
      {
        id: hotel.id,
        name: hotel.name,
        address: hotel.address,
        stay: `Check-in ${formatDay(hotel.checkInDate)}, check-out ${formatDay(hotel.checkOutDate)}`,
        room: room?.label ?? null,
        sharingWith: [
          ...named,
          ...(hidden > 0 ? [`${hidden} other ${hidden === 1 ? "delegate" : "delegates"}`] : []),
        ].join("; "),
      },
    ];
  });
}

type Dated = { day: string; heading: string; order: number; entry: ItineraryEntry };

/** "Monday 21 May 2018" for a YYYY-MM-DD day. */
function dayHeading(day: string): string {
  return DateTime.fromISO(day, { zone: "UTC" }).setLocale("en-GB").toFormat("cccc d LLLL yyyy");
}

/** Where the exchange is on a day, from its places' days; null for travel days and places without days. */
function placeOfDay(exchange: ItineraryExchangeRecord, day: string): string | null {
  const place = exchange.places.find(
    (candidate) =>
      candidate.firstDay && coversDay({ firstDay: candidate.firstDay, lastDay: candidate.lastDay ?? null }, day),
  );
  return place ? placeLabel(place) : null;
}

function homeOf(zone: string, cityName: string) {
  const label = cityName && cityName !== "No city" ? `${cityName} time` : "Home time";
  return {
    zone,
    label,
    note: `Times are local to each place; ${label} (${zone.replace(/_/g, " ")}) is shown beside them where the clocks differ.`,
  };
}

export function buildDelegateItinerary(input: ItineraryInput): DelegateItinerary {
  const { exchange, delegate } = input;
  const homeZone = delegate.homeZone && isValidTimeZone(delegate.homeZone) ? delegate.homeZone : null;
  const people = new Map(input.delegates.map((person) => [person.personId, person]));
  const own = segmentsOf(delegate.personId, input.segments);
  const travel = own.map((segment) => segmentView(segment, { ...input, delegate: { ...delegate, homeZone } }, people));
  const hotels = hotelsOf(input);
  // An agenda travel leg the delegate has a segment for is that segment on the day: shown once.
  const legsTravelled = new Set(own.flatMap((segment) => (segment.sessionId ? [segment.sessionId] : [])));
  const sessions = input.sessions
    .filter((session) => !session.isCancelled && !legsTravelled.has(session.id))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());

  const dated: Dated[] = [];
  own.forEach((segment, index) => {
    dated.push({
      day: localDayKey(segment.departsAt, segment.from.timeZone),
      heading: formatDayHeading(segment.departsAt, segment.from.timeZone),
      order: segment.departsAt.getTime(),
      entry: { kind: "travel", key: `travel-${segment.id}`, segment: travel[index] },
    });
  });
  for (const session of sessions) {
    const endZone = session.endTimeZone ?? session.timeZone;
    dated.push({
      day: localDayKey(session.startsAt, session.timeZone),
      heading: formatDayHeading(session.startsAt, session.timeZone),
      order: session.startsAt.getTime(),
      entry: {
        kind: "session",
        key: `session-${session.id}`,
        title: session.title,
        kindLabel: sessionKindLabel(session.kind),
        local: timeRangeLabel(session.startsAt, session.endsAt, session.timeZone, endZone),
        home: homeZone ? viewerTimeLabel(session, homeZone) : null,
        where: [session.room, session.placeName].filter(Boolean).join(", "),
        description: session.description,
      },
    });
  }
  for (const hotel of hotels) {
    const record = input.lodging.hotels.find((candidate) => candidate.id === hotel.id)!;
    // Days without a time: check-out first thing, check-in after the day's programme.
    dated.push({
      day: record.checkInDate,
      heading: dayHeading(record.checkInDate),
      order: Number.MAX_SAFE_INTEGER,
      entry: { kind: "check-in", key: `check-in-${hotel.id}`, hotelName: hotel.name, address: hotel.address },
    });
    dated.push({
      day: record.checkOutDate,
      heading: dayHeading(record.checkOutDate),
      order: Number.MIN_SAFE_INTEGER,
      entry: { kind: "check-out", key: `check-out-${hotel.id}`, hotelName: hotel.name, address: hotel.address },
    });
  }
  dated.sort((a, b) => a.day.localeCompare(b.day) || a.order - b.order);
  const days: ItineraryDay[] = [];
  for (const item of dated) {
    const last = days[days.length - 1];
    if (last?.key === item.day) last.entries.push(item.entry);
    else
      days.push({ key: item.day, heading: item.heading, place: placeOfDay(exchange, item.day), entries: [item.entry] });
  }

  const lastArrival = own.reduce((latest, segment) => Math.max(latest, segment.arrivesAt.getTime()), 0);
  const lastCheckOut = input.lodging.hotels
    .filter((hotel) => hotels.some((mine) => mine.id === hotel.id))
    .reduce((latest, hotel) => {
      const end = DateTime.fromISO(hotel.checkOutDate, { zone: hotel.timeZone }).endOf("day");
      return end.isValid ? Math.max(latest, end.toMillis()) : latest;
    }, 0);
  const endsAt = new Date(Math.max(exchange.endsAt.getTime(), lastArrival, lastCheckOut));

  const placeZones = exchange.places.map((place) => ({
    name: place.name,
    country: place.country,
    timeZone: place.timeZone,
  }));
  return {
    exchange: {
      id: exchange.id,
      title: exchange.title,
      dateRange: formatDateRange(exchange.startsAt, exchange.endsAt, exchange.timeZone),
      places: exchange.places.map((place) => [place.name, place.region].filter(Boolean).join(", ")),
      isCancelled: exchange.status === "cancelled",
    },
    delegate: { personId: delegate.personId, name: delegate.name, cityName: delegate.cityName },
    home: homeZone ? homeOf(homeZone, delegate.cityName) : null,
    travel,
    hotels,
    days,
    emergency: emergencyNumbersForPlaces(
      placeZones.length > 0 ? placeZones : [{ name: exchange.title, country: "", timeZone: exchange.timeZone }],
    ),
    contacts: input.contacts,
    endsAt: endsAt.toISOString(),
  };
}
