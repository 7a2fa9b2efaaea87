// Convenings, sessions, registrations and actions for the calendar feed tests and benchmark,
// written straight through the models (the feeds only read them).
import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import { AgendaSession } from "../../models/agenda-session.server";
import type { SessionKind } from "~/domain/vocabulary/sessions";
import type { ConveningStatus } from "~/domain/vocabulary/convenings";
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";
import { Convening } from "../../models/convening.server";
import { FollowUpAction } from "../../models/follow-up-action.server";
import { Registration } from "../../models/registration.server";
import type { SessionRecord } from "../../app/calendar/feed-events";

/** A UTC instant from a wall-clock time at a place, e.g. at("2018-05-21T09:30", "America/New_York"). */
export function at(localIso: string, zone: string): Date {
  const dt = DateTime.fromISO(localIso, { zone });
  if (!dt.isValid) throw new Error(`bad local time ${localIso}`);
  return dt.toJSDate();
}

export type ConveningOverrides = Partial<{
  title: string;
  summary: string;
  status: ConveningStatus;
  hostCityId: string | null;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  format: "in-person" | "online" | "hybrid";
  onlineUrl: string;
  places: Array<{ name: string; address?: string; region?: string; country?: string; timeZone: string }>;
  themes: string[];
  aims: string[];
  registration: Partial<{
    placesPerCity: number | null;
    capacity: number | null;
    opensAt: Date | null;
    closesAt: Date | null;
    isApprovalRequired: boolean;
  }>;
  cancelledAt: Date | null;
  cancelReason: string;
  sequence: number;
  shareToken: string;
}>;

export async function createConvening(overrides: ConveningOverrides = {}): Promise<string> {
  const timeZone = overrides.timeZone ?? "Europe/London";
  const doc = await Convening.create({
    kind: "working-group-meeting",
    title: "City Working Group meeting",
    summary: "Peer learning between the cities.",
    phase: 1,
    format: "in-person",
    places: [{ name: "Town Hall", address: "1 High Street", region: "", country: "United Kingdom", timeZone }],
    timeZone,
    startsAt: at("2019-03-31T09:00", timeZone),
    endsAt: at("2019-04-01T17:00", timeZone),
    themes: ["T3"],
    status: "published",
    shareToken: randomBytes(18).toString("base64url"),
    ...overrides,
  });
  return String(doc._id);
}

export type SessionOverrides = Partial<Omit<SessionRecord, "id" | "conveningId" | "createdAt" | "updatedAt">>;

export async function createSession(conveningId: string, overrides: SessionOverrides = {}): Promise<string> {
  const timeZone = overrides.timeZone ?? "Europe/London";
  const doc = await AgendaSession.create({
    conveningId,
    title: "Welcome",
    description: "",
    kind: "plenary",
    startsAt: at("2019-03-31T10:00", timeZone),
    endsAt: at("2019-03-31T11:00", timeZone),
    timeZone,
    room: "Council Chamber",
    placeName: "Town Hall",
    themes: ["T1"],
    ...overrides,
  });
  return String(doc._id);
}

export async function register(
  conveningId: string,
  personId: string,
  cityId: string | null,
  status: RegistrationStatus = "registered",
) {
  await Registration.create({ conveningId, personId, cityId, status });
}

export async function createAction(options: {
  ownerCityId: string;
  ownerPersonId: string | null;
  title?: string;
  dueOn: string | null;
  status?: "open" | "in-progress" | "blocked" | "done" | "dropped";
  conveningId?: string | null;
}): Promise<string> {
  const doc = await FollowUpAction.create({ title: "Publish the welcome strategy", status: "open", ...options });
  return String(doc._id);
}

/** Many convenings with many sessions, inserted in bulk (benchmarks). */
export async function createProgramme(convenings: number, sessionsEach: number): Promise<void> {
  const zones = ["Europe/London", "America/New_York"];
  const conveningDocs = Array.from({ length: convenings }, (_, index) => {
    const timeZone = zones[index % zones.length];
    const day = DateTime.fromISO("2018-01-08", { zone: timeZone }).plus({ weeks: index });
    return {
      kind: "working-group-meeting",
      title: `City Working Group meeting ${index + 1}: Caerdydd, ŵyl; "quoted"`,
      summary: "Two days on making action plans land: owners, resources and follow-through.",
      phase: index % 2 ? 2 : 1,
      format: "hybrid",
      onlineUrl: "https://meet.example.org/secret-room",
      places: [
        { name: "Town Hall", address: `${index + 1} High Street`, region: "", country: "United Kingdom", timeZone },
      ],
      timeZone,
      startsAt: day.set({ hour: 9 }).toJSDate(),
      endsAt: day.plus({ days: 1 }).set({ hour: 17 }).toJSDate(),
      themes: ["T3", "T4"],
      status: "published",
      shareToken: randomBytes(18).toString("base64url"),
      sequence: index % 3,
    };
  });
  const inserted = await Convening.insertMany(conveningDocs);
  const kinds: SessionKind[] = ["plenary", "workshop", "panel", "site-visit", "roundtable", "meal"];
  const sessionDocs = inserted.flatMap((convening, index) => {
    const doc = conveningDocs[index];
    const first = DateTime.fromJSDate(doc.startsAt, { zone: doc.timeZone });
    return Array.from({ length: sessionsEach }, (_, n) => {
      const start = first.plus({ days: Math.floor(n / 20), minutes: (n % 20) * 25 });
      return {
        conveningId: convening._id,
        title: `Session ${n + 1}: action plans, data & evidence`,
        description: "Each city shares what landed and what stalled.\nBring your action plan.",
        kind: kinds[n % kinds.length],
        startsAt: start.toJSDate(),
        endsAt: start.plus({ minutes: 20 }).toJSDate(),
        timeZone: doc.timeZone,
        room: `Room ${(n % 4) + 1}`,
        placeName: "Town Hall",
        themes: ["T4"],
        sequence: n % 2,
      };
    });
  });
  for (let offset = 0; offset < sessionDocs.length; offset += 1000) {
    await AgendaSession.insertMany(sessionDocs.slice(offset, offset + 1000));
  }
}
