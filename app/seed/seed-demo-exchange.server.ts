// Loads the demo's upcoming learning exchange (demo-exchange-data.ts) through the model functions,
// so the itinerary's copies (decision 018), place seats and agenda copy are what the app would
// have written. Dated from the run: the Monday on or after 21 May, at least two months ahead.
// Running it again changes nothing: the exchange, people, sessions and registrations are upserted
// by their keys; segments, hotels and rooms are found by what names them; a document or a cost
// already there is left as people changed it.
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import { backfillPlaceSeats } from "~/registration/registration.server";
import { EMPTY_TRAVEL_DOCUMENTS } from "~/domain/exchanges/travel-documents";
import { listAgendaSessions, upsertSeedSession } from "~models/agenda-session.server";
import { getRegistrationConvening, upsertSeedConvening } from "~models/convening.server";
import { addDelegateCostOnce } from "~models/delegate-cost.server";
import { addRoom, createHotel, listLodging, placeInRoom } from "~models/hotel-stay.server";
import { upsertPersonByEmail } from "~models/person.server";
import { upsertSeedRegistration } from "~models/registration.server";
import { getTravelDocument, saveTravelDocument } from "~models/travel-document.server";
import { createTravelSegment, listTravelSegments } from "~models/travel-segment.server";
import {
  DEMO_EXCHANGE,
  DEMO_EXCHANGE_COSTS,
  DEMO_EXCHANGE_DELEGATES,
  DEMO_EXCHANGE_HOTELS,
  DEMO_EXCHANGE_PLACES,
  DEMO_EXCHANGE_SEGMENTS,
  DEMO_EXCHANGE_SESSIONS,
  DEMO_EXCHANGE_ZONE,
  DEMO_TRAVEL_DOCUMENTS,
  demoDelegateEmail,
} from "./demo-exchange-data";

/** The exchange's Monday: on or after 21 May, in the first year that leaves at least 60 days to plan it. */
export function demoExchangeMonday(now: Date): DateTime {
  const today = DateTime.fromJSDate(now, { zone: DEMO_EXCHANGE_ZONE }).startOf("day");
  for (let year = today.year; ; year += 1) {
    const may21 = DateTime.fromObject({ year, month: 5, day: 21 }, { zone: DEMO_EXCHANGE_ZONE });
    const monday = may21.plus({ days: (8 - may21.weekday) % 7 });
    if (monday.diff(today, "days").days >= 60) return monday;
  }
}

type Clock = readonly [number, number];
const dayOf = (monday: DateTime, offset: number) => monday.plus({ days: offset }).toISODate()!;
const instant = (monday: DateTime, offset: number, [hour, minute]: Clock, zone: string) =>
  DateTime.fromISO(dayOf(monday, offset), { zone }).set({ hour, minute }).toJSDate();

// A cost line's id from its key: the same line on every run, so addDelegateCostOnce adds it once.
const costId = (conveningId: string, key: string) =>
  createHash("sha256").update(`${conveningId}:${key}`).digest("hex").slice(0, 24);

/** Loads the exchange; `managerId` is the demo manager, who records the costs and documents. */
export async function seedDemoExchange(options: {
  cityIds: Map<string, string>;
  managerId: string;
  now?: Date;
}): Promise<string> {
  const { cityIds, managerId } = options;
  const monday = demoExchangeMonday(options.now ?? new Date());
  const zone = DEMO_EXCHANGE_ZONE;
  const conveningId = await upsertSeedConvening(DEMO_EXCHANGE.seedKey, {
    kind: DEMO_EXCHANGE.kind,
    title: DEMO_EXCHANGE.title,
    summary: DEMO_EXCHANGE.summary,
    phase: DEMO_EXCHANGE.phase,
    hostCityId: null,
    places: DEMO_EXCHANGE_PLACES.map(({ days: [first, last], ...place }) => ({
      ...place,
      firstDay: dayOf(monday, first),
      lastDay: dayOf(monday, last),
    })),
    format: DEMO_EXCHANGE.format,
    timeZone: zone,
    startsAt: instant(monday, 0, [9, 0], zone),
    endsAt: instant(monday, 4, [17, 0], zone),
    aims: [...DEMO_EXCHANGE.aims],
    themes: [...DEMO_EXCHANGE.themes],
    status: DEMO_EXCHANGE.status,
    placesPerCity: DEMO_EXCHANGE.placesPerCity,
    capacity: DEMO_EXCHANGE.capacity,
  });

  for (const session of DEMO_EXCHANGE_SESSIONS) {
    const place = DEMO_EXCHANGE_PLACES[session.place];
    await upsertSeedSession(session.seedKey, {
      conveningId,
      title: session.title,
      description: session.description,
      kind: session.kind,
      startsAt: instant(monday, session.day, session.start, place.timeZone),
      endsAt: instant(monday, session.day, session.end, place.timeZone),
      timeZone: place.timeZone,
      room: session.room,
      placeName: place.name,
      themes: session.themes,
    });
  }

  // The delegates, registered (places confirmed) for their cities.
  const personIds = new Map<string, string>();
  for (const delegate of DEMO_EXCHANGE_DELEGATES) {
    const cityId = cityIds.get(delegate.citySlug)!;
    const personId = await upsertPersonByEmail({
      name: delegate.name,
      email: demoDelegateEmail(delegate),
      role: "participant",
      cityId,
      organisation: "",
      jobTitle: delegate.jobTitle,
    });
    personIds.set(delegate.key, personId);
    await upsertSeedRegistration({ conveningId, personId, cityId, status: "registered", roleAtEvent: "Delegate" });
  }
  const convening = await getRegistrationConvening(conveningId);
  if (convening) await backfillPlaceSeats(convening);

  await seedTravel(conveningId, monday, personIds);
  await seedLodging(conveningId, monday, personIds);
  await seedTravelDocuments(conveningId, monday, personIds, managerId);
  for (const cost of DEMO_EXCHANGE_COSTS) {
    const delegate = DEMO_EXCHANGE_DELEGATES.find((candidate) => candidate.key === cost.delegate)!;
    await addDelegateCostOnce(costId(conveningId, cost.key), {
      conveningId,
      personId: personIds.get(cost.delegate)!,
      cityId: cityIds.get(delegate.citySlug)!,
      category: cost.category,
      description: cost.description,
      amountMinor: cost.amountMinor,
      currency: cost.currency,
      createdById: managerId,
    });
  }
  return conveningId;
}

async function seedTravel(conveningId: string, monday: DateTime, personIds: Map<string, string>) {
  const [existing, sessions] = await Promise.all([listTravelSegments(conveningId), listAgendaSessions(conveningId)]);
  const sessionIdOf = new Map(
    DEMO_EXCHANGE_SESSIONS.map((seed) => [seed.seedKey, sessions.find((session) => session.title === seed.title)?.id]),
  );
  for (const segment of DEMO_EXCHANGE_SEGMENTS) {
    const departsAt = instant(monday, segment.from.day, segment.from.time, segment.from.timeZone);
    const isThere = existing.some(
      (candidate) =>
        candidate.carrier === segment.carrier &&
        candidate.number === segment.number &&
        candidate.departsAt.getTime() === departsAt.getTime(),
    );
    if (isThere) continue;
    await createTravelSegment(conveningId, {
      mode: segment.mode,
      carrier: segment.carrier,
      number: segment.number,
      from: { place: segment.from.place, timeZone: segment.from.timeZone },
      to: { place: segment.to.place, timeZone: segment.to.timeZone },
      departsAt,
      arrivesAt: instant(monday, segment.to.day, segment.to.time, segment.to.timeZone),
      personIds: segment.delegates.map((key) => personIds.get(key)!),
      isForEveryone: segment.isForEveryone,
      bookingReference: segment.bookingReference,
      sessionId: segment.sessionSeedKey ? (sessionIdOf.get(segment.sessionSeedKey) ?? null) : null,
    });
  }
}

async function seedLodging(conveningId: string, monday: DateTime, personIds: Map<string, string>) {
  for (const seed of DEMO_EXCHANGE_HOTELS) {
    const existing = (await listLodging(conveningId)).hotels.find((candidate) => candidate.name === seed.name);
    const hotelId =
      existing?.id ??
      (await createHotel(conveningId, {
        name: seed.name,
        address: seed.address,
        timeZone: DEMO_EXCHANGE_ZONE,
        checkInDate: dayOf(monday, seed.checkInDay),
        checkOutDate: dayOf(monday, seed.checkOutDay),
      }));
    const rooms = [...(existing?.rooms ?? [])];
    for (const room of seed.rooms) {
      let roomId = rooms.find((candidate) => candidate.label === room.label)?.id ?? null;
      if (!roomId) {
        roomId = await addRoom(conveningId, hotelId, { label: room.label, capacity: room.capacity });
        if (!roomId) continue;
        rooms.push({ id: roomId, label: room.label, capacity: room.capacity });
      }
      // Two in a room have both agreed to share; placing someone already there changes nothing.
      for (const key of room.delegates)
        await placeInRoom(
          conveningId,
          { hotelId, roomId, capacity: room.capacity },
          { personId: personIds.get(key)!, sharingConsent: room.delegates.length > 1 },
        );
    }
  }
}

async function seedTravelDocuments(
  conveningId: string,
  monday: DateTime,
  personIds: Map<string, string>,
  managerId: string,
) {
  const year = monday.year;
  const monthDay = monday.plus({ days: 4 }).toFormat("MM-dd");
  for (const [key, seed] of Object.entries(DEMO_TRAVEL_DOCUMENTS)) {
    const personId = personIds.get(key)!;
    if ((await getTravelDocument(conveningId, personId)).revision !== 0) continue;
    await saveTravelDocument(
      conveningId,
      personId,
      {
        ...EMPTY_TRAVEL_DOCUMENTS,
        passportName: seed.passportName,
        nationality: seed.nationality,
        passportExpiry: seed.passportYears < 0 ? dayOf(monday, 2) : `${year + seed.passportYears}-${monthDay}`,
        entryKind: seed.entryKind,
        entryStatus: seed.entryStatus,
        entryExpiry: seed.entryStatus === "approved" ? `${year + 2}-${monthDay}` : "",
        insuranceProvider: seed.hasInsurance ? "Civic Travel Cover" : "",
        insurancePolicyNumber: seed.hasInsurance ? `CTC-${key.toUpperCase()}` : "",
        insuranceValidUntil: seed.hasInsurance ? dayOf(monday, 7) : "",
        emergencyName: seed.emergencyName,
        emergencyRelation: seed.emergencyRelation,
        emergencyPhone: seed.emergencyPhone,
      },
      0,
      managerId,
    );
  }
}
