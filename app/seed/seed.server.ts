// Loads the programme on record (and, with demo, accounts and an upcoming meeting with an agenda).
// Every write is an upsert keyed by a natural key, so running it twice changes nothing.
import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import { FRAMEWORK } from "~/domain/vocabulary/framework";
import { CITIES, CONVENINGS_ON_RECORD, PHASES, type ConveningSeed } from "~/seed/programme-data";
import { DEMO_ACTIONS, DEMO_CONVENINGS, DEMO_LEARNING_PARTNERS, DEMO_SESSIONS, demoRepEmail } from "~/seed/demo-data";
import { AgendaSession, refreshAgendaCopy } from "~models/agenda-session.server";
import { City, upsertCity } from "~models/city.server";
import { Convening } from "~models/convening.server";
import { upsertSeedAction } from "~models/follow-up-action.server";
import { upsertFrameworkItem } from "~models/framework.server";
import { Person, upsertPersonByEmail } from "~models/person.server";
import { upsertPhase } from "~models/phase.server";
import { Registration } from "~models/registration.server";
import { hashPassword, verifyPassword } from "~/accounts/password.server";
import { getRegistrationConvening } from "~/registration/convening-access.server";
import { backfillPlaceSeats } from "~/registration/registration.server";

export const DEFAULT_DEMO_PASSWORD = "inclusive-cities-demo";

function localInstant(day: string, hour: number, minute: number, zone: string): Date {
  return DateTime.fromISO(day, { zone }).set({ hour, minute }).toJSDate();
}

async function upsertConvening(seed: ConveningSeed, cityIds: Map<string, string>): Promise<string> {
  const doc = await Convening.findOneAndUpdate(
    { seedKey: seed.seedKey },
    {
      $set: {
        kind: seed.kind,
        title: seed.title,
        summary: seed.summary,
        phase: seed.phase,
        hostCityId: seed.hostCitySlug ? cityIds.get(seed.hostCitySlug) : null,
        places: seed.places,
        format: seed.format,
        timeZone: seed.timeZone,
        startsAt: localInstant(seed.firstDay, 9, 0, seed.timeZone),
        endsAt: localInstant(seed.lastDay, 17, 0, seed.timeZone),
        aims: seed.aims,
        themes: seed.themes,
        status: seed.status,
        "registration.placesPerCity": seed.placesPerCity,
        "registration.capacity": seed.capacity,
      },
      $setOnInsert: { shareToken: randomBytes(24).toString("base64url") },
    },
    { upsert: true, new: true },
  )
    .lean();
  return String(doc!._id);
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
  const existing = await Person.findOne({ email }).select("passwordHash").lean<{ passwordHash: string | null }>();
  if (existing?.passwordHash && (await verifyPassword(password, existing.passwordHash))) return existing.passwordHash;
  return hashPassword(password);
}

export async function seedDemo(password: string) {
  const { cityIds, conveningIds: recordIds } = await seedProgramme();
  for (const [founder, partner] of DEMO_LEARNING_PARTNERS) {
    await City.updateOne({ slug: founder }, { $set: { learningPartnerSlug: partner } });
    await City.updateOne({ slug: partner }, { $set: { learningPartnerSlug: founder } });
  }
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
    await AgendaSession.updateOne(
      { seedKey: session.seedKey },
      {
        $set: {
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
        },
      },
      { upsert: true },
    );
  }
  // Agenda pages read a per-convening copy of the sessions; rebuild it after writing them directly.
  for (const conveningId of conveningIds.values()) await refreshAgendaCopy(conveningId);
  await seedDemoActions(cityIds, recordIds, repIds);
  const upcoming = conveningIds.get(DEMO_CONVENINGS[0].seedKey)!;
  for (const slug of ["bristol", "cardiff", "glasgow", "sheffield"]) {
    await Registration.updateOne(
      { conveningId: upcoming, personId: repIds.get(slug) },
      { $setOnInsert: { cityId: cityIds.get(slug), status: "registered", roleAtEvent: "Operational lead" } },
      { upsert: true },
    );
  }
  // The demo registrations were written directly: give them their seats so places add up.
  const upcomingConvening = await getRegistrationConvening(upcoming);
  if (upcomingConvening) await backfillPlaceSeats(upcomingConvening);
}

/** Demo actions are created once (keyed by seedKey) and then left to the people using the demo. */
async function seedDemoActions(cityIds: Map<string, string>, conveningIds: Map<string, string>, repIds: Map<string, string>) {
  const manager = await Person.findOne({ email: "manager@example.org" }).select("_id name").lean<{ _id: unknown; name: string }>();
  const today = DateTime.now().setZone("Europe/London").startOf("day");
  for (const seed of DEMO_ACTIONS) {
    await upsertSeedAction(seed.seedKey, {
      title: seed.title,
      description: "",
      conveningId: conveningIds.get(seed.conveningSeedKey) ?? null,
      sessionId: null,
      ownerCityId: cityIds.get(seed.citySlug)!,
      ownerPersonId: seed.hasOwner ? repIds.get(seed.citySlug) ?? null : null,
      dueOn: seed.dueInDays === null ? null : today.plus({ days: seed.dueInDays }).toISODate(),
      priority: seed.priority,
      principles: seed.principles,
      themes: seed.themes,
      resourcesNeeded: "",
      createdBy: { id: String(manager!._id), name: manager!.name },
    });
  }
}
