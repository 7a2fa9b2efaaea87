// Turns convenings, agenda sessions and follow-up actions (plain records) into calendar events,
// and decides which cancelled items are still listed. Pure: no database, no Remix.
import type { CalendarEventInput } from "~/domain/ical/build-calendar";
import { actionUid, conveningUid, sessionUid } from "~/domain/ical/calendar-uids";
import {
  conveningKindLabel,
  type ConveningFormat,
  type ConveningKind,
  type ConveningStatus,
} from "~/domain/vocabulary/convenings";
import { frameworkTitle } from "~/domain/vocabulary/framework";
import type { ActionStatus } from "~/domain/vocabulary/follow-ups";
import { sessionKindLabel, type SessionKind } from "~/domain/vocabulary/sessions";

/** Cancelled items stay (STATUS:CANCELLED) this long after cancellation so clients remove them. */
export const CANCELLED_RETENTION_DAYS = 30;
const RETENTION_MS = CANCELLED_RETENTION_DAYS * 86_400_000;

export type PlaceRecord = { name: string; address: string; region: string; country: string; timeZone: string };

export type ConveningRecord = {
  id: string;
  title: string;
  summary: string;
  kind: ConveningKind;
  status: ConveningStatus;
  format: ConveningFormat;
  /** Only loaded for the personal feed and for registered people's downloads. */
  onlineUrl?: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  places: PlaceRecord[];
  themes: string[];
  hostCityName: string | null;
  cancelledAt: Date | null;
  cancelReason: string;
  sequence: number;
  createdAt?: Date;
  updatedAt: Date;
};

export type SessionRecord = {
  id: string;
  conveningId: string;
  title: string;
  description: string;
  kind: SessionKind;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  endTimeZone: string | null;
  room: string;
  placeName: string;
  themes: string[];
  isCancelled: boolean;
  cancelledAt: Date | null;
  sequence: number;
  createdAt?: Date;
  updatedAt: Date;
};

export type ActionRecord = {
  id: string;
  title: string;
  description: string;
  dueOn: string; // YYYY-MM-DD
  status: ActionStatus;
  sequence: number;
  conveningTitle: string | null;
  createdAt?: Date;
  updatedAt: Date;
};

export type FeedContext = {
  appUrl: string;
  organizer?: { name: string; email: string };
  /** Joining links belong to the personal feed only. */
  includeJoiningLinks: boolean;
};

/** When a cancelled item leaves the feeds, or null while it is not cancelled. */
export function dropOutAt(cancelledAt: Date | null, updatedAt: Date, isCancelled: boolean): Date | null {
  if (!isCancelled) return null;
  // Older data may lack cancelledAt; the last change is then the best estimate of it.
  return new Date((cancelledAt ?? updatedAt).getTime() + RETENTION_MS);
}

export function isConveningCancelled(convening: Pick<ConveningRecord, "status">): boolean {
  return convening.status === "cancelled";
}

export function conveningDropOutAt(convening: ConveningRecord): Date | null {
  return dropOutAt(convening.cancelledAt, convening.updatedAt, isConveningCancelled(convening));
}

/** A session leaves with its convening, or on its own cancellation, whichever is first. */
export function sessionDropOutAt(session: SessionRecord, convening: ConveningRecord): Date | null {
  const own = dropOutAt(session.cancelledAt, session.updatedAt, session.isCancelled);
  const parent = conveningDropOutAt(convening);
  if (!own) return parent;
  if (!parent) return own;
  return own < parent ? own : parent;
}

export function actionDropOutAt(action: ActionRecord): Date | null {
  return dropOutAt(null, action.updatedAt, action.status === "dropped");
}

export const isListed = (dropOut: Date | null, now: Date) => dropOut === null || dropOut > now;

function themeCategories(themes: string[]): string[] {
  return themes.map(frameworkTitle);
}

function placeAddress(place: PlaceRecord): string {
  return [place.address, place.region, place.country].filter(Boolean).join(", ");
}

function conveningLocation(convening: ConveningRecord): CalendarEventInput["location"] {
  if (convening.places.length === 1) {
    const [place] = convening.places;
    return { title: place.name, address: placeAddress(place) };
  }
  if (convening.places.length > 1) return { title: convening.places.map((place) => place.name).join("; ") };
  return convening.format === "online" ? { title: "Online" } : undefined;
}

function sessionLocation(session: SessionRecord, convening: ConveningRecord): CalendarEventInput["location"] {
  const place =
    convening.places.find((candidate) => candidate.name === session.placeName) ??
    (convening.places.length === 1 ? convening.places[0] : undefined);
  const title = [session.room, session.placeName || place?.name].filter(Boolean).join(", ");
  if (!title && !place) return convening.format === "online" ? { title: "Online" } : undefined;
  return { title, address: place ? placeAddress(place) : "" };
}

function joiningLink(convening: ConveningRecord, context: FeedContext): string | null {
  if (!context.includeJoiningLinks || !convening.onlineUrl || convening.format === "in-person") return null;
  return convening.onlineUrl;
}

function paragraphs(...parts: Array<string | null | undefined | false>): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join("\n\n");
}

function later(a: Date, b: Date): Date {
  return a > b ? a : b;
}

export function conveningPageUrl(appUrl: string, conveningId: string): string {
  return `${appUrl}/convenings/${conveningId}`;
}

/** The whole convening as one all-day event spanning its days at the main place. */
export function conveningEvent(convening: ConveningRecord, context: FeedContext): CalendarEventInput {
  const isCancelled = isConveningCancelled(convening);
  const link = joiningLink(convening, context);
  return {
    uid: conveningUid(convening.id),
    sequence: convening.sequence,
    title: convening.title,
    description: paragraphs(
      isCancelled
        ? `This convening has been cancelled.${convening.cancelReason ? ` ${convening.cancelReason}` : ""}`
        : null,
      convening.summary,
      convening.hostCityName ? `Hosted by ${convening.hostCityName}.` : null,
      link ? `Join online: ${link}` : null,
    ),
    start: convening.startsAt,
    end: convening.endsAt,
    timeZone: convening.timeZone,
    allDay: true,
    location: conveningLocation(convening),
    url: conveningPageUrl(context.appUrl, convening.id),
    categories: [conveningKindLabel(convening.kind), ...themeCategories(convening.themes)],
    status: isCancelled ? "cancelled" : "confirmed",
    organizer: context.organizer,
    lastModified: convening.updatedAt,
    created: convening.createdAt,
  };
}

/**
 * A session at its own times and zone. Its SEQUENCE is the sum of the session's and the
 * convening's: both only ever go up, and a change to either (e.g. the convening being
 * cancelled or moved) must raise the session's SEQUENCE too.
 */
export function sessionEvent(
  session: SessionRecord,
  convening: ConveningRecord,
  context: FeedContext,
): CalendarEventInput {
  const isCancelled = session.isCancelled || isConveningCancelled(convening);
  const link = joiningLink(convening, context);
  return {
    uid: sessionUid(session.id),
    sequence: session.sequence + convening.sequence,
    title: session.title,
    description: paragraphs(
      isCancelled
        ? session.isCancelled
          ? "This session has been cancelled."
          : "This convening has been cancelled."
        : null,
      session.description,
      `Part of ${convening.title}.`,
      link ? `Join online: ${link}` : null,
    ),
    start: session.startsAt,
    end: session.endsAt,
    timeZone: session.timeZone,
    endTimeZone: session.endTimeZone ?? undefined,
    location: sessionLocation(session, convening),
    url: `${conveningPageUrl(context.appUrl, convening.id)}#session-${session.id}`,
    categories: [sessionKindLabel(session.kind), ...themeCategories(session.themes)],
    status: isCancelled ? "cancelled" : "confirmed",
    organizer: context.organizer,
    lastModified: later(session.updatedAt, convening.updatedAt),
    created: session.createdAt,
  };
}

/** A follow-up action as an all-day event on its due date. */
export function actionEvent(action: ActionRecord, context: FeedContext): CalendarEventInput {
  // A due date is a calendar day, not an instant: UTC midnight read back in UTC is that day.
  const day = new Date(`${action.dueOn}T00:00:00Z`);
  const isDone = action.status === "done";
  return {
    uid: actionUid(action.id),
    sequence: action.sequence,
    title: `${isDone ? "Done" : "Action due"}: ${action.title}`,
    description: paragraphs(
      action.description,
      action.conveningTitle ? `Follow-up action from ${action.conveningTitle}.` : "Follow-up action.",
      `Status: ${action.status.replace("-", " ")}.`,
    ),
    start: day,
    end: day,
    timeZone: "UTC",
    allDay: true,
    url: `${context.appUrl}/actions/${action.id}`,
    categories: ["Follow-up action"],
    status: action.status === "dropped" ? "cancelled" : "confirmed",
    lastModified: action.updatedAt,
    created: action.createdAt,
  };
}
