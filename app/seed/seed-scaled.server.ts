// Loads the scaled programme (app/seed/scaled-programme.ts) on top of the demo with bulk inserts,
// through model functions that keep the agenda copies and change tokens right. Only what is
// missing is written (people by email, the rest by seed key, registrations by convening and
// person), so a second run adds nothing. Seats go in with their registrations, numbered as the
// generator placed them.
import { DateTime } from "luxon";
import { insertSeedAgendas, insertSeedSessions, listSeedSessionKeys } from "~models/agenda-session.server";
import { listCities } from "~models/city.server";
import { insertSeedConvenings, listSeedConveningIds } from "~models/convening.server";
import { insertSeedActions, listSeedActionKeys } from "~models/follow-up-action.server";
import { findAccountByEmail, findPersonIdsByEmails, insertPeople } from "~models/person.server";
import { cityPool, insertSeats, TOTAL_POOL } from "~models/place-seat.server";
import { insertSeedRegistrations, listRegisteredPairs } from "~models/registration.server";
import { CITIES } from "./programme-data";
import { demoRepEmail } from "./demo-data";
import {
  SCALED_PREFIX,
  scaledProgramme,
  type ProgrammeSize,
  type ScaledProgramme,
  type ScaledRegistration,
  type ScaledSession,
} from "./scaled-programme";

/** Rows per insert: large enough to be fast, small enough for one request to the database. */
const BATCH = 1000;

/** Ids of what the programme refers to by natural key, filled in as the load goes. */
type Ids = {
  cities: Map<string, string>;
  people: Map<string, string>;
  convenings: Map<string, string>;
  manager: { id: string; name: string };
  reps: Map<string, string>;
};

async function inBatches<T>(items: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let offset = 0; offset < items.length; offset += BATCH) await write(items.slice(offset, offset + BATCH));
}

/** Batches of about BATCH sessions that never split a convening's agenda (its copy is written once). */
function wholeAgendaBatches(sessions: ScaledSession[]): ScaledSession[][] {
  const batches: ScaledSession[][] = [];
  let batch: ScaledSession[] = [];
  for (const [index, session] of sessions.entries()) {
    batch.push(session);
    const isAgendaEnd = sessions[index + 1]?.conveningSeedKey !== session.conveningSeedKey;
    if (isAgendaEnd && batch.length >= BATCH) {
      batches.push(batch);
      batch = [];
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function required<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`the scaled programme refers to ${key}, which is missing`);
  return value;
}

async function loadPeople(programme: ScaledProgramme, ids: Ids): Promise<number> {
  const missing = programme.people.filter((person) => !ids.people.has(person.email));
  await inBatches(missing, async (batch) => {
    const inserted = await insertPeople(
      batch.map(({ citySlug, ...person }) => ({
        ...person,
        role: "participant",
        cityId: required(ids.cities, citySlug),
      })),
    );
    for (const [email, id] of inserted) ids.people.set(email, id);
  });
  return missing.length;
}

async function loadConvenings(programme: ScaledProgramme, ids: Ids): Promise<number> {
  const missing = programme.convenings.filter((convening) => !ids.convenings.has(convening.seedKey));
  if (missing.length === 0) return 0;
  const inserted = await insertSeedConvenings(
    missing.map(({ hostCitySlug, ...convening }) => ({
      ...convening,
      phase: 2,
      hostCityId: hostCitySlug ? required(ids.cities, hostCitySlug) : null,
    })),
  );
  for (const [seedKey, id] of inserted) ids.convenings.set(seedKey, id);
  return missing.length;
}

/**
 * Whole agendas of convenings without sessions go in bulk with their copies; the rest of an
 * agenda that a run cut off halfway goes through the hook that rebuilds its copy from all of it.
 */
async function loadSessions(programme: ScaledProgramme, ids: Ids): Promise<number> {
  const present = await listSeedSessionKeys(SCALED_PREFIX);
  const started = new Set(
    programme.sessions.filter((session) => present.has(session.seedKey)).map((session) => session.conveningSeedKey),
  );
  const missing = programme.sessions.filter((session) => !present.has(session.seedKey));
  const toStore = (sessions: ScaledSession[]) =>
    sessions.map(({ conveningSeedKey, ...session }) => ({
      ...session,
      conveningId: required(ids.convenings, conveningSeedKey),
    }));
  for (const batch of wholeAgendaBatches(missing.filter((session) => !started.has(session.conveningSeedKey))))
    await insertSeedAgendas(toStore(batch));
  await insertSeedSessions(toStore(missing.filter((session) => started.has(session.conveningSeedKey))));
  return missing.length;
}

async function loadActions(programme: ScaledProgramme, ids: Ids): Promise<number> {
  const present = await listSeedActionKeys(SCALED_PREFIX);
  const missing = programme.actions.filter((action) => !present.has(action.seedKey));
  await inBatches(missing, (batch) =>
    insertSeedActions(
      batch.map(({ conveningSeedKey, citySlug, ownerEmail, ...action }) => ({
        ...action,
        conveningId: conveningSeedKey ? required(ids.convenings, conveningSeedKey) : null,
        sessionId: null,
        ownerCityId: required(ids.cities, citySlug),
        ownerPersonId: ownerEmail ? required(ids.people, ownerEmail) : null,
        resourcesNeeded: "",
        createdBy: ids.manager,
      })),
    ),
  );
  return missing.length;
}

/** The seats of newly inserted registrations: the city's pool and the total, as numbered. */
function seatsOf(registrations: ScaledRegistration[], registrationIds: string[], ids: Ids) {
  return registrations.flatMap((registration, index) => {
    if (!registration.seats) return [];
    const conveningId = required(ids.convenings, registration.conveningSeedKey);
    const registrationId = registrationIds[index];
    const unlimited = `r${registrationId}`;
    const cityId = required(ids.cities, registration.citySlug);
    return [
      { conveningId, registrationId, pool: cityPool(cityId), seat: registration.seats.city ?? unlimited },
      { conveningId, registrationId, pool: TOTAL_POOL, seat: registration.seats.total ?? unlimited },
    ];
  });
}

async function loadRegistrations(programme: ScaledProgramme, ids: Ids): Promise<number> {
  const present = await listRegisteredPairs([...ids.convenings.values()]);
  const pair = (registration: ScaledRegistration) =>
    `${required(ids.convenings, registration.conveningSeedKey)} ${required(ids.people, registration.personEmail)}`;
  const missing = programme.registrations.filter((registration) => !present.has(pair(registration)));
  await inBatches(missing, async (batch) => {
    const registrationIds = await insertSeedRegistrations(
      batch.map((registration) => ({
        conveningId: required(ids.convenings, registration.conveningSeedKey),
        personId: required(ids.people, registration.personEmail),
        cityId: required(ids.cities, registration.citySlug),
        status: registration.status,
        roleAtEvent: registration.roleAtEvent,
        queueKey: registration.queueKey,
        registeredById: ids.reps.get(demoRepEmail(registration.citySlug)) ?? ids.manager.id,
        createdAt: registration.registeredAt,
      })),
    );
    await insertSeats(seatsOf(batch, registrationIds, ids));
  });
  return missing.length;
}

/** Adds the scaled programme to a database that holds the demo; returns how many of each it wrote. */
export async function seedScaledProgramme(
  scale: number,
  today = DateTime.now().setZone("Europe/London").toISODate()!,
): Promise<ProgrammeSize> {
  const written: ProgrammeSize = { people: 0, convenings: 0, sessions: 0, actions: 0, registrations: 0 };
  if (scale <= 1) return written;
  const programme = scaledProgramme(scale, today);
  const manager = (await findAccountByEmail("manager@example.org"))?.person;
  if (!manager) throw new Error("the scaled programme is added to the demo: seed the demo first");
  const ids: Ids = {
    cities: new Map((await listCities()).map((city) => [city.slug, city.id])),
    people: await findPersonIdsByEmails(programme.people.map((person) => person.email)),
    convenings: await listSeedConveningIds(SCALED_PREFIX),
    manager: { id: manager.id, name: manager.name },
    reps: await findPersonIdsByEmails(CITIES.map((city) => demoRepEmail(city.slug))),
  };
  written.people = await loadPeople(programme, ids);
  written.convenings = await loadConvenings(programme, ids);
  written.sessions = await loadSessions(programme, ids);
  written.actions = await loadActions(programme, ids);
  written.registrations = await loadRegistrations(programme, ids);
  return written;
}
