// The demo's to-dos for the manager's queue, dated from the day the demo is seeded: a meeting that
// ended three days ago with no feedback sent, a partners' meeting in under three weeks with a
// registration awaiting approval, a waitlist beside a free place and a city that has registered
// nobody, and an email that could not be delivered. Pure: seed-demo-queue.server.ts writes it.
import { DateTime } from "luxon";
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";

export const DEMO_QUEUE_ZONE = "Europe/London";

/** Ended three days before the seed: its feedback has not gone out. */
export const DEMO_ENDED_MEETING = {
  seedKey: "demo-queue-ended-online",
  title: "City Working Group online catch-up",
  summary: "An hour and a half online on what each city changed since the last meeting.",
  endedDaysAgo: 3,
  /** The demo reps registered for it. */
  repCitySlugs: ["bristol", "cardiff", "liverpool", "sheffield"],
} as const;

/** Starts 20 days after the seed: inside the queue's four weeks, so cities with nobody show. */
export const DEMO_PARTNERS_MEETING = {
  seedKey: "demo-queue-partners-newport",
  title: "Learning partners' meeting: Newport",
  summary: "A day for the Bristol, Cardiff and Newport teams on welcome services, hosted by Newport.",
  // A Welsh host city's meeting, written in both languages (its share link shows both).
  titleCy: "Cyfarfod y partneriaid dysgu: Casnewydd",
  summaryCy: "Diwrnod i dimau Bryste, Caerdydd a Chasnewydd ar wasanaethau croeso, gyda Chasnewydd yn croesawu.",
  aims: ["Compare the three cities' welcome services", "Agree one joint action for the spring"],
  aimsCy: ["Cymharu gwasanaethau croeso'r tair dinas", "Cytuno ar un cam gweithredu ar y cyd ar gyfer y gwanwyn"],
  startsInDays: 20,
  /** Places only for the three cities of the meeting: every other city has none. */
  placesByCity: { bristol: 2, cardiff: 2, newport: 2 } as Record<string, number>,
  capacity: 6,
} as const;

export type DemoQueuePerson = {
  name: string;
  email: string;
  citySlug: string;
  organisation: string;
  jobTitle: string;
  status: RegistrationStatus;
};

/** Registered beside the Bristol and Cardiff reps: one awaiting approval, one waiting while a place is free. */
export const DEMO_PARTNERS_PEOPLE: DemoQueuePerson[] = [
  {
    name: "Ffion Morgan",
    email: "ffion.morgan@example.org",
    citySlug: "cardiff",
    organisation: "Cardiff Council",
    jobTitle: "Refugee resettlement coordinator",
    status: "pending",
  },
  {
    name: "Kwame Asante",
    email: "kwame.asante@example.org",
    citySlug: "bristol",
    organisation: "Bristol City Council",
    jobTitle: "Welcome services officer",
    status: "waitlisted",
  },
];

/** The reps registered for the partners' meeting (Newport's has not registered anyone). */
export const DEMO_PARTNERS_REP_CITY_SLUGS = ["bristol", "cardiff"];

/** An email the transport refused: a mistyped address. */
export const DEMO_UNDELIVERED_MAIL = {
  idempotencyKey: "demo-queue-undelivered-1",
  to: "rep.newport@exmaple.org",
  subject: `Places for you: ${DEMO_PARTNERS_MEETING.title}`,
  text: "Newport has two places at the learning partners' meeting. Register your team on the meeting's page.",
  error: "550 5.1.2 <rep.newport@exmaple.org>: Recipient address rejected: domain exmaple.org does not exist",
} as const;

/** The seed's calendar day in London, so a run twice on one day writes the same dates. */
export function demoQueueToday(now: Date): DateTime {
  return DateTime.fromJSDate(now, { zone: DEMO_QUEUE_ZONE }).startOf("day");
}

/** A local day plus a time of day, as an instant. */
export function demoQueueInstant(day: DateTime, hour: number, minute = 0): Date {
  return day.set({ hour, minute }).toJSDate();
}
