// Taking attendance by day and by session: a mark is one document by _id (an upsert, so marking
// twice or two managers at once leave one), and the registration's status then follows the
// person's marks. On a one-day convening the day's mark is the status itself, as it always was.
import { ATTENDANCE_STATUSES } from "~/domain/vocabulary/registrations";
import {
  attendanceMarkId,
  clearAttendanceMark,
  daySlot,
  readAttendanceMarks,
  sessionSlot,
  setAttendanceMark,
} from "~models/attendance-mark.server";
import type { RegistrationConvening } from "~models/convening.server";
import {
  getRegistration,
  listRegistrationsForConvening,
  moveRegistrationStatus,
  type RegistrationRecord,
} from "~models/registration.server";
import { switchOffSessionAttendance, switchOnSessionAttendance } from "~models/session-attendance.server";
import { daysBegun, hasDayBegun, statusFromMarks, type Mark } from "./attendance-days";
import type { MarkChoice } from "./attendance-form";
import { loadAttendanceSetup, type AttendanceSetup } from "./attendance-setup.server";
import { markAttendance, type ActionResult } from "./registration.server";
import { attendanceNotYetOpen } from "./rules";

export type MarkTarget = { day: string } | { sessionId: string };

const isMarkable = (status: string) => (ATTENDANCE_STATUSES as readonly string[]).includes(status);

const STATUS_OF_MARK = { here: "attended", away: "no-show", clear: "registered" } as const;

/** Checks the day or session can be marked now: a day of the convening that has begun, a session taking attendance. */
export function markingRefusal(
  convening: RegistrationConvening,
  setup: AttendanceSetup,
  target: MarkTarget,
  now: Date,
): { status: 404 | 409; message: string } | null {
  const notYet = attendanceNotYetOpen(convening, now);
  if (notYet) return { status: 409, message: notYet };
  if ("day" in target) {
    const day = setup.days.find((entry) => entry.day === target.day);
    if (!day) return { status: 404, message: "That day is not one of the convening's days." };
    if (!hasDayBegun(day.day, convening.timeZone, now))
      return { status: 409, message: `Attendance for ${day.longLabel} can be marked from that day.` };
    return null;
  }
  const session = setup.sessions.find((entry) => entry.id === target.sessionId);
  if (!session) return { status: 404, message: "There is no such session at this convening." };
  if (!session.isTakingAttendance)
    return {
      status: 409,
      message: `Attendance is not taken at “${session.title}”: switch it on for the session first.`,
    };
  if (!hasDayBegun(session.day, convening.timeZone, now))
    return { status: 409, message: `Attendance at “${session.title}” can be marked from the day of the session.` };
  return null;
}

/** Marks one person here or not here (or clears the mark) on a day or at a session. */
export async function markPersonAttendance(
  convening: RegistrationConvening,
  input: { registrationId: string; mark: MarkChoice; target: MarkTarget },
  managerId: string,
  now = new Date(),
): Promise<ActionResult> {
  const setup = await loadAttendanceSetup(convening);
  const refusal = markingRefusal(convening, setup, input.target, now);
  if (refusal) return { ok: false, ...refusal };
  // The single-day list sets the registration's status directly, as it always has.
  if (setup.isOneDay && "day" in input.target)
    return markAttendance(convening, input.registrationId, STATUS_OF_MARK[input.mark], now);
  const registration = await getRegistration(input.registrationId);
  if (!registration || registration.conveningId !== convening.id)
    return { ok: false, status: 404, message: "There is no such registration for this convening." };
  if (!isMarkable(registration.status))
    return { ok: false, status: 409, message: "Only people with a place can be marked as here or not here." };
  const slot = "day" in input.target ? daySlot(input.target.day) : sessionSlot(input.target.sessionId);
  if (input.mark === "clear") await clearAttendanceMark(convening.id, slot, registration.personId);
  else
    await setAttendanceMark({
      conveningId: convening.id,
      slot,
      personId: registration.personId,
      mark: input.mark,
      markedById: managerId,
      at: now,
    });
  await followMarks(convening, setup, registration, now);
  return { ok: true };
}

/** The status this person's marks lead to now, read by _id: a mark per day and per session taking attendance. */
async function statusOfMarks(
  convening: RegistrationConvening,
  setup: AttendanceSetup,
  personId: string,
  now: Date,
): Promise<RegistrationRecord["status"] | null> {
  const sessions = setup.sessions.filter((session) => session.isTakingAttendance);
  const dayIds = setup.days.map((entry) => attendanceMarkId(convening.id, daySlot(entry.day), personId));
  const sessionIds = sessions.map((session) => attendanceMarkId(convening.id, sessionSlot(session.id), personId));
  const marks = await readAttendanceMarks([...dayIds, ...sessionIds]);
  const markOf = (id: string | null): Mark | undefined => (id ? marks.get(id) : undefined);
  const sessionMarks = sessionIds.flatMap((id) => markOf(id) ?? []);
  if (setup.isOneDay) return sessionMarks.includes("here") ? "attended" : null; // else the day's status stands
  const days = new Map(
    setup.days.flatMap((entry, index) => (markOf(dayIds[index]) ? [[entry.day, markOf(dayIds[index])!] as const] : [])),
  );
  const begun = daysBegun(setup.days, convening.timeZone, now).map((entry) => entry.day);
  return statusFromMarks({ days, sessions: sessionMarks }, begun);
}

// Each pass reads the marks and the status and moves the status only when they disagree, so a
// manager's write that raced another's (and read marks older than its own move) is put right by
// the next pass: whoever writes last has read the marks as they are.
const MAX_PASSES = 5;

async function followMarks(
  convening: RegistrationConvening,
  setup: AttendanceSetup,
  registration: Pick<RegistrationRecord, "id" | "personId">,
  now: Date,
) {
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const [wanted, current] = await Promise.all([
      statusOfMarks(convening, setup, registration.personId, now),
      getRegistration(registration.id),
    ]);
    if (!wanted || !current || !isMarkable(current.status) || current.status === wanted) return;
    await moveRegistrationStatus(registration.id, [current.status], wanted, { attendanceMarkedAt: now });
  }
}

/**
 * Switches attendance on or off for a session. Switched off, its marks no longer count: the
 * status of everyone marked there follows their other marks.
 */
export async function switchSessionAttendance(
  convening: RegistrationConvening,
  input: { sessionId: string; isOn: boolean },
  managerId: string,
  now = new Date(),
): Promise<ActionResult> {
  const before = await loadAttendanceSetup(convening);
  if (!before.sessions.some((session) => session.id === input.sessionId))
    return { ok: false, status: 404, message: "There is no such session at this convening." };
  if (input.isOn) {
    await switchOnSessionAttendance(convening.id, input.sessionId, managerId);
    return { ok: true };
  }
  await switchOffSessionAttendance(convening.id, input.sessionId);
  const setup = await loadAttendanceSetup(convening);
  const marked = await listRegistrationsForConvening(convening.id, { statuses: ATTENDANCE_STATUSES });
  const marks = await readAttendanceMarks(
    marked.map((registration) => attendanceMarkId(convening.id, sessionSlot(input.sessionId), registration.personId)),
  );
  const affected = marked.filter((registration) =>
    marks.has(attendanceMarkId(convening.id, sessionSlot(input.sessionId), registration.personId) ?? ""),
  );
  // On one day the status is the day's mark: an "attended" a session gave stays until the day is marked.
  if (!setup.isOneDay)
    await Promise.all(affected.map((registration) => followMarks(convening, setup, registration, now)));
  return { ok: true };
}
