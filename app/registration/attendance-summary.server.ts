// Days attended for the attendee page and its CSV ("4 of 5 days"): a day counts when the person
// was marked here that day, or here at a session of that day that takes attendance. Only for
// convenings of several days; marks are read by _id, a bounded set (people × days and sessions).
import { attendanceMarkId, daySlot, readAttendanceMarks, sessionSlot } from "~models/attendance-mark.server";
import type { RegistrationConvening } from "~models/convening.server";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import { daysAttendedLabel } from "./attendance-days";
import { loadAttendanceSetup } from "./attendance-setup.server";
import { attendanceNotYetOpen } from "./rules";

/**
 * "4 of 5 days" by registration id, for the given registrations with a place; null for a one-day
 * convening, and before the first day (nobody can have attended yet, so the column would be noise).
 */
export async function loadDaysAttended(
  convening: RegistrationConvening,
  registrations: Array<{ id: string; personId: string; status: string }>,
  now = new Date(),
): Promise<Map<string, string> | null> {
  if (attendanceNotYetOpen(convening, now)) return null;
  const setup = await loadAttendanceSetup(convening);
  if (setup.isOneDay) return null;
  const withPlace = registrations.filter((registration) =>
    (PLACE_HOLDING_STATUSES as readonly string[]).includes(registration.status),
  );
  const sessions = setup.sessions.filter((session) => session.isTakingAttendance);
  const slots = [
    ...setup.days.map((entry) => ({ slot: daySlot(entry.day), day: entry.day })),
    ...sessions.map((session) => ({ slot: sessionSlot(session.id), day: session.day })),
  ];
  const marks = await readAttendanceMarks(
    withPlace.flatMap((registration) =>
      slots.map(({ slot }) => attendanceMarkId(convening.id, slot, registration.personId)),
    ),
  );
  const dayNames = new Set(setup.days.map((entry) => entry.day));
  return new Map(
    withPlace.map((registration) => {
      const daysHere = new Set(
        slots
          .filter(({ slot }) => marks.get(attendanceMarkId(convening.id, slot, registration.personId) ?? "") === "here")
          .map(({ day }) => day)
          .filter((day) => dayNames.has(day)),
      );
      return [registration.id, daysAttendedLabel(daysHere.size, setup.days.length)];
    }),
  );
}
