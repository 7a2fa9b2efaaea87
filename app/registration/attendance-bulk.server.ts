// "Mark selected as here" on the attendance page: each person through the same mark as their own
// row's button (a mark by its made-up _id, decision 019), so a repeated post marks nobody twice,
// and the answer counts who was marked now and who was here already.
import { ATTENDANCE_STATUSES } from "~/domain/vocabulary/registrations";
import { attendanceMarkId, daySlot, readAttendanceMarks, sessionSlot } from "~models/attendance-mark.server";
import type { RegistrationConvening } from "~models/convening.server";
import { getRegistrationsByIds } from "~models/registration.server";
import { markingRefusal, markPersonAttendance, type MarkTarget } from "./attendance-marks.server";
import { loadAttendanceSetup } from "./attendance-setup.server";
import { MAX_SELECTED } from "./selection";
import { NOTHING_SELECTED } from "./selection.server";

export type BulkMarkResult =
  | { ok: true; marked: number; alreadyHere: number; message: string }
  | { ok: false; status: 400 | 404 | 409; message: string };

const people = (count: number) => `${count} ${count === 1 ? "person" : "people"}`;

export async function markSelectedHere(
  convening: RegistrationConvening,
  input: { registrationIds: string[]; target: MarkTarget },
  managerId: string,
  now = new Date(),
): Promise<BulkMarkResult> {
  const { registrationIds, target } = input;
  if (registrationIds.length === 0) return { ok: false, status: 400, message: NOTHING_SELECTED };
  if (registrationIds.length > MAX_SELECTED)
    return { ok: false, status: 400, message: `Select at most ${MAX_SELECTED} people at a time.` };
  const setup = await loadAttendanceSetup(convening);
  const refusal = markingRefusal(convening, setup, target, now);
  if (refusal) return { ok: false, ...refusal };
  const found = new Map((await getRegistrationsByIds(registrationIds)).map((entry) => [entry.id, entry]));
  const chosen = registrationIds.map((id) => found.get(id));
  // One id that is not a person with a place at this convening refuses the post: nobody is marked.
  if (
    chosen.some(
      (entry) =>
        !entry ||
        entry.conveningId !== convening.id ||
        !(ATTENDANCE_STATUSES as readonly string[]).includes(entry.status),
    )
  )
    return { ok: false, status: 400, message: "Some of the selected people have no place at this convening." };
  const registrations = chosen.filter((entry) => entry !== undefined);

  // Who is marked here already: on a one-day list the status is the mark.
  const isStatusTheMark = setup.isOneDay && "day" in target;
  const slot = "day" in target ? daySlot(target.day) : sessionSlot(target.sessionId);
  const markIdOf = (personId: string) => attendanceMarkId(convening.id, slot, personId) ?? "";
  const marks = isStatusTheMark
    ? new Map<string, string>()
    : await readAttendanceMarks(registrations.map((entry) => markIdOf(entry.personId)));
  const isHere = (entry: (typeof registrations)[number]) =>
    isStatusTheMark ? entry.status === "attended" : marks.get(markIdOf(entry.personId)) === "here";

  let marked = 0;
  let alreadyHere = 0;
  for (const registration of registrations) {
    if (isHere(registration)) {
      alreadyHere += 1;
      continue;
    }
    const result = await markPersonAttendance(
      convening,
      { registrationId: registration.id, mark: "here", target },
      managerId,
      now,
    );
    if (!result.ok) return { ok: false, status: result.status === 403 ? 409 : result.status, message: result.message };
    marked += 1;
  }
  const already =
    alreadyHere > 0 ? ` ${people(alreadyHere)} ${alreadyHere === 1 ? "was" : "were"} marked here already.` : "";
  return { ok: true, marked, alreadyHere, message: `Marked ${people(marked)} as here.${already}` };
}
