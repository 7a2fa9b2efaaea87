// What action pages need to know about convenings, sessions and people, in batched queries:
// the names and dates around an action, never whole documents.
import mongoose from "mongoose";
import { AgendaSession } from "./agenda-session.server";
import { Convening } from "./convening.server";
import { Person } from "./person.server";

export type ConveningForActions = { id: string; title: string; startsAt: Date; endsAt: Date; timeZone: string; status: string };
export type SessionForActions = { id: string; conveningId: string; title: string; startsAt: Date; timeZone: string };
export type PersonForActions = { id: string; name: string; email: string; cityId: string | null; role: string; programmeRole: string | null };

type RawConvening = { _id: unknown; title: string; startsAt: Date; endsAt: Date; timeZone: string; status: string };
const toConvening = (doc: RawConvening): ConveningForActions => ({
  id: String(doc._id),
  title: doc.title,
  startsAt: doc.startsAt,
  endsAt: doc.endsAt,
  timeZone: doc.timeZone,
  status: doc.status,
});

/** A convening actions can be attached to or read by; drafts exist for managers only. */
export async function getConveningForActions(id: string, viewer: { role: string }): Promise<ConveningForActions | null> {
  if (!mongoose.isValidObjectId(id)) return null;
  const doc = await Convening.findById(id).select("title startsAt endsAt timeZone status").lean<RawConvening>();
  if (!doc || (doc.status === "draft" && viewer.role !== "manager")) return null;
  return toConvening(doc);
}

export async function getConveningsByIds(ids: string[]): Promise<ConveningForActions[]> {
  const valid = [...new Set(ids)].filter((id) => mongoose.isValidObjectId(id));
  if (valid.length === 0) return [];
  const docs = await Convening.find({ _id: { $in: valid } }).select("title startsAt endsAt timeZone status").lean<RawConvening[]>();
  return docs.map(toConvening);
}

/** The most recent convening held (started) before `now`, drafts and cancelled ones aside. */
export async function getLastConveningBefore(now: Date): Promise<ConveningForActions | null> {
  const doc = await Convening.findOne({ startsAt: { $lte: now }, status: { $in: ["published", "completed"] } })
    .select("title startsAt endsAt timeZone status")
    .sort({ startsAt: -1 })
    .lean<RawConvening>();
  return doc ? toConvening(doc) : null;
}

type RawSession = { _id: unknown; conveningId: unknown; title: string; startsAt: Date; timeZone: string };
const toSession = (doc: RawSession): SessionForActions => ({
  id: String(doc._id),
  conveningId: String(doc.conveningId),
  title: doc.title,
  startsAt: doc.startsAt,
  timeZone: doc.timeZone,
});

export async function listSessionsForConvening(conveningId: string): Promise<SessionForActions[]> {
  if (!mongoose.isValidObjectId(conveningId)) return [];
  const docs = await AgendaSession.find({ conveningId, isCancelled: { $ne: true } })
    .select("conveningId title startsAt timeZone")
    .sort({ startsAt: 1 })
    .lean<RawSession[]>();
  return docs.map(toSession);
}

export async function getSessionsByIds(ids: string[]): Promise<SessionForActions[]> {
  const valid = [...new Set(ids)].filter((id) => mongoose.isValidObjectId(id));
  if (valid.length === 0) return [];
  const docs = await AgendaSession.find({ _id: { $in: valid } }).select("conveningId title startsAt timeZone").lean<RawSession[]>();
  return docs.map(toSession);
}

type RawPerson = { _id: unknown; name: string; email: string; cityId?: unknown; role: string; programmeRole?: string | null };
const toPerson = (doc: RawPerson): PersonForActions => ({
  id: String(doc._id),
  name: doc.name,
  email: doc.email,
  cityId: doc.cityId ? String(doc.cityId) : null,
  role: doc.role,
  programmeRole: doc.programmeRole ?? null,
});
const PERSON_FIELDS = "name email cityId role programmeRole";

export async function getPersonForActions(id: string): Promise<PersonForActions | null> {
  if (!mongoose.isValidObjectId(id)) return null;
  const doc = await Person.findById(id).select(PERSON_FIELDS).lean<RawPerson>();
  return doc ? toPerson(doc) : null;
}

export async function getPeopleByIds(ids: Array<string | null>): Promise<PersonForActions[]> {
  const valid = [...new Set(ids.filter((id): id is string => Boolean(id)))].filter((id) => mongoose.isValidObjectId(id));
  if (valid.length === 0) return [];
  const docs = await Person.find({ _id: { $in: valid } }).select(PERSON_FIELDS).lean<RawPerson[]>();
  return docs.map(toPerson);
}

/** People who can own an action: everyone for a manager, the rep's own city for a rep. */
export async function listPossibleOwners(cityId?: string | null): Promise<PersonForActions[]> {
  const filter = cityId ? { cityId } : {};
  const docs = await Person.find(filter).select(PERSON_FIELDS).sort({ name: 1 }).lean<RawPerson[]>();
  return docs.map(toPerson);
}

/** Operational leads and city reps of the cities given: who hears about a city's plan. */
export async function listCityContacts(cityIds: string[]): Promise<PersonForActions[]> {
  const valid = [...new Set(cityIds)].filter((id) => mongoose.isValidObjectId(id));
  if (valid.length === 0) return [];
  const docs = await Person.find({ cityId: { $in: valid }, $or: [{ programmeRole: "operational-lead" }, { role: "city-rep" }] })
    .select(PERSON_FIELDS)
    .sort({ name: 1 })
    .lean<RawPerson[]>();
  return docs.map(toPerson);
}
