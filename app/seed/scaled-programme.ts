// The demo at N times its size (`npm run seed -- --demo --scale N`): plain data, made from a
// seeded random generator so every run makes the same programme. Copy k (1..N−1) adds 22
// convenings with 40 sessions each, 144 people, 1,111 registrations and 555 follow-up actions; at
// 10× that is about 200 convenings, 8,000 sessions, 10,000 registrations and 5,000 actions. A
// copy depends only on its number, so a larger scale adds copies and keeps the earlier ones.
import { DateTime } from "luxon";
import { THEME_CODES, PRINCIPLE_CODES, THEME_TITLES, PRINCIPLE_TITLES } from "~/domain/vocabulary/framework";
import type { ConveningFormat, ConveningKind, ConveningStatus } from "~/domain/vocabulary/convenings";
import type { SessionKind } from "~/domain/vocabulary/sessions";
import { DEMO_ACTIONS, DEMO_CONVENINGS, DEMO_REGISTERED_CITY_SLUGS, DEMO_SESSIONS } from "./demo-data";
import { DEMO_EXCHANGE_DELEGATES, DEMO_EXCHANGE_SESSIONS } from "./demo-exchange-data";
import { DEMO_ENDED_MEETING, DEMO_PARTNERS_PEOPLE, DEMO_PARTNERS_REP_CITY_SLUGS } from "./demo-queue-data";
import { CITIES, CONVENINGS_ON_RECORD, type PlaceSeed } from "./programme-data";
import { scaledActions, type ScaledAction } from "./scaled-actions";
import { scaledPeople, scaledRegistrations, type ScaledPerson, type ScaledRegistration } from "./scaled-registrations";
import { seededRandom, type SeededRandom } from "./seeded-random";
import {
  CITY_VENUES,
  CONVENING_AIMS,
  DAY_SLOTS,
  EXCHANGE_DESTINATIONS,
  ONLINE_TOPICS,
  personName,
  TRACK_ROOMS,
} from "./scaled-vocabulary";

export const MAX_SCALE = 20;
/** Every seed key and email of the scaled programme starts with this. */
export const SCALED_PREFIX = "scaled-";

export type ScaledConvening = {
  seedKey: string;
  kind: ConveningKind;
  title: string;
  summary: string;
  hostCitySlug: string | null;
  places: PlaceSeed[];
  format: ConveningFormat;
  onlineUrl: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  aims: string[];
  themes: string[];
  status: ConveningStatus;
  cancelReason: string;
  cancelledAt: Date | null;
  placesPerCity: number | null;
  capacity: number | null;
  isApprovalRequired: boolean;
};

export type ScaledSession = {
  seedKey: string;
  conveningSeedKey: string;
  title: string;
  description: string;
  kind: SessionKind;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  room: string;
  placeName: string;
  track: string;
  themes: string[];
  speakers: Array<{ name: string; role: "facilitator" | "speaker" }>;
};

export type { ScaledAction, ScaledPerson, ScaledRegistration };

export type ScaledProgramme = {
  people: ScaledPerson[];
  convenings: ScaledConvening[];
  sessions: ScaledSession[];
  actions: ScaledAction[];
  registrations: ScaledRegistration[];
};

type Shape = {
  kind: ConveningKind;
  days: number;
  tracks: number;
  placesPerCity: number | null;
  capacity: number | null;
};
const SHAPES: Record<ConveningKind, Shape> = {
  "working-group-meeting": { kind: "working-group-meeting", days: 2, tracks: 2, placesPerCity: 4, capacity: 40 },
  "learning-exchange": { kind: "learning-exchange", days: 4, tracks: 1, placesPerCity: 2, capacity: 20 },
  workshop: { kind: "workshop", days: 1, tracks: 4, placesPerCity: 5, capacity: 50 },
  "online-meeting": { kind: "online-meeting", days: 4, tracks: 1, placesPerCity: null, capacity: null },
};

/** One copy's convenings: kinds and statuses (mostly published, some completed, cancelled, draft). */
const COPY_PLAN: Array<[ConveningKind, ConveningStatus, number]> = [
  ["working-group-meeting", "completed", 3],
  ["working-group-meeting", "published", 5],
  ["working-group-meeting", "cancelled", 1],
  ["working-group-meeting", "draft", 1],
  ["learning-exchange", "completed", 1],
  ["learning-exchange", "published", 2],
  ["workshop", "completed", 1],
  ["workshop", "published", 3],
  ["workshop", "cancelled", 1],
  ["online-meeting", "completed", 1],
  ["online-meeting", "published", 2],
  ["online-meeting", "draft", 1],
];

const CANCEL_REASONS = [
  "Postponed: the host city's council elections fall in the same week.",
  "Cancelled because of a rail strike; the sessions move to the next meeting.",
];

function season(day: DateTime): string {
  const name = ["winter", "spring", "summer", "autumn"][Math.floor((day.month % 12) / 3)];
  return `${name} ${day.year}`;
}

/** First day of a convening of this status, relative to the day the seed runs. */
function firstDayFor(status: ConveningStatus, today: DateTime, random: SeededRandom): DateTime {
  if (status === "completed") return today.minus({ days: random.int(30, 1400) });
  if (status === "cancelled") return today.plus({ days: random.int(10, 300) });
  if (status === "draft") return today.plus({ days: random.int(300, 1200) });
  return today.plus({ days: random.int(20, 900) });
}

function makeConvening(
  copy: number,
  index: number,
  kind: ConveningKind,
  status: ConveningStatus,
  today: DateTime,
  random: SeededRandom,
): ScaledConvening {
  const shape = SHAPES[kind];
  const seedKey = `${SCALED_PREFIX}${copy}-c${String(index).padStart(2, "0")}`;
  const host = kind === "learning-exchange" || kind === "online-meeting" ? null : random.pick(CITIES);
  const destination = random.pick(EXCHANGE_DESTINATIONS);
  const places: PlaceSeed[] =
    kind === "learning-exchange"
      ? destination.places
      : kind === "online-meeting"
        ? [{ name: "Online", address: "", region: "", country: "", timeZone: "Europe/London" }]
        : [{ ...CITY_VENUES[host!.slug], address: "", country: "United Kingdom", timeZone: "Europe/London" }];
  const timeZone = places[0].timeZone;
  const firstDay = firstDayFor(status, today, random).setZone(timeZone, { keepLocalTime: true }).startOf("day");
  const themes = random.sample(THEME_CODES, random.int(1, 3)).sort();
  const title = {
    "working-group-meeting": `City Working Group meeting: ${host?.name} (${season(firstDay)})`,
    "learning-exchange": `${destination.title} (${season(firstDay)})`,
    workshop: `Workshop: ${THEME_TITLES[themes[0] as keyof typeof THEME_TITLES]} (${host?.name})`,
    "online-meeting": `Online meeting: ${random.pick(ONLINE_TOPICS)}`,
  }[kind];
  const format: ConveningFormat =
    kind === "online-meeting"
      ? "online"
      : kind === "learning-exchange"
        ? "in-person"
        : random.pick(["in-person", "hybrid"]);
  const summary = host
    ? `Hosted by ${host.name}: ${shape.days === 1 ? "a day" : `${shape.days} days`} of peer learning between the cities, with site visits and time to work on action plans.`
    : kind === "online-meeting"
      ? "Short online sessions over four days, so every city can join from its own office."
      : `A study visit to ${places.map((place) => place.name).join(" and ")}, matched to the cities' areas of interest.`;
  return {
    seedKey,
    kind,
    title,
    summary,
    hostCitySlug: host?.slug ?? null,
    places,
    format,
    onlineUrl: format === "in-person" ? "" : `https://meet.example.org/${seedKey}`,
    timeZone,
    startsAt: firstDay.set({ hour: 9 }).toJSDate(),
    endsAt: firstDay
      .plus({ days: shape.days - 1 })
      .set({ hour: 17 })
      .toJSDate(),
    aims: random.sample(CONVENING_AIMS, random.int(2, 3)),
    themes,
    status,
    cancelReason: status === "cancelled" ? random.pick(CANCEL_REASONS) : "",
    cancelledAt:
      status === "cancelled"
        ? today
            .minus({ days: random.int(1, 90) })
            .set({ hour: 10 })
            .toJSDate()
        : null,
    placesPerCity: shape.placesPerCity,
    capacity: shape.capacity,
    isApprovalRequired: kind === "learning-exchange",
  };
}

const SLOT_MINUTES = 45;

/** Days × tracks × the ten slots of a day: 40 sessions for every kind of convening. */
function makeSessions(convening: ScaledConvening, random: SeededRandom): ScaledSession[] {
  const shape = SHAPES[convening.kind];
  const firstDay = DateTime.fromJSDate(convening.startsAt, { zone: convening.timeZone }).startOf("day");
  const isOnline = convening.kind === "online-meeting";
  const sessions: ScaledSession[] = [];
  for (let day = 0; day < shape.days; day += 1) {
    const place = convening.places[day % convening.places.length];
    // 09:00 at the place; slots follow in minutes (no clock change falls within a working day).
    const dayStart = firstDay.plus({ days: day }).set({ hour: 9, minute: 0 }).toMillis();
    for (let track = 0; track < shape.tracks; track += 1) {
      DAY_SLOTS.forEach((slot, index) => {
        const theme = random.pick(THEME_CODES);
        const principle = random.pick(PRINCIPLE_CODES);
        const isTravel = convening.kind === "learning-exchange" && day > 0 && index === 0;
        const isBreakout = isOnline && slot.kind === "site-visit";
        const startsAt = dayStart + index * SLOT_MINUTES * 60_000;
        const title = isTravel ? `Travel to ${place.name}` : isBreakout ? "Breakout rooms: {theme}" : slot.title;
        sessions.push({
          seedKey: `${convening.seedKey}-s${String(sessions.length).padStart(2, "0")}`,
          conveningSeedKey: convening.seedKey,
          title: title.replace("{theme}", THEME_TITLES[theme]).replace("{principle}", PRINCIPLE_TITLES[principle]),
          description: isTravel ? "By coach, with time to compare notes." : slot.description,
          kind: isTravel ? "travel" : isBreakout ? "workshop" : slot.kind,
          startsAt: new Date(startsAt),
          endsAt: new Date(startsAt + SLOT_MINUTES * 60_000),
          timeZone: convening.timeZone,
          room: isOnline ? "" : shape.tracks > 1 ? TRACK_ROOMS[track] : TRACK_ROOMS[0],
          placeName: place.name,
          track: shape.tracks > 1 ? `Track ${"ABCD"[track]}` : "",
          themes: slot.kind === "meal" || slot.kind === "break" ? [] : [theme],
          speakers:
            slot.kind === "workshop" || slot.kind === "panel"
              ? [{ name: personName(random), role: "facilitator" }]
              : [],
        });
      });
    }
  }
  return sessions;
}

function scaledCopy(copy: number, today: DateTime): ScaledProgramme {
  const random = seededRandom(0x5eed_0000 + copy);
  const convenings: ScaledConvening[] = [];
  for (const [kind, status, count] of COPY_PLAN) {
    for (let n = 0; n < count; n += 1)
      convenings.push(makeConvening(copy, convenings.length, kind, status, today, random));
  }
  const sessions = convenings.flatMap((convening) => makeSessions(convening, random));
  const people = scaledPeople(copy, random);
  const registrations = scaledRegistrations(convenings, people, today, random);
  const actions = scaledActions(copy, convenings, people, today, random);
  return { people, convenings, sessions, actions, registrations };
}

/** The scaled programme added to the demo at `scale` (1: nothing), with dates around `today` (YYYY-MM-DD). */
export function scaledProgramme(scale: number, today: string): ScaledProgramme {
  const day = DateTime.fromISO(today, { zone: "Europe/London" }).startOf("day");
  const programme: ScaledProgramme = { people: [], convenings: [], sessions: [], actions: [], registrations: [] };
  for (let copy = 1; copy < scale; copy += 1) {
    const part = scaledCopy(copy, day);
    for (const key of Object.keys(programme) as Array<keyof ScaledProgramme>)
      (programme[key] as unknown[]).push(...part[key]);
  }
  return programme;
}

export type ProgrammeSize = Record<"people" | "convenings" | "sessions" | "actions" | "registrations", number>;

/** What the demo holds as seeded: the manager and a rep per city, and the rest of its data. */
// What the demo's learning loop adds (app/seed/seed-demo-feedback.server.ts and
// seed-demo-notes.server.ts; the seed tests hold them to these): the delegates who answered
// feedback, and the round-table session and the action its notes give two past meetings.
const DEMO_FEEDBACK_PEOPLE = 14;
const DEMO_NOTES_SESSIONS = 2;
const DEMO_NOTES_ACTIONS = 1;

export const DEMO_SIZE: ProgrammeSize = {
  people: 1 + CITIES.length + DEMO_EXCHANGE_DELEGATES.length + DEMO_FEEDBACK_PEOPLE + DEMO_PARTNERS_PEOPLE.length,
  // The exchange, and the queue's ended meeting and partners' meeting.
  convenings: CONVENINGS_ON_RECORD.length + DEMO_CONVENINGS.length + 1 + 2,
  sessions: DEMO_SESSIONS.length + DEMO_EXCHANGE_SESSIONS.length + DEMO_NOTES_SESSIONS,
  actions: DEMO_ACTIONS.length + DEMO_NOTES_ACTIONS,
  registrations:
    DEMO_REGISTERED_CITY_SLUGS.length +
    DEMO_EXCHANGE_DELEGATES.length +
    DEMO_ENDED_MEETING.repCitySlugs.length +
    DEMO_PARTNERS_REP_CITY_SLUGS.length +
    DEMO_PARTNERS_PEOPLE.length,
};

/** How much the demo at this scale holds: the demo's own data plus the scaled programme. */
export function programmeSize(scale: number, today: string): ProgrammeSize {
  const programme = scaledProgramme(scale, today);
  return {
    people: DEMO_SIZE.people + programme.people.length,
    convenings: DEMO_SIZE.convenings + programme.convenings.length,
    sessions: DEMO_SIZE.sessions + programme.sessions.length,
    actions: DEMO_SIZE.actions + programme.actions.length,
    registrations: DEMO_SIZE.registrations + programme.registrations.length,
  };
}
