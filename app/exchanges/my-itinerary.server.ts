// Delegates' itineraries: the signed-in person's for each learning exchange they hold a place on
// that is under way or to come (/me/itinerary), and one delegate's or many delegates' printed packs
// for the programme team and their city's representatives. An exchange's records are read once
// (agenda, travel and lodging copies by _id, its delegates, cities, the organiser) whatever the
// number of packs built from them.
import type { SignedInPerson } from "~models/person.server";
import { listAgendaSessions } from "~models/agenda-session.server";
import { listCities } from "~models/city.server";
import { listConveningBriefs } from "~models/convening.server";
import { listLodging } from "~models/hotel-stay.server";
import { getPeopleByIds } from "~models/person.server";
import { getConveningOrganiser } from "~models/queries/exchange-organiser.server";
import { listRegistrationsOfPerson } from "~models/registration.server";
import { listTravelSegments } from "~models/travel-segment.server";
import type { Viewer } from "~/accounts/policy";
import { programmeOrganizer } from "~/calendar/feed-context.server";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import { invariantResponse } from "~/utils/invariant";
import { canSeeDelegate } from "./delegate-records-policy";
import { requireExchange, type Exchange } from "./delegate.server";
import { listDelegates, type ItineraryDelegate } from "./itinerary-exchange.server";
import { buildDelegateItinerary, type DelegateItinerary, type ItineraryContact } from "./my-itinerary-view";

/** How long after an exchange's end /me/itinerary still looks at it: the way home can be days later. */
const LOOK_BACK_MS = 7 * 24 * 3600 * 1000;

type ExchangeRecords = Awaited<ReturnType<typeof loadExchangeRecords>>;

async function loadExchangeRecords(exchange: Exchange) {
  const [sessions, segments, lodging, delegates, cities, organiser] = await Promise.all([
    listAgendaSessions(exchange.id),
    listTravelSegments(exchange.id),
    listLodging(exchange.id),
    listDelegates(exchange.id),
    listCities(),
    getConveningOrganiser(exchange.id),
  ]);
  const delegateIds = new Set(delegates.map((delegate) => delegate.personId));
  // Someone still in a room who no longer holds a place is named to roommates as before.
  const formerIds = lodging.assignments.map((a) => a.personId).filter((personId) => !delegateIds.has(personId));
  const former = formerIds.length > 0 ? await getPeopleByIds(formerIds) : new Map<string, { name: string }>();
  const team = programmeOrganizer();
  const contacts: ItineraryContact[] = [
    ...(organiser ? [{ ...organiser, role: "Programme manager" }] : []),
    ...(team && team.email !== organiser?.email ? [{ ...team, role: "Programme team" }] : []),
  ];
  return {
    sessions,
    segments,
    lodging,
    delegates,
    cityZones: new Map(cities.map((city) => [city.id, city.timeZone])),
    otherNames: new Map([...former].map(([id, person]) => [id, person.name])),
    contacts,
  };
}

function itineraryOf(
  viewer: Viewer,
  exchange: Exchange,
  records: ExchangeRecords,
  delegate: ItineraryDelegate,
): DelegateItinerary {
  return buildDelegateItinerary({
    viewer,
    exchange,
    // Home is the delegate's city: their family's clock, and the one their body keeps.
    delegate: { ...delegate, homeZone: delegate.cityId ? (records.cityZones.get(delegate.cityId) ?? null) : null },
    delegates: records.delegates,
    sessions: records.sessions,
    segments: records.segments,
    lodging: records.lodging,
    otherNames: records.otherNames,
    contacts: records.contacts,
  });
}

/**
 * The signed-in person's itineraries, soonest first: every learning exchange they hold a place on
 * that is not a draft or cancelled and whose last day (their way home and check-out included) has
 * not passed.
 */
export async function loadMyItineraries(person: SignedInPerson, now = new Date()): Promise<DelegateItinerary[]> {
  const registrations = await listRegistrationsOfPerson(person.id, { statuses: PLACE_HOLDING_STATUSES });
  const briefs = await listConveningBriefs(registrations.map((registration) => registration.conveningId));
  const candidates = briefs
    .filter(
      (brief) =>
        brief.kind === "learning-exchange" &&
        (brief.status === "published" || brief.status === "completed") &&
        new Date(brief.endsAt).getTime() > now.getTime() - LOOK_BACK_MS,
    )
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime());
  const itineraries = await Promise.all(
    candidates.map(async (brief) => {
      const exchange = await requireExchange(person, brief.id);
      const records = await loadExchangeRecords(exchange);
      const delegate = records.delegates.find((candidate) => candidate.personId === person.id);
      return delegate ? itineraryOf(person, exchange, records, delegate) : null;
    }),
  );
  return itineraries.filter(
    (itinerary): itinerary is DelegateItinerary => itinerary !== null && new Date(itinerary.endsAt) > now,
  );
}

export const PACK_REFUSED = "Only the delegate, their city's representatives and the programme team can see this pack.";

/**
 * The packs of one exchange as `viewer` may print them: one delegate's (`personId`), or every
 * delegate the viewer answers for (a city's with `cityId`). 404 for a person who is not a
 * delegate, 403 for one the viewer may not see.
 */
export async function loadDelegatePacks(
  viewer: Viewer,
  conveningId: string | undefined,
  which: { personId: string } | { cityId: string | null },
): Promise<{ exchange: Exchange; packs: DelegateItinerary[]; cities: Array<{ value: string; label: string }> }> {
  const exchange = await requireExchange(viewer, conveningId);
  const records = await loadExchangeRecords(exchange);
  if ("personId" in which) {
    // Someone who answers for nobody learns nothing, not even whether the person is a delegate.
    invariantResponse(
      viewer.role === "manager" || viewer.role === "city-rep" || viewer.id === which.personId,
      PACK_REFUSED,
      { status: 403 },
    );
    const delegate = records.delegates.find((candidate) => candidate.personId === which.personId);
    invariantResponse(delegate, "There is no delegate of this exchange at this address.", { status: 404 });
    invariantResponse(canSeeDelegate(viewer, delegate), PACK_REFUSED, { status: 403 });
    return { exchange, packs: [itineraryOf(viewer, exchange, records, delegate)], cities: [] };
  }
  invariantResponse(viewer.role === "manager" || viewer.role === "city-rep", PACK_REFUSED, { status: 403 });
  const visible = records.delegates.filter((delegate) => canSeeDelegate(viewer, delegate));
  const cities = new Map<string, string>();
  for (const delegate of visible) if (delegate.cityId) cities.set(delegate.cityId, delegate.cityName);
  const delegates = visible.filter((delegate) => !which.cityId || delegate.cityId === which.cityId);
  return {
    exchange,
    packs: delegates.map((delegate) => itineraryOf(viewer, exchange, records, delegate)),
    // The cities the viewer may print a city's packs for, for the choice on the packs page.
    cities: [...cities].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
  };
}
