// What action pages need to know about convenings, sessions and people, in batched queries:
// the names and dates around an action (the brief and contact views), never whole documents.
import {
  findConveningView,
  findConveningViews,
  listConveningBriefs,
  type ConveningBrief,
  type ConveningView,
} from "~models/convening.server";
import { cachedByChangeToken, CHANGE_TOKENS } from "~models/change-token.server";
import { listLiveSessionBriefs, listSessionBriefs, type SessionBrief } from "~models/agenda-session.server";
import { isValidId, validIds } from "~models/ids.server";
import { findPersonViews, findPersonViewsByIds, type PersonView } from "~models/person.server";
import { getCityPeople } from "~models/city-people.server";

export type ConveningForActions = ConveningBrief;
export type PhasedConvening = ConveningView<"phased">;
export type SessionForActions = SessionBrief;
export type PersonForActions = PersonView<"contact">;

/** A convening actions are attached to, whatever its status (callers apply the convenings policy). */
export function getConveningForActions(id: string): Promise<ConveningForActions | null> {
  return findConveningView(id, "brief");
}

export function getConveningsByIds(ids: string[]): Promise<ConveningForActions[]> {
  return listConveningBriefs(ids);
}

// Plans ask on every read which convening was held last; the answer changes only with a
// convening (or the clock), so the held convenings' briefs are kept until a convening changes.
const heldConvenings = cachedByChangeToken<PhasedConvening[]>(CHANGE_TOKENS.convenings);

/** Every published or completed convening (drafts and cancelled ones aside), kept until one changes. */
export function listPublishedConvenings(): Promise<PhasedConvening[]> {
  return heldConvenings("held", () => findConveningViews({ status: { $in: ["published", "completed"] } }, "phased"));
}

/**
 * The most recent convening that had ended by `now`, drafts and cancelled ones aside: one still
 * under way is not yet "the last convening" a plan counts its changes from.
 */
export async function getLastConveningEndedBy(now: Date): Promise<ConveningForActions | null> {
  const held = await listPublishedConvenings();
  let last: ConveningBrief | null = null;
  for (const convening of held)
    if (convening.endsAt <= now && (!last || convening.endsAt > last.endsAt)) last = convening;
  return last;
}

/** The sessions of a convening an action can name: those still taking place, in time order. */
export function listSessionsForConvening(conveningId: string): Promise<SessionForActions[]> {
  return listLiveSessionBriefs(conveningId);
}

export function getSessionsByIds(ids: string[]): Promise<SessionForActions[]> {
  return listSessionBriefs(ids);
}

export async function getPersonForActions(id: string): Promise<PersonForActions | null> {
  if (!isValidId(id)) return null;
  // A deleted person owns nothing new: they are not offered, and not taken from a crafted form.
  const [person] = await findPersonViewsByIds([id], "contact", { activeOnly: true });
  return person ?? null;
}

export async function getPeopleByIds(ids: Array<string | null>): Promise<PersonForActions[]> {
  return findPersonViewsByIds(ids, "contact");
}

/** People who can own an action: everyone for a manager, the rep's own city for a rep; never deleted people. */
export function listPossibleOwners(cityId?: string | null): Promise<PersonForActions[]> {
  return findPersonViews(cityId ? { cityId, anonymisedAt: null } : { anonymisedAt: null }, "contact", { name: 1 });
}

/** Operational leads and city reps of the cities given: who hears about a city's plan. */
export async function listCityContacts(cityIds: string[]): Promise<PersonForActions[]> {
  const valid = validIds(cityIds);
  if (valid.length === 0) return [];
  return findPersonViews(
    { cityId: { $in: valid }, $or: [{ programmeRole: "operational-lead" }, { role: "city-rep" }] },
    "contact",
    { name: 1 },
  );
}

export type OwnerOption = { id: string; name: string; cityId: string | null };

/**
 * Whom an action form offers as owner: the people of one city from the city's index (one read
 * by _id), or everyone when no city is given (a manager's form); never deleted people.
 */
export async function listOwnerOptions(cityId?: string | null): Promise<OwnerOption[]> {
  if (cityId) return (await getCityPeople(cityId)).map((person) => ({ id: person.id, name: person.name, cityId }));
  return (await listPossibleOwners(null)).map((owner) => ({ id: owner.id, name: owner.name, cityId: owner.cityId }));
}
