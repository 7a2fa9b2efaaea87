// Read queries over convenings for lists; scoped so drafts reach managers only.
import mongoose from "mongoose";
import { listAgendaSessions, listSessionsForConvenings, type SessionRecord } from "./agenda-session.server";
import type { ConveningKind, ConveningStatus } from "~/domain/vocabulary/convenings";
import { Convening, findConvenings, getConvening, type ConveningRecord } from "./convening.server";

export type ConveningListItem = {
  id: string;
  title: string;
  kind: ConveningKind;
  status: ConveningStatus;
  format: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  hostCityId: string | null;
  placeNames: string[];
  phase: number;
  themes: string[];
};

export type ConveningFilters = {
  kind?: ConveningKind | null;
  phase?: 1 | 2 | null;
  hostCityId?: string | null;
  theme?: string | null;
  /** upcoming: not yet over; past: over. */
  when?: "upcoming" | "past" | null;
  now?: Date;
};

/** Convenings for lists, oldest first; drafts only when asked (managers), filtered in the query. */
export async function listConvenings(options: { includeDrafts: boolean } & ConveningFilters): Promise<ConveningListItem[]> {
  const filter: Record<string, unknown> = options.includeDrafts ? {} : { status: { $ne: "draft" } };
  if (options.kind) filter.kind = options.kind;
  if (options.phase) filter.phase = options.phase;
  if (options.hostCityId) {
    if (!mongoose.isValidObjectId(options.hostCityId)) return [];
    filter.hostCityId = options.hostCityId;
  }
  if (options.theme) filter.themes = options.theme;
  const now = options.now ?? new Date();
  if (options.when === "upcoming") filter.endsAt = { $gte: now };
  if (options.when === "past") filter.endsAt = { $lt: now };
  const docs = await Convening.find(filter)
    .select("title kind status format startsAt endsAt timeZone hostCityId places.name phase themes")
    .sort({ startsAt: 1 })
    .lean<
      Array<{
        _id: unknown;
        title: string;
        kind: ConveningKind;
        status: ConveningStatus;
        format: string;
        startsAt: Date;
        endsAt: Date;
        timeZone: string;
        hostCityId: unknown;
        places: Array<{ name: string }>;
        phase: number;
        themes: string[];
      }>
    >();
  return docs.map(({ _id, hostCityId, places, ...rest }) => ({
    ...rest,
    id: String(_id),
    hostCityId: hostCityId ? String(hostCityId) : null,
    placeNames: places.map((place) => place.name),
  }));
}

export type ConveningWithSessions = ConveningRecord & { sessions: SessionRecord[] };

/** Every non-draft convening (published, cancelled, completed) with all its sessions, for calendar feeds: two queries. */
export async function listPublishedConveningsWithSessions(): Promise<ConveningWithSessions[]> {
  return withSessions(await findConvenings({ status: { $ne: "draft" } }));
}

/** The given convenings (any status) with their sessions, in start order: two queries whatever the count. */
export async function listConveningsWithSessions(ids: string[]): Promise<ConveningWithSessions[]> {
  const valid = ids.filter((id) => mongoose.isValidObjectId(id));
  if (valid.length === 0) return [];
  return withSessions(await findConvenings({ _id: { $in: valid } }));
}

async function withSessions(convenings: ConveningRecord[]): Promise<ConveningWithSessions[]> {
  const sessions = await listSessionsForConvenings(convenings.map((convening) => convening.id));
  const byConvening = new Map<string, SessionRecord[]>();
  for (const session of sessions) byConvening.set(session.conveningId, [...(byConvening.get(session.conveningId) ?? []), session]);
  return convenings.map((convening) => ({ ...convening, sessions: byConvening.get(convening.id) ?? [] }));
}

/** One convening (any status: check `status` before showing a draft) with its sessions; null if unknown. */
export async function getConveningWithSessions(id: string): Promise<ConveningWithSessions | null> {
  const [convening, sessions] = await Promise.all([getConvening(id), listAgendaSessions(id)]);
  return convening ? { ...convening, sessions } : null;
}
