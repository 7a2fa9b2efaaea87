// Turns stored sessions into the agenda people read: days at the place, times at the place with
// the viewer's own time beside them where it differs, and "now"/"next" during the event.
import { DateTime } from "luxon";
import { formatDayHeading, formatLocalTime, isValidTimeZone } from "../local-time";

export type AgendaSource = {
  id: string;
  title: string;
  description: string;
  /** Welsh versions, "" or absent when not written (decision 038). */
  titleCy?: string;
  descriptionCy?: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  endTimeZone: string | null;
  room: string;
  placeName: string;
  track: string;
  themes: string[];
  speakers: Array<{ personId: string | null; name: string; role: string }>;
  isCancelled: boolean;
};

export type AgendaItem = {
  id: string;
  title: string;
  description: string;
  titleCy: string;
  descriptionCy: string;
  kind: string;
  room: string;
  placeName: string;
  track: string;
  themes: string[];
  speakers: Array<{ name: string; role: string }>;
  isCancelled: boolean;
  placeTime: string;
  viewerTime: string | null;
  startIso: string;
  endIso: string;
  isNow: boolean;
  isNext: boolean;
  isChanged: boolean;
};

export type AgendaDay = { key: string; heading: string; items: AgendaItem[] };

// Luxon formatting costs tens of microseconds per call and zone names ("BST", "EDT") an Intl
// formatter each; a long agenda reads each instant's fields once and each zone name once.
const zoneNameCache = new Map<string, string>();

type Local = { clock: string; name: string; day: string; weekday: string; offset: number };

const pad = (value: number) => String(value).padStart(2, "0");

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant at a zone, from one cached Intl formatter per zone. */
function local(instant: Date, zone: string): Local {
  let formatter = partFormatters.get(zone);
  if (!formatter) {
    if (!isValidTimeZone(zone)) formatLocalTime(instant, zone); // throws the module's error for a bad zone
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
    });
    partFormatters.set(zone, formatter);
  }
  const part: Record<string, string> = {};
  for (const { type, value } of formatter.formatToParts(instant)) part[type] = value;
  const [year, month, day, hour, minute] = [
    Number(part.year),
    Number(part.month),
    Number(part.day),
    Number(part.hour) % 24,
    Number(part.minute),
  ];
  const offset = Math.round(
    (Date.UTC(year, month - 1, day, hour, minute) - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000,
  );
  const key = `${zone}|${offset}`;
  let name = zoneNameCache.get(key);
  if (name === undefined) {
    name = formatLocalTime(instant, zone).split(" ")[1];
    zoneNameCache.set(key, name);
  }
  return {
    clock: `${pad(hour)}:${pad(minute)}`,
    name,
    day: `${part.year}-${part.month}-${part.day}`,
    weekday: part.weekday,
    offset,
  };
}

function rangeLabel(start: Local, end: Local): string {
  const sameDay = start.day === end.day;
  if (start.name === end.name && sameDay) return `${start.clock}–${end.clock} ${end.name}`;
  return `${start.clock} ${start.name} – ${sameDay ? "" : `${end.weekday} `}${end.clock} ${end.name}`;
}

/** "10:00–11:30 BST", or "10:00 BST – 13:00 EDT" for a travel leg ending in another zone. */
export function timeRangeLabel(startsAt: Date, endsAt: Date, zone: string, endZone: string = zone): string {
  return rangeLabel(local(startsAt, zone), local(endsAt, endZone));
}

/** Sessions as everyone should see them: all cancelled when their convening is cancelled (as in the feeds). */
export function sessionsAsListed<T extends { isCancelled: boolean }>(
  convening: { status: string },
  sessions: T[],
): T[] {
  return convening.status === "cancelled" ? sessions.map((session) => ({ ...session, isCancelled: true })) : sessions;
}

/** The viewer's own time for a session, or null when the viewer's clock reads the same as the place's. */
export function viewerTimeLabel(
  source: Pick<AgendaSource, "startsAt" | "endsAt" | "timeZone" | "endTimeZone">,
  viewerZone: string | null | undefined,
) {
  if (!viewerZone || !isValidTimeZone(viewerZone)) return null;
  return viewerLabel(
    source,
    viewerZone,
    local(source.startsAt, source.timeZone),
    local(source.endsAt, source.endTimeZone ?? source.timeZone),
  );
}

function viewerLabel(
  source: Pick<AgendaSource, "startsAt" | "endsAt">,
  viewerZone: string,
  placeStart: Local,
  placeEnd: Local,
): string | null {
  const start = local(source.startsAt, viewerZone);
  const end = local(source.endsAt, viewerZone);
  if (start.offset === placeStart.offset && end.offset === placeEnd.offset) return null;
  const label = rangeLabel(start, end);
  return start.day !== placeStart.day ? `${start.weekday} ${label}` : label;
}

export function buildAgenda(
  sessions: AgendaSource[],
  options: {
    viewerZone?: string | null;
    now?: Date;
    /** The convening's span: "now" and "next" are only marked while it is on. */
    event?: { startsAt: Date; endsAt: Date; timeZone: string };
    changedSessionIds?: ReadonlySet<string>;
    includeSpeakers?: boolean;
    /** The locale day headings are written in (en-GB unless given). */
    locale?: string;
  } = {},
): AgendaDay[] {
  const now = (options.now ?? new Date()).getTime();
  const sorted = [...sessions].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.track.localeCompare(b.track),
  );
  let isDuring = false;
  if (options.event) {
    const first = DateTime.fromJSDate(options.event.startsAt, { zone: options.event.timeZone })
      .startOf("day")
      .toMillis();
    const last = DateTime.fromJSDate(options.event.endsAt, { zone: options.event.timeZone }).endOf("day").toMillis();
    isDuring = now >= first && now <= last;
  }
  const live = sorted.filter((session) => !session.isCancelled);
  const nextStart = isDuring ? live.find((session) => session.startsAt.getTime() > now)?.startsAt.getTime() : undefined;
  const viewerZone = options.viewerZone && isValidTimeZone(options.viewerZone) ? options.viewerZone : null;
  const days: AgendaDay[] = [];
  for (const session of sorted) {
    const placeStart = local(session.startsAt, session.timeZone);
    const placeEnd = local(session.endsAt, session.endTimeZone ?? session.timeZone);
    const key = placeStart.day;
    let day = days.find((candidate) => candidate.key === key);
    if (!day) {
      day = { key, heading: formatDayHeading(session.startsAt, session.timeZone, options.locale), items: [] };
      days.push(day);
    }
    const start = session.startsAt.getTime();
    day.items.push({
      id: session.id,
      title: session.title,
      description: session.description,
      titleCy: session.titleCy ?? "",
      descriptionCy: session.descriptionCy ?? "",
      kind: session.kind,
      room: session.room,
      placeName: session.placeName,
      track: session.track,
      themes: session.themes,
      speakers: options.includeSpeakers === false ? [] : session.speakers.map(({ name, role }) => ({ name, role })),
      isCancelled: session.isCancelled,
      placeTime: rangeLabel(placeStart, placeEnd),
      viewerTime: viewerZone ? viewerLabel(session, viewerZone, placeStart, placeEnd) : null,
      startIso: session.startsAt.toISOString(),
      endIso: session.endsAt.toISOString(),
      isNow: isDuring && !session.isCancelled && start <= now && now < session.endsAt.getTime(),
      isNext: !session.isCancelled && nextStart !== undefined && start === nextStart,
      isChanged: options.changedSessionIds?.has(session.id) ?? false,
    });
  }
  days.sort((a, b) => a.key.localeCompare(b.key));
  return days;
}

/** The viewer's IANA zone from the `tz` cookie set by the page's script; null when absent or unknown. */
export function viewerZoneFromCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  const match = /(?:^|;\s*)tz=([^;]+)/.exec(cookieHeader);
  if (!match) return null;
  let zone: string;
  try {
    zone = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return isValidTimeZone(zone) ? zone : null;
}
