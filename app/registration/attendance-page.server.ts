// The attendance page's data: the day picker, the sessions of the chosen day, and one row per
// person with a place and their mark for the chosen day or session. Registrations, people and
// cities in one query each, the agenda copy by _id, then marks and session switches by _id.
import { ATTENDANCE_STATUSES } from "~/domain/vocabulary/registrations";
import { attendanceMarkId, daySlot, readAttendanceMarks, sessionSlot } from "~models/attendance-mark.server";
import { getCityNames } from "~models/city.server";
import type { RegistrationConvening } from "~models/convening.server";
import { getPeopleByIds } from "~models/person.server";
import { listRegistrationsForConvening } from "~models/registration.server";
import { chosenDay, dayAt, type MarkState } from "./attendance-days";
import { markingRefusal, type MarkTarget } from "./attendance-marks.server";
import { loadAttendanceSetup } from "./attendance-setup.server";

export type AttendanceRow = {
  registrationId: string;
  name: string;
  cityName: string;
  organisation: string;
  mark: MarkState;
};

const MARK_OF_STATUS: Record<string, MarkState> = { attended: "here", "no-show": "away" };

export async function loadAttendancePage(
  convening: RegistrationConvening,
  asked: { day: string | null; session: string | null; q: string },
  now = new Date(),
) {
  const setup = await loadAttendanceSetup(convening);
  const session = setup.sessions.find((entry) => entry.id === asked.session && entry.isTakingAttendance) ?? null;
  const day = chosenDay(setup.days, session?.day ?? asked.day, convening.timeZone, now);
  const target: MarkTarget = session ? { sessionId: session.id } : { day: day.day };

  const registrations = (await listRegistrationsForConvening(convening.id, { statuses: ATTENDANCE_STATUSES })).filter(
    (registration) => registration.conveningId === convening.id,
  );
  const [people, cityNames] = await Promise.all([
    getPeopleByIds(registrations.map((registration) => registration.personId)),
    getCityNames([...new Set(registrations.flatMap((registration) => registration.cityId ?? []))]),
  ]);
  // One day: the status is the mark. Otherwise the chosen slot's marks, one _id per person.
  const isStatusTheMark = setup.isOneDay && !session;
  const slot = session ? sessionSlot(session.id) : daySlot(day.day);
  const markIdOf = (personId: string) => attendanceMarkId(convening.id, slot, personId);
  const marks = isStatusTheMark
    ? new Map()
    : await readAttendanceMarks(registrations.map((registration) => markIdOf(registration.personId)));

  const rows: AttendanceRow[] = registrations
    .map((registration) => {
      const person = people.get(registration.personId);
      return {
        registrationId: registration.id,
        name: person?.name ?? "Unknown person",
        cityName: registration.cityId ? (cityNames.get(registration.cityId) ?? "Unknown city") : "No city",
        organisation: person?.organisation ?? "",
        mark: isStatusTheMark
          ? (MARK_OF_STATUS[registration.status] ?? null)
          : ((marks.get(markIdOf(registration.personId) ?? "") as MarkState | undefined) ?? null),
      };
    })
    .sort((a, b) => a.cityName.localeCompare(b.cityName) || a.name.localeCompare(b.name));

  const today = dayAt(now, convening.timeZone);
  return {
    isOneDay: setup.isOneDay,
    days: setup.days.map((entry) => ({ ...entry, isToday: entry.day === today })),
    day: { ...day, isToday: day.day === today },
    session: session ? { id: session.id, title: session.title, time: session.time } : null,
    sessionsOfDay: setup.sessions.filter((entry) => entry.day === day.day),
    people: rows,
    /** Why the chosen day or session cannot be marked now (before it begins), or null. */
    notYetOpen: markingRefusal(convening, setup, target, now)?.message ?? null,
    q: asked.q.slice(0, 120),
  };
}

export type AttendancePage = Awaited<ReturnType<typeof loadAttendancePage>>;
