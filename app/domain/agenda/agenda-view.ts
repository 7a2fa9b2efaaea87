// Turns stored sessions into the agenda people read: days at the place, times at the place with
// the viewer's own time beside them where it differs, and "now"/"next" during the event.
import { DateTime } from "luxon";
import { formatDayHeading, formatLocalTime, isValidTimeZone, localDayKey } from "../local-time";

export type AgendaSource = {
  id: string;
  title: string;
  description: string;
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

/** "10:00–11:30 BST", or "10:00 BST – 13:00 EDT" for a travel leg ending in another zone. */
export function timeRangeLabel(startsAt: Date, endsAt: Date, zone: string, endZone: string = zone): string {
  const start = formatLocalTime(startsAt, zone);
  const end = formatLocalTime(endsAt, endZone);
  const [startClock, startName] = start.split(" ");
  const [endClock, endName] = end.split(" ");
  const sameDay = localDayKey(startsAt, zone) === localDayKey(endsAt, endZone);
  const endText = sameDay ? end : `${DateTime.fromJSDate(endsAt, { zone: endZone }).toFormat("ccc")} ${end}`;
  if (startName === endName && sameDay) return `${startClock}–${endClock} ${endName}`;
  return `${start} – ${endText}`;
}

/** The viewer's own time for a session, or null when the viewer's clock reads the same as the place's. */
export function viewerTimeLabel(source: Pick<AgendaSource, "startsAt" | "endsAt" | "timeZone" | "endTimeZone">, viewerZone: string | null | undefined) {
  if (!viewerZone || !isValidTimeZone(viewerZone)) return null;
  const endZone = source.endTimeZone ?? source.timeZone;
  const offset = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).offset;
  if (offset(source.startsAt, source.timeZone) === offset(source.startsAt, viewerZone) && offset(source.endsAt, endZone) === offset(source.endsAt, viewerZone)) {
    return null;
  }
  const label = timeRangeLabel(source.startsAt, source.endsAt, viewerZone);
  const dayDiffers = localDayKey(source.startsAt, viewerZone) !== localDayKey(source.startsAt, source.timeZone);
  return dayDiffers ? `${DateTime.fromJSDate(source.startsAt, { zone: viewerZone }).toFormat("ccc")} ${label}` : label;
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
  } = {},
): AgendaDay[] {
  const now = (options.now ?? new Date()).getTime();
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.track.localeCompare(b.track));
  let isDuring = false;
  if (options.event) {
    const first = DateTime.fromJSDate(options.event.startsAt, { zone: options.event.timeZone }).startOf("day").toMillis();
    const last = DateTime.fromJSDate(options.event.endsAt, { zone: options.event.timeZone }).endOf("day").toMillis();
    isDuring = now >= first && now <= last;
  }
  const live = sorted.filter((session) => !session.isCancelled);
  const nextStart = isDuring ? live.find((session) => session.startsAt.getTime() > now)?.startsAt.getTime() : undefined;
  const days: AgendaDay[] = [];
  for (const session of sorted) {
    const key = localDayKey(session.startsAt, session.timeZone);
    let day = days.find((candidate) => candidate.key === key);
    if (!day) {
      day = { key, heading: formatDayHeading(session.startsAt, session.timeZone), items: [] };
      days.push(day);
    }
    const start = session.startsAt.getTime();
    day.items.push({
      id: session.id,
      title: session.title,
      description: session.description,
      kind: session.kind,
      room: session.room,
      placeName: session.placeName,
      track: session.track,
      themes: session.themes,
      speakers: options.includeSpeakers === false ? [] : session.speakers.map(({ name, role }) => ({ name, role })),
      isCancelled: session.isCancelled,
      placeTime: timeRangeLabel(session.startsAt, session.endsAt, session.timeZone, session.endTimeZone ?? session.timeZone),
      viewerTime: viewerTimeLabel(session, options.viewerZone),
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
