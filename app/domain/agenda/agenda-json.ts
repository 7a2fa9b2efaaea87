// The agenda as JSON for other tools: ISO 8601 times with the place's UTC offset plus the IANA zone.
import { DateTime } from "luxon";
import { sessionsAsListed, type AgendaSource } from "./agenda-view";

/** "2018-05-21T10:00:00-04:00": the instant written with the offset in force at the place. */
export function isoWithOffset(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) ?? instant.toISOString();
}

export function agendaJson(
  convening: {
    id: string;
    title: string;
    status: string;
    summary: string;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    places: Array<{ name: string; region: string; country: string; timeZone: string }>;
    aims: string[];
    themes: string[];
    cancelReason: string;
  },
  sessions: Array<AgendaSource & { sequence: number }>,
  options: { includePeople: boolean },
) {
  return {
    convening: {
      id: convening.id,
      title: convening.title,
      status: convening.status,
      summary: convening.summary,
      start: isoWithOffset(convening.startsAt, convening.timeZone),
      end: isoWithOffset(convening.endsAt, convening.timeZone),
      timeZone: convening.timeZone,
      places: convening.places.map(({ name, region, country, timeZone }) => ({ name, region, country, timeZone })),
      aims: convening.aims,
      themes: convening.themes,
      ...(convening.status === "cancelled" ? { cancelReason: convening.cancelReason } : {}),
    },
    sessions: sessionsAsListed(convening, sessions).map((session) => ({
      id: session.id,
      title: session.title,
      description: session.description,
      kind: session.kind,
      start: isoWithOffset(session.startsAt, session.timeZone),
      end: isoWithOffset(session.endsAt, session.endTimeZone ?? session.timeZone),
      timeZone: session.timeZone,
      endTimeZone: session.endTimeZone ?? session.timeZone,
      place: session.placeName,
      room: session.room,
      track: session.track,
      themes: session.themes,
      status: session.isCancelled ? "cancelled" : "confirmed",
      sequence: session.sequence,
      ...(options.includePeople ? { people: session.speakers.map(({ name, role }) => ({ name, role })) } : {}),
    })),
  };
}
