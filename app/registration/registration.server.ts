// Registering people for convenings with per-city places and a total capacity that never
// oversubscribe, a waitlist in arrival order, promotion when places free up, approval and
// attendance. Places are seats (models/place-seat.server.ts) claimed by unique-index inserts;
// what a request reads to decide comes from the convening's roster and seats read by _id
// (decision 020), so it costs the same however large the programme.
import { ATTENDANCE_STATUSES, type RegistrationStatus } from "~/domain/vocabulary/registrations";
import {
  listAllRosters,
  raiseSeatRange,
  readRoster,
  type Roster,
  type RosterEntry,
} from "~models/convening-roster.server";
import {
  cityPool,
  claimSeat,
  countSeatsByPool,
  countSeatsIn,
  readSeatsOf,
  rekeyOldSeats,
  releaseSeat,
  releaseSeats,
  releaseStraySeats,
  TOTAL_POOL,
  type SeatPool,
} from "~models/place-seat.server";
import { getCityById } from "~models/city.server";
import { createPerson, findPersonIdByEmail, getActivePerson, getPeopleByIds, getPerson } from "~models/person.server";
import {
  createRegistration,
  findRegistrationOf,
  getRegistration,
  listConveningIdsWithWaitlist,
  listRegistrationsForConvening,
  moveRegistrationStatus,
  newQueueKey,
  purgeRegistrationNeeds,
  repairRosters,
} from "~models/registration.server";
import type { FieldErrors } from "~/forms/schema-form";
import type { MessageKey, MessageValues } from "~/i18n/messages";
import { registrationStatusText } from "./words";
import type { WaitlistReason } from "./format";
import type { RegistrationForm } from "./registration-form";
import { createLimiter } from "./concurrency";
import { canManageRegistration, canRegisterPeople } from "./policy";
import { getRegistrationConvening, type RegistrationConvening } from "~models/convening.server";
import { CALENDAR_ENTRY_STATUSES, sendRegistrationEmail, type PromotionCause } from "./notifications.server";
import type { Language } from "~/domain/languages";
import { languageOfWords } from "~/mail/recipient-language";
import {
  ACTIVE_STATUSES,
  attendanceNotYetOpen,
  PLACE_HOLDING_STATUSES,
  placesForCity,
  registrationActorRefusal,
  registrationWindowRefusal,
  type RefusalWords,
  type Actor,
  type RegistrationSettings,
} from "./rules";
import { isDuplicateKeyError } from "~models/duplicate-key.server";
import { recordRegistrationEnding } from "~models/registration-ending.server";

export type RegisterResult =
  | {
      ok: true;
      registrationId: string;
      status: RegistrationStatus;
      personName: string;
      waitlistReason: WaitlistReason | null;
      /** "Someone new" named the email of a person already known: they were registered. */
      isMatchedByEmail: boolean;
    }
  | { ok: false; status: 400; errors: FieldErrors }
  | { ok: false; status: 403 | 409; message: string };

// "placed" only for the call that took the total seat: with concurrent promotions of the same
// person exactly one caller owns the promotion (and sends the email); others see "already-placed".
type Placement = "placed" | "already-placed" | "city-full" | "total-full";

/** The pools a registration of this city takes a seat in, its city's (if any) first, then the total. */
function poolsFor(convening: RegistrationConvening, cityId: string | null, roster: Roster): SeatPool[] {
  const pool = (name: string, limit: number | null) => ({ pool: name, limit, range: roster.seatRanges.get(name) ?? 0 });
  return [
    ...(cityId ? [pool(cityPool(cityId), placesForCity(convening.registration, cityId))] : []),
    pool(TOTAL_POOL, convening.registration.capacity),
  ];
}

/** Claims the city's seat, then the total seat; gives the city seat back if the total is full. */
async function claimPlace(
  convening: RegistrationConvening,
  registration: { id: string; cityId: string | null },
  roster: Roster,
): Promise<Placement> {
  const pools = poolsFor(convening, registration.cityId, roster);
  // Seats are numbered below the range recorded first, so readers under a lowered limit see them all.
  for (const pool of pools)
    if (pool.limit !== null && pool.limit > pool.range) {
      await raiseSeatRange(convening.id, pool.pool, pool.limit);
      roster.seatRanges.set(pool.pool, pool.limit);
    }
  const total = pools[pools.length - 1];
  let city: Awaited<ReturnType<typeof claimSeat>> | null = null;
  if (pools.length === 2) {
    city = await claimSeat(convening.id, registration.id, pools[0]);
    if (city.claim === "full") return "city-full";
  }
  const totalClaim = await claimSeat(convening.id, registration.id, total);
  if (totalClaim.claim === "full") {
    if (city?.seatId) await releaseSeat(city.seatId);
    else if (city) await releaseSeats(registration.id, [pools[0].pool]);
    return "total-full";
  }
  return totalClaim.claim === "claimed" ? "placed" : "already-placed";
}

/** Claims a place for a registration as it stands now (an undo putting a place back): the seats decide. */
export async function claimPlaceNow(
  convening: RegistrationConvening,
  registration: { id: string; cityId: string | null },
): Promise<Placement> {
  return claimPlace(convening, registration, await readRoster(convening.id));
}

/** Places held per pool as the roster's statuses say: what a request checks before it claims (the seats decide). */
function heldByPool(roster: Roster): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (pool: string) => counts.set(pool, (counts.get(pool) ?? 0) + 1);
  for (const entry of roster.entries) {
    if (!(PLACE_HOLDING_STATUSES as readonly string[]).includes(entry.status)) continue;
    add(TOTAL_POOL);
    if (entry.cityId) add(cityPool(entry.cityId));
  }
  return counts;
}

function statusWithPlace(convening: RegistrationConvening): RegistrationStatus {
  return convening.registration.isApprovalRequired ? "pending" : "registered";
}

/** A message in the reader's words when the request brought them, else in English. */
function sayer(words: RefusalWords | undefined) {
  return (key: MessageKey, english: string, values?: MessageValues) => (words ? words.t(key, values) : english);
}

async function resolvePerson(
  actor: Actor,
  form: RegistrationForm,
  words?: RefusalWords,
): Promise<
  | {
      ok: true;
      personId: string;
      cityId: string | null;
      name: string;
      email: string;
      savedLanguage: Language | null;
      isMatchedByEmail?: boolean;
    }
  | Exclude<RegisterResult, { ok: true }>
> {
  const say = sayer(words);
  if (form.personId === "new") {
    // A manager places someone new straight into a city; a city rep's colleague is of their city.
    const cityId = actor.role === "manager" ? form.newCityId || null : actor.cityId;
    if (cityId && actor.role === "manager" && !(await getCityById(cityId)))
      return {
        ok: false,
        status: 400,
        errors: { newCityId: say("registration.form.chooseCity", "Choose a city from the list") },
      };
    const existingId = await findPersonIdByEmail(form.newEmail);
    if (existingId) {
      const existing = await getPerson(existingId);
      if (!existing)
        return {
          ok: false,
          status: 400,
          errors: { newEmail: say("registration.form.enterColleagueEmail", "Enter your colleague's email address") },
        };
      return {
        ok: true,
        personId: existing.id,
        cityId: existing.cityId,
        name: existing.name,
        email: existing.email,
        savedLanguage: existing.savedLanguage,
        isMatchedByEmail: true,
      };
    }
    try {
      const personId = await createPerson({
        name: form.newName,
        email: form.newEmail,
        role: "participant",
        cityId,
        programmeRole: actor.role === "manager" ? form.newProgrammeRole || null : null,
      });
      // No saved language: their emails follow the language of whoever registered them.
      return {
        ok: true,
        personId,
        cityId,
        name: form.newName,
        email: form.newEmail.toLowerCase(),
        savedLanguage: null,
      };
    } catch (error) {
      if (isDuplicateKeyError(error))
        return {
          ok: false,
          status: 400,
          errors: {
            newEmail: say(
              "registration.form.justAdded",
              "Someone with this email address was just added; choose them from the list",
            ),
          },
        };
      throw error;
    }
  }
  const person = await getActivePerson(form.personId); // null for a deleted person and a malformed id too
  if (!person)
    return {
      ok: false,
      status: 400,
      errors: { personId: say("registration.form.chooseFromList", "Choose someone from the list") },
    };
  return {
    ok: true,
    personId: person.id,
    cityId: person.cityId,
    name: person.name,
    email: person.email,
    savedLanguage: person.savedLanguage,
  };
}

/**
 * Registers a person: checks the window and who may register whom, refuses duplicates, then
 * gives a place if the city and the convening have one, else a waitlist spot.
 */
export async function registerForConvening(
  actor: Actor,
  convening: RegistrationConvening,
  form: RegistrationForm,
  now = new Date(),
  words?: RefusalWords,
): Promise<RegisterResult> {
  // Taken first, so the queue follows the order in which requests reached the server.
  const queueKey = newQueueKey();
  return limitRegistrations(() => register(actor, convening, form, now, queueKey, words));
}

// Measured with the bench (200 at once): 4 in flight beats 1, 2 and 8 on the embedded database.
export const REGISTRATION_CONCURRENCY = 4;
let limitRegistrations = createLimiter(REGISTRATION_CONCURRENCY);

/** Tests set a high limit so that only the database guards the places under concurrency. */
export function setRegistrationConcurrency(maxConcurrent: number) {
  limitRegistrations = createLimiter(maxConcurrent);
}

async function register(
  actor: Actor,
  convening: RegistrationConvening,
  form: RegistrationForm,
  now: Date,
  queueKey: string,
  words?: RefusalWords,
): Promise<RegisterResult> {
  const windowRefusal = registrationWindowRefusal(convening, now, words);
  if (windowRefusal) return { ok: false, ...windowRefusal };
  if (!canRegisterPeople(actor)) return { ok: false, ...registrationActorRefusal(actor, null)! };

  const person = await resolvePerson(actor, form, words);
  if (!person.ok) return person;
  const actorRefusal = registrationActorRefusal(actor, person.cityId);
  if (actorRefusal) return { ok: false, ...actorRefusal };

  const fields = {
    cityId: person.cityId,
    roleAtEvent: form.roleAtEvent,
    dietaryNeeds: form.dietaryNeeds,
    accessNeeds: form.accessNeeds,
    arrivalDate: form.arrivalDate || null,
    departureDate: form.departureDate || null,
    isContactShared: form.isContactShared,
    registeredById: actor.id,
    declineReason: "",
    queueKey,
  };
  const duplicate = (status: string) => ({
    ok: false as const,
    status: 400 as const,
    errors: {
      [form.personId === "new" ? "newEmail" : "personId"]: words
        ? words.t("registration.form.alreadyListed", {
            name: person.name,
            status: registrationStatusText(words.t, status).toLowerCase(),
          })
        : `${person.name} is already on the list for this convening (${status}).`,
    },
  });

  // Insert first: the unique (convening, person) index refuses a duplicate without a lookup.
  let registrationId = await createRegistration({
    conveningId: convening.id,
    personId: person.personId,
    status: "waitlisted",
    ...fields,
  });
  if (!registrationId) {
    const previous = await findRegistrationOf(convening.id, person.personId);
    if (!previous || (ACTIVE_STATUSES as readonly string[]).includes(previous.status))
      return duplicate(previous?.status ?? "just registered");
    // A cancelled or declined registration comes back at the back of the queue.
    if (!(await moveRegistrationStatus(previous.id, ["cancelled", "declined"], "waitlisted", fields)))
      return duplicate("already re-registered");
    registrationId = previous.id;
  }

  // When the city or the convening is full there is nothing to claim: straight to the waitlist.
  const roster = await readRoster(convening.id);
  const place = { id: registrationId, cityId: person.cityId };
  if (fullLimit(convening, person.cityId, heldByPool(roster)))
    return settle(convening, place, person, false, roster, words);

  // A newcomer must not take a place freed for someone already waiting: with a waitlist, places
  // are handed out in queue order (which still gives this person one if there is room for them).
  if (roster.entries.some((entry) => entry.status === "waitlisted" && entry.queueKey < queueKey)) {
    const promoted = await fillFreePlaces(convening, person.cityId, registrationId);
    return settle(convening, place, person, promoted.includes(registrationId), roster, words);
  }

  const placement = await claimPlace(convening, place, roster);
  const isPlacedHere =
    placement === "placed" &&
    (await moveRegistrationStatus(registrationId, ["waitlisted"], statusWithPlace(convening)));
  return settle(convening, place, person, isPlacedHere, roster, words);
}

/** The limit that leaves no room for the person, given the seats held: their city's or the total. */
function fullLimit(
  convening: RegistrationConvening,
  cityId: string | null,
  seatCounts: Map<string, number>,
): "city-full" | "total-full" | null {
  const cityLimit = placesForCity(convening.registration, cityId);
  if (cityId !== null && cityLimit !== null && (seatCounts.get(cityPool(cityId)) ?? 0) >= cityLimit) return "city-full";
  const { capacity } = convening.registration;
  if (capacity !== null && (seatCounts.get(TOTAL_POOL) ?? 0) >= capacity) return "total-full";
  return null;
}

/** Why a waitlisted person of this city has no place now: their city's places or the total are full, or others wait first. */
export async function waitlistReasonFor(
  convening: RegistrationConvening,
  cityId: string | null,
): Promise<WaitlistReason> {
  return fullLimit(convening, cityId, heldByPool(await readRoster(convening.id))) ?? "queue";
}

// Long enough for any pass to finish its few writes; seats still halfway then were left by a crash.
const SETTLE_WAIT_MS = 5_000;
const SETTLE_POLL_MS = 10;

/**
 * The registration's status and, if waitlisted, which limit is full. A promotion pass places
 * someone in visible steps: the city's seat, the total seat, then the status. Holding a seat
 * while waitlisted is a pass halfway, so the state is read again until it has finished (or given
 * the city seat back because the total was full). Before a pass's first seat nothing can change:
 * it could only take a seat this request's own claim found taken.
 */
async function readOutcome(
  convening: RegistrationConvening,
  place: { id: string; cityId: string | null },
  roster: Roster,
) {
  const deadline = Date.now() + SETTLE_WAIT_MS;
  for (;;) {
    const registration = await getRegistration(place.id);
    let status: RegistrationStatus = registration?.status ?? "waitlisted";
    if (status !== "waitlisted") return { status, waitlistReason: "queue" as WaitlistReason };
    // Waitlisted: the seats of its pools say whether a pass is halfway and which limit is full.
    const seats = await readSeatsOf(convening.id, place.id, poolsFor(convening, place.cityId, roster));
    const heldPools = seats.filter((pool) => pool.isHeldByRegistration).map((pool) => pool.pool);
    // A total seat held while still waitlisted: placed by a pass that moves the status next (or was cut off).
    if (heldPools.includes(TOTAL_POOL)) status = statusWithPlace(convening);
    const isHalfway = status === "waitlisted" && heldPools.length > 0;
    if (!isHalfway || Date.now() >= deadline) {
      const seatCounts = new Map(seats.map((pool) => [pool.pool, pool.held]));
      const waitlistReason: WaitlistReason = fullLimit(convening, place.cityId, seatCounts) ?? "queue";
      return { status, waitlistReason };
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
  }
}

/**
 * Answers with what really happened: concurrent promotion passes may have given this person a
 * place meanwhile, so the status is read again (readOutcome). `isPlacedHere` says this request moved
 * them to a place; otherwise whoever promoted them sends the email, and a waitlisted person is told so here.
 */
async function settle(
  convening: RegistrationConvening,
  place: { id: string; cityId: string | null },
  person: { name: string; email: string; savedLanguage: Language | null; isMatchedByEmail?: boolean },
  isPlacedHere: boolean,
  roster: Roster,
  words?: RefusalWords,
): Promise<RegisterResult> {
  const registrationId = place.id;
  const outcome = await readOutcome(convening, place, roster);
  const { status } = outcome;
  const recipient = { name: person.name, email: person.email, savedLanguage: person.savedLanguage };
  const email = { causerLanguage: languageOfWords(words) };
  const base = {
    ok: true as const,
    registrationId,
    personName: person.name,
    isMatchedByEmail: person.isMatchedByEmail ?? false,
  };
  if (status === "waitlisted") {
    await sendRegistrationEmail("waitlisted", recipient, convening, email);
    return { ...base, status, waitlistReason: outcome.waitlistReason };
  }
  if (isPlacedHere)
    await sendRegistrationEmail(status === "pending" ? "pending" : "confirmed", recipient, convening, email);
  return { ...base, status, waitlistReason: null };
}

/** Claims a place for one waitlisted candidate and moves their status; says how it went. */
async function promoteOne(
  convening: RegistrationConvening,
  candidate: RosterEntry,
  roster: Roster,
): Promise<"promoted" | "city-full" | "total-full" | "not-promoted"> {
  const placement = await claimPlace(convening, candidate, roster);
  if (placement === "total-full" || placement === "city-full") return placement;
  if (placement === "already-placed") return "not-promoted"; // another request is promoting them
  if (await moveRegistrationStatus(candidate.id, ["waitlisted"], statusWithPlace(convening))) return "promoted";
  // Cancelled (or placed by its own request) meanwhile: a cancelled one must not keep the seat.
  const now = await getRegistration(candidate.id);
  if (!now || !(PLACE_HOLDING_STATUSES as readonly string[]).includes(now.status)) await releaseSeats(candidate.id);
  return "not-promoted";
}

/**
 * Gives free places to the waitlist in arrival order, the given city's people first; each place
 * goes to exactly one person because a seat is a unique insert. Returns who was promoted
 * (`newcomerId` is a registration being made right now, which sends its own email); `cause` is
 * what freed the places, as the promotion email tells it.
 */
export async function fillFreePlaces(
  convening: RegistrationConvening,
  preferCityId: string | null = null,
  newcomerId: string | null = null,
  cause: PromotionCause = "place-free",
): Promise<string[]> {
  if (convening.status !== "published") return [];
  // Seats a crash left behind would keep places taken for good: give them back first.
  await releaseStraySeats({ conveningId: convening.id, placedBefore: strayCutoff(new Date()) });
  // The waitlist from the roster, then the seats of its pools (by _id, as many reads as places):
  // when everything is taken (the usual case with a long waitlist) there is nothing to hand out.
  // Seats, not statuses, count here: a seat held while waitlisted is a request halfway.
  const roster = await readRoster(convening.id);
  const waitlist = roster.entries.filter((entry) => entry.status === "waitlisted");
  if (waitlist.length === 0) return [];
  const pools = new Map<string, SeatPool>();
  for (const entry of waitlist)
    for (const pool of poolsFor(convening, entry.cityId, roster)) pools.set(pool.pool, pool);
  const seatCounts = await countSeatsIn(convening.id, [...pools.values()]);
  const hasRoom = (pool: string, limit: number | null) => limit === null || (seatCounts.get(pool) ?? 0) < limit;
  if (!hasRoom(TOTAL_POOL, convening.registration.capacity)) return [];
  const ordered = preferCityId
    ? [
        ...waitlist.filter((entry) => entry.cityId === preferCityId),
        ...waitlist.filter((entry) => entry.cityId !== preferCityId),
      ]
    : waitlist;
  const fullCities = new Set<string>();
  const promoted: RosterEntry[] = [];
  for (const candidate of ordered) {
    if (
      candidate.cityId &&
      (fullCities.has(candidate.cityId) ||
        !hasRoom(cityPool(candidate.cityId), placesForCity(convening.registration, candidate.cityId)))
    )
      continue;
    const placement = await promoteOne(convening, candidate, roster);
    if (placement === "total-full") break;
    if (placement === "city-full" && candidate.cityId) fullCities.add(candidate.cityId);
    if (placement === "promoted") promoted.push(candidate);
  }
  const people = await getPeopleByIds(promoted.map((entry) => entry.personId));
  for (const entry of promoted) {
    if (entry.id === newcomerId) continue; // the registering request tells them itself
    const person = people.get(entry.personId);
    if (person)
      await sendRegistrationEmail(
        convening.registration.isApprovalRequired ? "pending" : "promoted",
        person,
        convening,
        { promotionCause: cause },
      );
  }
  return promoted.map((entry) => entry.id);
}

// A request takes well under this between claiming a seat and moving the status; older seats
// without a place-holding registration were left by a request that was cut off.
const STRAY_SEAT_AGE_MS = 60_000;
const strayCutoff = (now: Date) => new Date(now.getTime() - STRAY_SEAT_AGE_MS);

/**
 * Repairs every convening's places (`npm run repair`, and at start): rewrites rosters and person
 * indexes that differ from the registrations, gives seats stored before seats had their place in
 * their _id that _id, releases stray seats, then gives the free places to the waitlists in
 * arrival order, emailing those promoted.
 */
export async function repairPlaces(now = new Date()): Promise<{ released: number; promoted: number }> {
  await repairRosters(); // first: promotion reads the waitlists from the rosters
  await rekeySeats();
  const released = await releaseStraySeats({ placedBefore: strayCutoff(now) });
  let promoted = 0;
  for (const conveningId of await listConveningIdsWithWaitlist()) {
    const convening = await getRegistrationConvening(conveningId);
    if (convening) promoted += (await fillFreePlaces(convening)).length;
  }
  return { released: [...released.values()].reduce((sum, count) => sum + count, 0), promoted };
}

/** Old seats get their "<convening>:<pool>:<seat>" _id; their numbers widen the rosters' seat ranges. */
async function rekeySeats() {
  const { lost, ranges } = await rekeyOldSeats();
  const rosters = await listAllRosters();
  for (const [conveningId, pools] of ranges)
    for (const [pool, range] of pools)
      if ((rosters.get(conveningId)?.seatRanges.get(pool) ?? 0) < range) await raiseSeatRange(conveningId, pool, range);
  // A seat whose number another request took while it moved: its holder claims another.
  for (const { conveningId, registrationId } of lost) {
    const [convening, registration] = await Promise.all([
      getRegistrationConvening(conveningId),
      getRegistration(registrationId),
    ]);
    if (convening && registration && (PLACE_HOLDING_STATUSES as readonly string[]).includes(registration.status))
      await claimPlace(convening, registration, await readRoster(conveningId));
  }
}

/**
 * Errors for new limits below the places people already hold: those people would keep their
 * places over the limit, and the page would say "3 of 2 places taken". Keys match the form.
 */
export async function limitsBelowHeldPlaces(
  conveningId: string,
  settings: RegistrationSettings,
  cityNames: ReadonlyMap<string, string>,
): Promise<FieldErrors> {
  const held = await countSeatsByPool(conveningId);
  const errors: FieldErrors = {};
  const total = held.get(TOTAL_POOL) ?? 0;
  if (settings.capacity !== null && settings.capacity < total) {
    errors.capacity = `${total} ${total === 1 ? "person already holds a place" : "people already hold places"}: choose ${total} or more, or cancel registrations first`;
  }
  for (const [cityId, name] of cityNames) {
    const count = held.get(cityPool(cityId)) ?? 0;
    const limit = placesForCity(settings, cityId);
    if (limit === null || limit >= count) continue;
    const key = settings.cityPlaces.some((entry) => entry.cityId === cityId) ? `cityPlaces.${cityId}` : "placesPerCity";
    errors[key] ??=
      `${name} already has ${count} ${count === 1 ? "person holding a place" : "people holding places"}: choose ${count} or more, or cancel registrations first`;
  }
  return errors;
}

/** After a convening's limits changed: its free places go to the waitlist. Returns how many moved. */
export async function fillFreePlacesAfterChange(
  conveningId: string,
  cause: PromotionCause = "place-free",
): Promise<number> {
  const convening = await getRegistrationConvening(conveningId);
  return convening ? (await fillFreePlaces(convening, null, null, cause)).length : 0;
}

/** What the manager is told about people moved from the waitlist ("" when nobody moved). */
export function promotedNote(count: number): string {
  if (count === 0) return "";
  return count === 1
    ? "1 person from the waitlist got a place and was emailed."
    : `${count} people from the waitlist got a place and were emailed.`;
}

export type ActionResult = { ok: true } | { ok: false; status: 403 | 404 | 409; message: string };

async function loadForChange(actor: Actor, convening: RegistrationConvening, registrationId: string) {
  const registration = await getRegistration(registrationId);
  if (!registration || registration.conveningId !== convening.id)
    return { ok: false as const, status: 404 as const, message: "There is no such registration for this convening." };
  if (!canManageRegistration(actor, registration))
    return { ok: false as const, status: 403 as const, message: "You can only change registrations of your own city." };
  return { ok: true as const, registration };
}

/** Cancels a registration; a freed place goes to the first on that city's waitlist. It can be undone for a while (undo.server.ts). */
export async function cancelRegistration(
  actor: Actor,
  convening: RegistrationConvening,
  registrationId: string,
  now = new Date(),
): Promise<{ ok: true; personName: string } | Exclude<ActionResult, { ok: true }>> {
  const loaded = await loadForChange(actor, convening, registrationId);
  if (!loaded.ok) return loaded;
  const { registration } = loaded;
  if (!(ACTIVE_STATUSES as readonly string[]).includes(registration.status)) {
    return { ok: false, status: 409, message: "This registration is not active any more." };
  }
  const moved = await moveRegistrationStatus(registration.id, ACTIVE_STATUSES, "cancelled");
  if (!moved) return { ok: false, status: 409, message: "This registration is not active any more." };
  await recordRegistrationEnding({
    registrationId: registration.id,
    conveningId: convening.id,
    statusBefore: registration.status,
    endedAs: "cancelled",
    endedById: actor.id,
    endedAt: now,
  });
  await releaseSeats(registration.id);
  // They are told, and a calendar their confirmation filled gets the entry removed.
  const person = await getActivePerson(registration.personId);
  if (person)
    await sendRegistrationEmail("cancelled", person, convening, {
      hadCalendarEntry: CALENDAR_ENTRY_STATUSES.includes(registration.status),
    });
  await fillFreePlaces(convening, registration.cityId, null, "cancellation");
  return { ok: true, personName: person?.name ?? "The person" };
}

export async function approveRegistration(
  convening: RegistrationConvening,
  registrationId: string,
): Promise<ActionResult> {
  const registration = await getRegistration(registrationId);
  if (!registration || registration.conveningId !== convening.id)
    return { ok: false, status: 404, message: "There is no such registration for this convening." };
  if (!(await moveRegistrationStatus(registration.id, ["pending"], "registered"))) {
    return { ok: false, status: 409, message: "Only registrations awaiting approval can be approved." };
  }
  const person = await getPerson(registration.personId);
  if (person) await sendRegistrationEmail("approved", person, convening);
  return { ok: true };
}

export async function declineRegistration(
  convening: RegistrationConvening,
  registrationId: string,
  reason: string,
  managerId: string,
): Promise<ActionResult> {
  const registration = await getRegistration(registrationId);
  if (!registration || registration.conveningId !== convening.id)
    return { ok: false, status: 404, message: "There is no such registration for this convening." };
  if (
    !(await moveRegistrationStatus(registration.id, ["pending", "waitlisted"], "declined", {
      declineReason: reason,
      decidedById: managerId,
    }))
  ) {
    return {
      ok: false,
      status: 409,
      message: "Only registrations awaiting approval or on the waitlist can be declined.",
    };
  }
  await recordRegistrationEnding({
    registrationId: registration.id,
    conveningId: convening.id,
    statusBefore: registration.status,
    endedAs: "declined",
    endedById: managerId,
    endedAt: new Date(),
  });
  await releaseSeats(registration.id);
  const person = await getPerson(registration.personId);
  if (person) await sendRegistrationEmail("declined", person, convening, { reason });
  if (registration.status === "pending") await fillFreePlaces(convening, registration.cityId);
  return { ok: true };
}

export async function markAttendance(
  convening: RegistrationConvening,
  registrationId: string,
  status: (typeof ATTENDANCE_STATUSES)[number],
  now = new Date(),
): Promise<ActionResult> {
  const notYet = attendanceNotYetOpen(convening, now);
  if (notYet) return { ok: false, status: 409, message: notYet };
  const registration = await getRegistration(registrationId);
  if (!registration || registration.conveningId !== convening.id)
    return { ok: false, status: 404, message: "There is no such registration for this convening." };
  if (
    !(await moveRegistrationStatus(registration.id, ATTENDANCE_STATUSES, status, { attendanceMarkedAt: new Date() }))
  ) {
    return { ok: false, status: 409, message: "Only people with a place can be marked as attended or absent." };
  }
  return { ok: true };
}

/** Clears dietary and access needs of every registration of a convening that has ended. */
export async function purgeNeeds(
  convening: RegistrationConvening,
  now = new Date(),
): Promise<{ ok: true; purged: number } | { ok: false; status: 409; message: string }> {
  if (new Date(convening.endsAt) > now)
    return { ok: false, status: 409, message: "Needs can be purged only after the convening has ended." };
  return { ok: true, purged: await purgeRegistrationNeeds(convening.id, now) };
}

/**
 * Gives seats to registrations that hold a place without one (written by the seed or before
 * places were tracked), so later requests count them. Idempotent.
 */
export async function backfillPlaceSeats(convening: RegistrationConvening) {
  const [holders, roster] = await Promise.all([
    listRegistrationsForConvening(convening.id, { statuses: PLACE_HOLDING_STATUSES }),
    readRoster(convening.id),
  ]);
  for (const holder of holders) await claimPlace(convening, holder, roster);
}
