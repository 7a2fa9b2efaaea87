// Loads the programme on record (and, with demo, accounts, an upcoming meeting with an agenda and
// an upcoming learning exchange with its travel and lodging).
// Every write is an upsert keyed by a natural key, so running it twice changes nothing.
import { DateTime } from "luxon";
import { FRAMEWORK } from "~/domain/vocabulary/framework";
import { CITIES, CONVENINGS_ON_RECORD, PHASES, type ConveningSeed } from "~/seed/programme-data";
import {
  DEMO_ACTIONS,
  DEMO_CONVENINGS,
  DEMO_LEARNING_PARTNERS,
  DEMO_REGISTERED_CITY_SLUGS,
  DEMO_SESSIONS,
  demoRepEmail,
} from "~/seed/demo-data";
import { upsertSeedSession } from "~models/agenda-session.server";
import { setLearningPartners, upsertCity } from "~models/city.server";
import { getRegistrationConvening, upsertSeedConvening } from "~models/convening.server";
import { upsertSeedAction } from "~models/follow-up-action.server";
import { upsertFrameworkItem } from "~models/framework.server";
import { findAccountByEmail, upsertPersonByEmail } from "~models/person.server";
import { upsertPhase } from "~models/phase.server";
import { upsertSeedRegistration } from "~models/registration.server";
import { hashPassword, verifyPassword } from "~/accounts/password.server";
import { backfillPlaceSeats } from "~/registration/registration.server";
import { seedDemoResources } from "~/seed/seed-demo-resources.server";
import { seedDemoExchange } from "~/seed/seed-demo-exchange.server";
import { seedDemoFeedback } from "~/seed/seed-demo-feedback.server";
import { seedDemoNotes } from "~/seed/seed-demo-notes.server";
import { seedDemoReport } from "~/seed/seed-demo-report.server";
import { seedDemoQueue } from "~/seed/seed-demo-queue.server";

export const DEFAULT_DEMO_PASSWORD = "inclusive-cities-demo";

function localInstant(day: string, hour: number, minute: number, zone: string): Date {
  return DateTime.fromISO(day, { zone }).set({ hour, minute }).toJSDate();
}

function upsertConvening(seed: ConveningSeed, cityIds: Map<string, string>): Promise<string> {
  return upsertSeedConvening(seed.seedKey, {
    kind: seed.kind,
    title: seed.title,
    summary: seed.summary,
    phase: seed.phase,
    hostCityId: seed.hostCitySlug ? (cityIds.get(seed.hostCitySlug) ?? null) : null,
    places: seed.places,
    format: seed.format,
    timeZone: seed.timeZone,
    startsAt: localInstant(seed.firstDay, 9, 0, seed.timeZone),
    endsAt: localInstant(seed.lastDay, 17, 0, seed.timeZone),
    aims: seed.aims,
    themes: seed.themes,
    status: seed.status,
    placesPerCity: seed.placesPerCity,
    capacity: seed.capacity,
  });
}

export async function seedProgramme(): Promise<{ cityIds: Map<string, string>; conveningIds: Map<string, string> }> {
  for (const phase of PHASES) await upsertPhase(phase);
  for (const item of FRAMEWORK) await upsertFrameworkItem(item);
  const cityIds = new Map<string, string>();
  for (const seed of CITIES) cityIds.set(seed.slug, await upsertCity(seed));
  const conveningIds = new Map<string, string>();
  for (const seed of CONVENINGS_ON_RECORD) conveningIds.set(seed.seedKey, await upsertConvening(seed, cityIds));
  return { cityIds, conveningIds };
}

/** Keeps an existing hash when it already matches, so a re-run leaves accounts untouched. */
async function demoPasswordHash(email: string, password: string): Promise<string> {
  const existing = await findAccountByEmail(email);
  if (existing?.passwordHash && (await verifyPassword(password, existing.passwordHash))) return existing.passwordHash;
  return hashPassword(password);
}

export async function seedDemo(password: string) {
  const { cityIds, conveningIds: recordIds } = await seedProgramme();
  for (const [founder, partner] of DEMO_LEARNING_PARTNERS) await setLearningPartners(founder, partner);
  await upsertPersonByEmail({
    name: "Programme Manager",
    email: "manager@example.org",
    role: "manager",
    organisation: "COMPAS, University of Oxford",
    jobTitle: "Programme manager",
    programmeRole: "programme-team",
    passwordHash: await demoPasswordHash("manager@example.org", password),
  });
  const repIds = new Map<string, string>();
  for (const seed of CITIES) {
    const email = demoRepEmail(seed.slug);
    repIds.set(
      seed.slug,
      await upsertPersonByEmail({
        name: `${seed.name} Representative`,
        email,
        role: "city-rep",
        cityId: cityIds.get(seed.slug),
        organisation: `${seed.name} council`,
        jobTitle: "Operational lead",
        programmeRole: "operational-lead",
        passwordHash: await demoPasswordHash(email, password),
      }),
    );
  }
  const conveningIds = new Map<string, string>();
  for (const seed of DEMO_CONVENINGS) conveningIds.set(seed.seedKey, await upsertConvening(seed, cityIds));
  for (const session of DEMO_SESSIONS) {
    const conveningId = conveningIds.get(session.conveningSeedKey)!;
    const convening = DEMO_CONVENINGS.find((seed) => seed.seedKey === session.conveningSeedKey)!;
    // Each write refreshes the convening's agenda copy (a hook on the session model).
    await upsertSeedSession(session.seedKey, {
      conveningId,
      title: session.title,
      description: session.description,
      kind: session.kind,
      startsAt: localInstant(session.day, ...session.start, convening.timeZone),
      endsAt: localInstant(session.day, ...session.end, convening.timeZone),
      timeZone: convening.timeZone,
      room: session.room,
      placeName: convening.places[0].name,
      themes: session.themes,
    });
  }
  await seedDemoActions(cityIds, recordIds, repIds);
  // Documents and links on past convenings and the upcoming meeting's workshop.
  const seedManagerId = (await findAccountByEmail("manager@example.org"))!.person.id;
  await seedDemoResources(new Map([...recordIds, ...conveningIds]), seedManagerId);
  // Feedback answers on two past convenings, one city on each too few to show.
  await seedDemoFeedback(recordIds, cityIds, repIds);
  const manager = (await findAccountByEmail("manager@example.org"))!.person;
  // Session notes on two past convenings, one point made an action.
  await seedDemoNotes(recordIds, cityIds, { id: manager.id, name: manager.name });
  await seedDemoExchange({ cityIds, managerId: manager.id });
  // Phase one's learning report, over the convenings, feedback and actions above.
  await seedDemoReport(recordIds, manager.id);
  const upcoming = conveningIds.get(DEMO_CONVENINGS[0].seedKey)!;
  for (const slug of DEMO_REGISTERED_CITY_SLUGS) {
    await upsertSeedRegistration({
      conveningId: upcoming,
      personId: repIds.get(slug)!,
      cityId: cityIds.get(slug)!,
      status: "registered",
      roleAtEvent: "Operational lead",
    });
  }
  // The demo registrations were written directly: give them their seats so places add up.
  const upcomingConvening = await getRegistrationConvening(upcoming);
  if (upcomingConvening) await backfillPlaceSeats(upcomingConvening);
  // The manager's queue shows real to-dos: feedback not sent, an approval, a waitlist beside a
  // free place, a city with nobody registered and an email that could not be delivered.
  await seedDemoQueue({ cityIds, repIds });
}

/** Demo actions are created once (keyed by seedKey) and then left to the people using the demo. */
async function seedDemoActions(
  cityIds: Map<string, string>,
  conveningIds: Map<string, string>,
  repIds: Map<string, string>,
) {
  const manager = (await findAccountByEmail("manager@example.org"))!.person;
  const today = DateTime.now().setZone("Europe/London").startOf("day");
  for (const seed of DEMO_ACTIONS) {
    await upsertSeedAction(seed.seedKey, {
      title: seed.title,
      description: "",
      conveningId: conveningIds.get(seed.conveningSeedKey) ?? null,
      sessionId: null,
      ownerCityId: cityIds.get(seed.citySlug)!,
      ownerPersonId: seed.hasOwner ? (repIds.get(seed.citySlug) ?? null) : null,
      dueOn: seed.dueInDays === null ? null : today.plus({ days: seed.dueInDays }).toISODate(),
      priority: seed.priority,
      principles: seed.principles,
      themes: seed.themes,
      resourcesNeeded: "",
      createdBy: { id: manager.id, name: manager.name },
    });
  }
}
