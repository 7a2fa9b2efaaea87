// What attendance is taken for at a convening: its days at its place, and its sessions with the
// ones a manager takes attendance for. Read in a fixed shape: the agenda copy by _id, then one
// lookup by _id per session.
import { listAgendaSessions } from "~models/agenda-session.server";
import { listSessionsTakingAttendance } from "~models/session-attendance.server";
import type { RegistrationConvening } from "~models/convening.server";
import { formatLocalTime, instantToWallClock } from "~/domain/local-time";
import { conveningDays, dayAt, type AttendanceDay } from "./attendance-days";

export type AttendanceSession = {
  id: string;
  title: string;
  /** The session's own day at its place. */
  day: string;
  /** "10:00–11:30 EDT" at the session's place. */
  time: string;
  isTakingAttendance: boolean;
};

export type AttendanceSetup = {
  days: AttendanceDay[];
  /** One day: the registration status is the mark (the single-day list as it always was). */
  isOneDay: boolean;
  /** Sessions that take place (cancelled ones left out), in time order. */
  sessions: AttendanceSession[];
};

export async function loadAttendanceSetup(convening: RegistrationConvening): Promise<AttendanceSetup> {
  const days = conveningDays(convening, convening.places);
  const agenda = (await listAgendaSessions(convening.id)).filter((session) => !session.isCancelled);
  const taking = await listSessionsTakingAttendance(
    convening.id,
    agenda.map((session) => session.id),
  );
  return {
    days,
    isOneDay: days.length <= 1,
    sessions: agenda.map((session) => ({
      id: session.id,
      title: session.title,
      day: dayAt(session.startsAt, session.timeZone),
      time: `${instantToWallClock(session.startsAt, session.timeZone).time}–${formatLocalTime(session.endsAt, session.endTimeZone ?? session.timeZone)}`,
      isTakingAttendance: taking.has(session.id),
    })),
  };
}
