// The itinerary page's data: the exchange's delegates, travel, lodging and warnings as this viewer
// may read them, the choices its forms offer, and the form being edited (?segment=, ?hotel=,
// ?room= in the address, so editing works without JavaScript). A fixed number of queries: the
// delegates (three), the agenda, the travel and lodging copies, and names of people no longer coming.
import type { SignedInPerson } from "~models/person.server";
import { listAgendaSessions } from "~models/agenda-session.server";
import { listLodging } from "~models/hotel-stay.server";
import { getPeopleByIds } from "~models/person.server";
import { listTravelSegments } from "~models/travel-segment.server";
import { isManager } from "~/accounts/policy";
import { isOpenForChanges } from "~/convenings/policy";
import { exchangeNights, formatDays, formatMoment, programmeBounds } from "~/domain/exchanges/exchange-days";
import { timeZoneChoices } from "~/domain/exchanges/time-zone-choices";
import { formatDateRange } from "~/domain/local-time";
import type { FormFields } from "~/forms/schema-form";
import { hotelFormValues } from "./hotel-form";
import type { ItineraryExchange } from "./itinerary-exchange.server";
import { listDelegates } from "./itinerary-exchange.server";
import { itineraryWarnings } from "./itinerary-warnings";
import { travelDocumentWarnings } from "./travel-documents.server";
import { buildLodgingView } from "./lodging-view";
import { segmentFormValues } from "./segment-form";
import { canAddTravel, canBookForEveryone, canEditTravel, canManageHotels, canSeeTraveller } from "./travel-policy";
import { buildTravelView, travellersOf } from "./travel-view";

/** Everything the page's forms and their server checks need to agree on. */
export async function loadItineraryData(viewer: SignedInPerson, exchange: ItineraryExchange) {
  const [allDelegates, sessions, segments, lodging] = await Promise.all([
    listDelegates(exchange.id),
    listAgendaSessions(exchange.id),
    listTravelSegments(exchange.id),
    listLodging(exchange.id),
  ]);
  const delegates = allDelegates.filter((delegate) => canSeeTraveller(viewer, delegate));
  const delegateIds = new Set(allDelegates.map((delegate) => delegate.personId));
  const formerIds = [
    ...segments.flatMap((segment) => segment.personIds),
    ...lodging.assignments.map((assignment) => assignment.personId),
  ].filter((personId) => !delegateIds.has(personId));
  // People on a booking or in a room who no longer hold a place: named so the manager can tidy up.
  const former = formerIds.length > 0 ? await getPeopleByIds(formerIds) : new Map<string, { name: string }>();
  const otherNames = new Map([...former].map(([id, person]) => [id, person.name]));
  const travelSessions = sessions.filter((session) => session.kind === "travel" && !session.isCancelled);
  return { allDelegates, delegates, sessions, travelSessions, segments, lodging, otherNames };
}

export type ItineraryData = Awaited<ReturnType<typeof loadItineraryData>>;

/** The choices the segment form offers this viewer. */
export function segmentFormOptions(viewer: SignedInPerson, exchange: ItineraryExchange, data: ItineraryData) {
  return {
    exchange,
    travellerIds: data.delegates.map((delegate) => delegate.personId),
    travelSessionIds: data.travelSessions.map((session) => session.id),
    canBookForEveryone: canBookForEveryone(viewer),
  };
}

/** The rooms and delegates the assignment form offers this viewer. */
export function assignmentFormOptions(viewer: SignedInPerson, data: ItineraryData) {
  const { roomChoices } = buildLodgingView({ viewer, ...data });
  return {
    roomIds: roomChoices.flatMap((hotel) => hotel.rooms.map((room) => room.value)),
    personIds: data.delegates.map((delegate) => delegate.personId),
  };
}

function editing(url: URL, viewer: SignedInPerson, data: ItineraryData) {
  const byId = new Map(data.allDelegates.map((delegate) => [delegate.personId, delegate]));
  const segment = data.segments.find((candidate) => candidate.id === url.searchParams.get("segment"));
  const canEditSegment = segment && canEditTravel(viewer, travellersOf(segment, data.allDelegates, byId));
  const hotel = data.lodging.hotels.find((candidate) => candidate.id === url.searchParams.get("hotel"));
  const roomId = url.searchParams.get("room");
  const roomHotel = data.lodging.hotels.find((candidate) => candidate.rooms.some((room) => room.id === roomId));
  const room = roomHotel?.rooms.find((candidate) => candidate.id === roomId);
  const isManaging = canManageHotels(viewer);
  const newFor = data.delegates.find((delegate) => delegate.personId === url.searchParams.get("for"));
  return {
    segment: canEditSegment ? segmentFormValues(segment, { withBookingReference: true }) : null,
    newSegment: (newFor ? { personIds: [newFor.personId] } : {}) as FormFields,
    hotel: isManaging && hotel ? hotelFormValues(hotel) : null,
    room:
      isManaging && roomHotel && room
        ? ({ hotelId: roomHotel.id, roomId: room.id, label: room.label, capacity: String(room.capacity) } as FormFields)
        : null,
  };
}

/** What the itinerary page shows this viewer. */
export async function loadItineraryPage(
  viewer: SignedInPerson,
  exchange: ItineraryExchange,
  url: URL,
  viewerZone: string | null,
) {
  const data = await loadItineraryData(viewer, exchange);
  const bounds = programmeBounds(exchange, data.sessions);
  const sessionTitles = new Map(data.sessions.map((session) => [session.id, session.title]));
  const travel = buildTravelView({ viewer, viewerZone, sessionTitles, bounds, ...data });
  const lodging = buildLodgingView({ viewer, ...data });
  const warnings = [
    ...itineraryWarnings({ viewer, exchange, ...data }),
    ...(await travelDocumentWarnings(viewer, exchange, data.delegates)),
  ];
  const nights = exchangeNights(exchange);
  const isOpen = isOpenForChanges(exchange);
  return {
    exchange: {
      id: exchange.id,
      title: exchange.title,
      status: exchange.status,
      dateRange: formatDateRange(exchange.startsAt, exchange.endsAt, exchange.timeZone),
      nights: nights.length > 0 ? formatDays(nights) : "none",
      firstSession: `${bounds.first.title ? `“${bounds.first.title}”, ` : ""}${formatMoment(bounds.first.at, bounds.first.timeZone)}`,
      lastSession: `${bounds.last.title ? `“${bounds.last.title}”, ` : ""}${formatMoment(bounds.last.at, bounds.last.timeZone)}`,
      // The forms check dates against the exchange in the browser too.
      span: {
        startsAt: exchange.startsAt.toISOString(),
        endsAt: exchange.endsAt.toISOString(),
        timeZone: exchange.timeZone,
      },
    },
    viewer: {
      isManager: isManager(viewer),
      isOpen,
      canAddTravel: isOpen && canAddTravel(viewer) && data.delegates.length > 0,
      canBookForEveryone: canBookForEveryone(viewer),
      canManageHotels: isOpen && canManageHotels(viewer),
      canAssignRooms: isOpen && lodging.roomChoices.length > 0 && data.delegates.length > 0,
      zone: viewerZone,
    },
    delegates: travel.delegates.map((delegate) => ({
      ...delegate,
      rooms: lodging.roomsOf.get(delegate.personId) ?? [],
    })),
    // A cancelled exchange's itinerary stays readable, and nothing on it changes any more.
    segments: travel.segments.map((segment) => ({ ...segment, canEdit: isOpen && segment.canEdit })),
    hotels: lodging.hotels.map((hotel) => ({
      ...hotel,
      rooms: hotel.rooms.map((room) => ({
        ...room,
        occupants: room.occupants.map((occupant) => ({ ...occupant, canRemove: isOpen && occupant.canRemove })),
      })),
    })),
    warnings,
    choices: {
      travellers: data.delegates.map((delegate) => ({
        value: delegate.personId,
        label: `${delegate.name} (${delegate.cityName})`,
      })),
      travelSessions: data.travelSessions.map((session) => ({
        value: session.id,
        label: `${session.title} (${formatMoment(session.startsAt, session.timeZone)})`,
      })),
      rooms: lodging.roomChoices,
      timeZones: timeZoneChoices(),
      defaultTimeZone: exchange.timeZone,
    },
    editing: editing(url, viewer, data),
  };
}

export type ItineraryPage = Awaited<ReturnType<typeof loadItineraryPage>>;
