// A learning exchange with delegates, and the itinerary forms as a browser posts them.
import { randomBytes } from "node:crypto";
import { Convening } from "../../models/convening.server";
import { createPerson } from "../../models/person.server";
import { createRegistration, newQueueKey } from "../../models/registration.server";

const PITTSBURGH = "America/New_York";

/** A learning exchange from Monday 20 to Friday 24 May 2030 at Pittsburgh (America/New_York). */
export async function createExchange(options: { kind?: string; status?: string; title?: string } = {}) {
  const doc = await Convening.create({
    kind: options.kind ?? "learning-exchange",
    title: options.title ?? "US learning exchange",
    summary: "",
    phase: 1,
    places: [{ name: "Pittsburgh", timeZone: PITTSBURGH }],
    format: "in-person",
    timeZone: PITTSBURGH,
    startsAt: new Date("2030-05-20T13:00:00Z"), // 09:00 EDT
    endsAt: new Date("2030-05-24T21:00:00Z"), // 17:00 EDT
    status: options.status ?? "published",
    registration: { placesPerCity: 2 },
    shareToken: randomBytes(24).toString("base64url"),
  });
  return String(doc._id);
}

/** A person of the city holding a place on the exchange (registered); their id. */
export async function addDelegate(conveningId: string, cityId: string, name: string): Promise<string> {
  const personId = await createPerson({
    name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${randomBytes(3).toString("hex")}@example.org`,
    role: "participant",
    cityId,
  });
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
