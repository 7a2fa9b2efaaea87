// Turns convenings, agenda sessions and follow-up actions (plain records) into calendar events,
// and decides which cancelled items are still listed. Pure: no database, no Remix.
import { pickVersion, versionsOf } from "~/domain/bilingual";
import type { CalendarEventInput, TextLanguages } from "~/domain/ical/build-calendar";
import { actionUid, conveningUid, sessionUid } from "~/domain/ical/calendar-uids";
import { HTML_LANG, type Language } from "~/domain/languages";
import {
  CONVENING_KINDS,
  conveningKindLabel,
  type ConveningFormat,
  type ConveningKind,
  type ConveningStatus,
} from "~/domain/vocabulary/convenings";
import { FRAMEWORK, frameworkTitle } from "~/domain/vocabulary/framework";
import { ACTION_STATUSES, type ActionStatus } from "~/domain/vocabulary/follow-ups";
import { SESSION_KINDS, sessionKindLabel, type SessionKind } from "~/domain/vocabulary/sessions";
import type { MessageKey } from "~/i18n/messages";
import type { Translate } from "~/i18n/translator";

/** Cancelled items stay (STATUS:CANCELLED) this long after cancellation so clients remove them. */
export const CANCELLED_RETENTION_DAYS = 30;
const RETENTION_MS = CANCELLED_RETENTION_DAYS * 86_400_000;

export type PlaceRecord = { name: string; address: string; region: string; country: string; timeZone: string };

export type ConveningRecord = {
  id: string;
  title: string;
  summary: string;
  /** Welsh versions, where written ("" or absent when not). */
  titleCy?: string;
  summaryCy?: string;
  cancelReasonCy?: string;
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
  /** Welsh versions, where written ("" or absent when not). */
  titleCy?: string;
  descriptionCy?: string;
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
  /** The language of the feed's own words, and the version of content it shows where written. */
  language: Language;
  /** The feed's words in that language (app/i18n/catalogues/<language>/feed.json). */
  t: Translate;
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

const FRAMEWORK_CODES = new Set(FRAMEWORK.map((entry) => entry.code));

/** A word of the vocabulary in the feed's language; a value this version does not know, as it is. */
function vocabulary(context: FeedContext, area: string, value: string, known: boolean, english: string): string {
  return known ? context.t(`feed.${area}.${value}` as MessageKey) : english;
}

function themeCategories(themes: string[], context: FeedContext): string[] {
  return themes.map((code) => vocabulary(context, "framework", code, FRAMEWORK_CODES.has(code), frameworkTitle(code)));
}

const isOneOf = (list: readonly string[], value: string) => list.includes(value);

/**
 * The LANGUAGE parameters of an event's text: a Welsh feed labels its words Welsh and its title
 * by the version shown; an English feed (unchanged bytes) labels only a title shown in Welsh.
 */
function textLanguages(context: FeedContext, titleLanguage: Language): TextLanguages | undefined {
  if (context.language === "en") return titleLanguage === "cy" ? { summary: HTML_LANG.cy } : undefined;
  const words = HTML_LANG[context.language];
  return { summary: HTML_LANG[titleLanguage], description: words, location: words };
}

function placeAddress(place: PlaceRecord): string {
  return [place.address, place.region, place.country].filter(Boolean).join(", ");
}

function conveningLocation(convening: ConveningRecord, context: FeedContext): CalendarEventInput["location"] {
  if (convening.places.length === 1) {
    const [place] = convening.places;
    return { title: place.name, address: placeAddress(place) };
  }
  if (convening.places.length > 1) return { title: convening.places.map((place) => place.name).join("; ") };
  return convening.format === "online" ? { title: context.t("feed.online") } : undefined;
}

function sessionLocation(
  session: SessionRecord,
  convening: ConveningRecord,
  context: FeedContext,
): CalendarEventInput["location"] {
  const place =
    convening.places.find((candidate) => candidate.name === session.placeName) ??
    (convening.places.length === 1 ? convening.places[0] : undefined);
  const title = [session.room, session.placeName || place?.name].filter(Boolean).join(", ");
  if (!title && !place) return convening.format === "online" ? { title: context.t("feed.online") } : undefined;
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
  const { t, language } = context;
  const title = pickVersion(versionsOf(convening, "title"), language);
  const reason = pickVersion(versionsOf(convening, "cancelReason"), language).value;
  return {
    uid: conveningUid(convening.id),
    sequence: convening.sequence,
    title: title.value,
    cancelledPrefix: t("feed.cancelledPrefix"),
    description: paragraphs(
      isCancelled ? `${t("feed.conveningCancelled")}${reason ? ` ${reason}` : ""}` : null,
      pickVersion(versionsOf(convening, "summary"), language).value,
      convening.hostCityName ? t("feed.hostedBy", { city: convening.hostCityName }) : null,
      link ? t("feed.joinOnline", { url: link }) : null,
    ),
    start: convening.startsAt,
    end: convening.endsAt,
    timeZone: convening.timeZone,
    allDay: true,
    location: conveningLocation(convening, context),
    url: conveningPageUrl(context.appUrl, convening.id),
    categories: [
      vocabulary(
        context,
        "conveningKind",
        convening.kind,
        isOneOf(CONVENING_KINDS, convening.kind),
        conveningKindLabel(convening.kind),
      ),
      ...themeCategories(convening.themes, context),
    ],
    languages: textLanguages(context, title.language),
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
  const { t, language } = context;
  const title = pickVersion(versionsOf(session, "title"), language);
  return {
    uid: sessionUid(session.id),
    sequence: session.sequence + convening.sequence,
    title: title.value,
    cancelledPrefix: t("feed.cancelledPrefix"),
    description: paragraphs(
      isCancelled ? t(session.isCancelled ? "feed.sessionCancelled" : "feed.conveningCancelled") : null,
      pickVersion(versionsOf(session, "description"), language).value,
      t("feed.partOf", { title: pickVersion(versionsOf(convening, "title"), language).value }),
      link ? t("feed.joinOnline", { url: link }) : null,
    ),
    start: session.startsAt,
    end: session.endsAt,
    timeZone: session.timeZone,
    endTimeZone: session.endTimeZone ?? undefined,
    location: sessionLocation(session, convening, context),
    url: `${conveningPageUrl(context.appUrl, convening.id)}#session-${session.id}`,
    categories: [
      vocabulary(
        context,
        "sessionKind",
        session.kind,
        isOneOf(SESSION_KINDS, session.kind),
        sessionKindLabel(session.kind),
      ),
      ...themeCategories(session.themes, context),
    ],
    languages: textLanguages(context, title.language),
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
  const { t } = context;
  const isKnownStatus = isOneOf(ACTION_STATUSES, action.status);
  return {
    uid: actionUid(action.id),
    sequence: action.sequence,
    title: t(isDone ? "feed.actionDone" : "feed.actionDue", { title: action.title }),
    cancelledPrefix: t("feed.cancelledPrefix"),
    description: paragraphs(
      action.description,
      action.conveningTitle ? t("feed.actionFrom", { title: action.conveningTitle }) : `${t("feed.actionCategory")}.`,
      isKnownStatus
        ? t(`feed.actionStatus.${action.status}` as MessageKey)
        : `Status: ${String(action.status).replace("-", " ")}.`,
    ),
    start: day,
    end: day,
    timeZone: "UTC",
    allDay: true,
    url: `${context.appUrl}/actions/${action.id}`,
    categories: [t("feed.actionCategory")],
    languages: textLanguages(context, context.language), // the feed's words around the action's title
    status: action.status === "dropped" ? "cancelled" : "confirmed",
    lastModified: action.updatedAt,
    created: action.createdAt,
  };
}
