// A learning exchange with delegates, and the itinerary forms as a browser posts them.
import { randomBytes } from "node:crypto";
import { Convening } from "../../models/convening.server";
import { addRoom, createHotel, placeInRoom, type HotelInput } from "../../models/hotel-stay.server";
import { createTravelSegment, type TravelSegmentInput } from "../../models/travel-segment.server";
import { at } from "./calendar";
import { createAccount } from "./people";
import { createPerson } from "../../models/person.server";
import { createRegistration, newQueueKey } from "../../models/registration.server";

const PITTSBURGH = "America/New_York";

/** A learning exchange from Monday 20 to Friday 24 May 2030 at Pittsburgh (America/New_York), unless moved. */
export async function createExchange(
  options: {
    kind?: string;
    status?: string;
    title?: string;
    startsAt?: Date;
    endsAt?: Date;
    createdById?: string;
    places?: Array<{ name: string; region?: string; country?: string; timeZone: string }>;
  } = {},
) {
  const doc = await Convening.create({
    kind: options.kind ?? "learning-exchange",
    title: options.title ?? "US learning exchange",
    summary: "",
    phase: 1,
    places: options.places ?? [{ name: "Pittsburgh", timeZone: PITTSBURGH }],
    format: "in-person",
    timeZone: PITTSBURGH,
    startsAt: options.startsAt ?? new Date("2030-05-20T13:00:00Z"), // 09:00 EDT
    endsAt: options.endsAt ?? new Date("2030-05-24T21:00:00Z"), // 17:00 EDT
    createdById: options.createdById ?? null,
    status: options.status ?? "published",
    registration: { placesPerCity: 2 },
    shareToken: randomBytes(24).toString("base64url"),
  });
  return String(doc._id);
}

/** A person of the city holding a place on the exchange (registered), with an account to sign in if asked; their id. */
export async function addDelegate(
  conveningId: string,
  cityId: string,
  name: string,
  options: { hasAccount?: boolean } = {},
): Promise<string> {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${randomBytes(3).toString("hex")}@example.org`;
  const personId = options.hasAccount
    ? (await createAccount({ role: "participant", cityId, name, email })).id
    : await createPerson({ name, email, role: "participant", cityId });
  await createRegistration({
    conveningId,
    personId,
    cityId,
    status: "registered",
    roleAtEvent: "",
    dietaryNeeds: "",
    accessNeeds: "",
    arrivalDate: null,
    departureDate: null,
    isContactShared: false,
    declineReason: "",
    queueKey: newQueueKey(),
    registeredById: personId,
  });
  return personId;
}

/** The segment form's fields: a flight London → Pittsburgh on Sunday 19 May 2030. */
export function segmentFields(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    intent: "save-segment",
    segmentId: "",
    revision: "",
    mode: "flight",
    carrier: "British Airways",
    number: "BA 231",
    fromPlace: "London Heathrow",
    fromTimeZone: "Europe/London",
    departDate: "2030-05-19",
    departTime: "11:00",
    toPlace: "Pittsburgh",
    toTimeZone: PITTSBURGH,
    arriveDate: "2030-05-19",
    arriveTime: "14:30",
    personIds: [],
    bookingReference: "",
    sessionId: "",
    ...overrides,
  };
}

/** The return: Pittsburgh → London Heathrow, on the evening of Friday 24 May 2030. */
export function returnFields(overrides: Record<string, string | string[]> = {}) {
  return segmentFields({
    number: "BA 232",
    fromPlace: "Pittsburgh",
    fromTimeZone: PITTSBURGH,
    departDate: "2030-05-24",
    departTime: "19:00",
    toPlace: "London Heathrow",
    toTimeZone: "Europe/London",
    arriveDate: "2030-05-25",
    arriveTime: "07:30",
    ...overrides,
  });
}

export function hotelFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    intent: "save-hotel",
    hotelId: "",
    name: "Omni William Penn, Pittsburgh",
    address: "530 William Penn Place",
    timeZone: PITTSBURGH,
    checkInDate: "2030-05-20",
    checkOutDate: "2030-05-24",
    ...overrides,
  };
}

/** A segment written through the model: BA 231 London Heathrow → Pittsburgh on 19 May 2030 unless told otherwise. */
export function addSegment(conveningId: string, overrides: Partial<TravelSegmentInput> = {}): Promise<string> {
  return createTravelSegment(conveningId, {
    mode: "flight",
    carrier: "British Airways",
    number: "BA 231",
    from: { place: "London Heathrow", timeZone: "Europe/London" },
    to: { place: "Pittsburgh", timeZone: PITTSBURGH },
    departsAt: new Date("2030-05-19T10:00:00Z"), // 11:00 BST
    arrivesAt: new Date("2030-05-19T18:30:00Z"), // 14:30 EDT
    personIds: [],
    isForEveryone: false,
    bookingReference: "",
    sessionId: null,
    ...overrides,
  });
}

/** The group coach from Pittsburgh to Rockville on a day (ISO), 08:00–12:30 there, for everyone. */
export function addGroupCoach(conveningId: string, day: string): Promise<string> {
  return addSegment(conveningId, {
    mode: "coach",
    carrier: "Academy",
    number: "",
    from: { place: "Pittsburgh", timeZone: PITTSBURGH },
    to: { place: "Rockville", timeZone: PITTSBURGH },
    departsAt: at(`${day}T08:00`, PITTSBURGH),
    arrivesAt: at(`${day}T12:30`, PITTSBURGH),
    isForEveryone: true,
    bookingReference: "COACH-ALL-12",
  });
}

/** A hotel with one room, written through the models; its ids. */
export async function addHotelWithRoom(
  conveningId: string,
  options: { hotel?: Partial<HotelInput>; label?: string; capacity?: number } = {},
): Promise<{ hotelId: string; roomId: string; capacity: number }> {
  const hotelId = await createHotel(conveningId, {
    name: "Omni William Penn, Pittsburgh",
    address: "530 William Penn Place",
    timeZone: PITTSBURGH,
    checkInDate: "2030-05-19",
    checkOutDate: "2030-05-24",
    ...options.hotel,
  });
  const capacity = options.capacity ?? 2;
  const roomId = (await addRoom(conveningId, hotelId, { label: options.label ?? "1201", capacity }))!;
  return { hotelId, roomId, capacity };
}

/** Puts a person in the room, with or without their consent to share it. */
export async function putInRoom(
  conveningId: string,
  room: { hotelId: string; roomId: string; capacity: number },
  personId: string,
  sharingConsent = true,
) {
  const placed = await placeInRoom(conveningId, room, { personId, sharingConsent });
  if (placed !== "placed") throw new Error(`room ${room.roomId} is full`);
}
