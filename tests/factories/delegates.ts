// A learning exchange like the 2018 US one (five days in Pittsburgh, Montgomery County and
// Washington DC) in a year to come, its delegates registered through the register page, and the
// travel documents form as a delegate's browser posts it.
import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import { Convening } from "../../models/convening.server";
import { register } from "../helpers/registration";
import { createAccount, createCity } from "./people";

export const EXCHANGE_YEAR = new Date().getUTCFullYear() + 2;
const Y = EXCHANGE_YEAR;

export async function createExchange(
  options: { status?: "draft" | "published"; kind?: string; isApprovalRequired?: boolean } = {},
): Promise<string> {
  const doc = await Convening.create({
    kind: options.kind ?? "learning-exchange",
    title: "US learning exchange: Pittsburgh, Montgomery County and Washington DC",
    summary: "Five days with Welcoming America and three welcoming places.",
    phase: 1,
    places: [
      {
        name: "City-County Building",
        address: "414 Grant Street",
        region: "Pittsburgh PA",
        timeZone: "America/New_York",
      },
      {
        name: "Executive Office Building",
        address: "101 Monroe Street",
        region: "Montgomery County MD",
        timeZone: "America/New_York",
      },
      {
        name: "John A. Wilson Building",
        address: "1350 Pennsylvania Avenue NW",
        region: "Washington DC",
        timeZone: "America/New_York",
      },
    ],
    format: "in-person",
    timeZone: "America/New_York",
    startsAt: new Date(`${Y}-05-21T13:00:00Z`), // 09:00 in Pittsburgh
    endsAt: new Date(`${Y}-05-25T21:00:00Z`), // 17:00 in Washington DC
    status: options.status ?? "published",
    registration: {
      placesPerCity: 2,
      cityPlaces: [],
      capacity: 12,
      opensAt: null,
      closesAt: null,
      isApprovalRequired: options.isApprovalRequired ?? false,
    },
    shareToken: randomBytes(24).toString("base64url"),
  });
  return String(doc._id);
}

const DAY = 24 * 3600 * 1000;

/** Moves the exchange so that it ended at 17:00 in Washington DC `days` calendar days ago there; returns its end. */
export async function exchangeEndedOnDayBefore(conveningId: string, days: number): Promise<Date> {
  const end = DateTime.now().setZone("America/New_York").startOf("day").minus({ days }).set({ hour: 17 });
  const endsAt = end.toJSDate();
  await Convening.updateOne({ _id: conveningId }, { $set: { startsAt: end.minus({ days: 4 }).toJSDate(), endsAt } });
  return endsAt;
}

/** Moves the exchange so that it ended at `endsAt` (after five days), as an edit would. */
export async function exchangeEndedAt(conveningId: string, endsAt: Date): Promise<void> {
  await Convening.updateOne({ _id: conveningId }, { $set: { startsAt: new Date(endsAt.getTime() - 4 * DAY), endsAt } });
}

/** Moves the exchange so that it ended `days` days (and an hour) ago, as an edit would; returns its new end. */
export async function exchangeEndedDaysAgo(conveningId: string, days: number, now = new Date()): Promise<Date> {
  const endsAt = new Date(now.getTime() - days * DAY - 3600 * 1000);
  await Convening.updateOne({ _id: conveningId }, { $set: { startsAt: new Date(endsAt.getTime() - 4 * DAY), endsAt } });
  return endsAt;
}

/**
 * Bristol and Cardiff with a representative each, a manager, Bethan (a Bristol delegate staying a
 * day longer), Carys (a Cardiff delegate) and Owen (from Bristol, with no place).
 */
export async function setUpExchange(options: Parameters<typeof createExchange>[0] = {}) {
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const bristolRep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bristol Rep" });
  const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff, name: "Cardiff Rep" });
  const manager = await createAccount({ role: "manager", name: "Programme Manager" });
  const delegate = await createAccount({ role: "participant", cityId: bristol, name: "Bethan Rees" });
  const cardiffDelegate = await createAccount({ role: "participant", cityId: cardiff, name: "Carys Lloyd" });
  const colleague = await createAccount({ role: "participant", cityId: bristol, name: "Owen Price" });
  const conveningId = await createExchange(options);
  await register(bristolRep.id, conveningId, { personId: delegate.id, departureDate: `${Y}-05-26` });
  await register(cardiffRep.id, conveningId, { personId: cardiffDelegate.id });
  return { bristol, cardiff, bristolRep, cardiffRep, manager, delegate, cardiffDelegate, colleague, conveningId };
}

/** Travel documents as a delegate types them, each value distinctive so a leak is found by text. */
export function travelDocumentFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    intent: "save-travel-documents",
    revision: "0",
    passportName: "BETHAN ANGHARAD REES",
    nationality: "GB",
    passportExpiry: `${Y + 6}-01-31`,
    entryKind: "esta",
    entryStatus: "approved",
    entryExpiry: `${Y + 1}-11-30`,
    insuranceProvider: "Civic Travel Cover Mutual",
    insurancePolicyNumber: "CTC-77841-ZQ",
    insuranceValidUntil: `${Y}-05-27`,
    emergencyName: "Rhodri Iestyn Rees",
    emergencyRelation: "Brother",
    emergencyPhone: "+44 29 2087 2000",
    ...overrides,
  };
}

/** The values above that must never leave the delegate page. */
export const TRAVEL_DOCUMENT_SECRETS = [
  "BETHAN ANGHARAD REES",
  "Civic Travel Cover Mutual",
  "CTC-77841-ZQ",
  "Rhodri Iestyn Rees",
  "+44 29 2087 2000",
];
