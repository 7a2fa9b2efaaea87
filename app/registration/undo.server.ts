// Undoing a cancellation or a decline for a short while after it: the registration goes back to
// the status it had, a place only through the seats (a unique insert, decisions 002 and 020), so
// a place someone else has taken meanwhile is never given twice. Then the person is told, and a
// calendar the cancellation emptied gets the entry again (decision 035).
import { DateTime } from "luxon";
import { PLACE_HOLDING_STATUSES, type RegistrationStatus } from "~/domain/vocabulary/registrations";
import type { RegistrationConvening } from "~models/convening.server";
import { getCityNames } from "~models/city.server";
import { getActivePerson } from "~models/person.server";
import { releaseSeats } from "~models/place-seat.server";
import { forgetRegistrationEnding, getRegistrationEnding } from "~models/registration-ending.server";
import { getRegistration, moveRegistrationStatus, newQueueKey } from "~models/registration.server";
import { UNDO_WINDOW_MINUTES } from "./confirmations";
import { sendRegistrationEmail } from "./notifications.server";
import { canManageRegistration, isPlaceCancellableAt } from "./policy";
import { claimPlaceNow, fillFreePlaces } from "./registration.server";
import { registrationWindowRefusal, type Actor } from "./rules";

const UNDO_MINUTES = UNDO_WINDOW_MINUTES;

export type UndoOffer = { registrationId: string; personName: string; until: string; untilText: string };

/** What the notice after a cancellation or decline offers: undo until when, at the convening's local time. */
export function undoOffer(
  convening: Pick<RegistrationConvening, "timeZone">,
  registrationId: string,
  personName: string,
  now = new Date(),
): UndoOffer {
  const until = new Date(now.getTime() + UNDO_MINUTES * 60_000);
  return {
    registrationId,
    personName,
    until: until.toISOString(),
    untilText: DateTime.fromJSDate(until, { zone: convening.timeZone }).toFormat("HH:mm"),
  };
}

export type UndoResult =
  | { ok: true; status: RegistrationStatus; message: string }
  | { ok: false; status: 403 | 404 | 409; message: string; canJoinWaitlist: boolean };

const refuse = (status: 403 | 404 | 409, message: string, canJoinWaitlist = false): UndoResult => ({
  ok: false,
  status,
  message,
  canJoinWaitlist,
});

const isPlaceHolding = (status: string) => (PLACE_HOLDING_STATUSES as readonly string[]).includes(status);

const BECAUSE = {
  "city-full": (cityName: string) => `${cityName}'s places have been taken meanwhile`,
  "total-full": () => "every place at the convening has been taken meanwhile",
};

/** The convening's registration the actor may change, or the refusal to answer instead. */
async function managedRegistration(
  actor: Actor,
  convening: RegistrationConvening,
  registrationId: string,
): Promise<{ refused: UndoResult } | { registration: NonNullable<Awaited<ReturnType<typeof getRegistration>>> }> {
  const registration = await getRegistration(registrationId);
  if (!registration || registration.conveningId !== convening.id)
    return { refused: refuse(404, "There is no such registration for this convening.") };
  if (!canManageRegistration(actor, registration))
    return { refused: refuse(403, "You can only change registrations of your own city.") };
  return { registration };
}

/** Puts a cancelled or declined registration back as it was, while the undo window is open and its place is free. */
export async function undoEnding(
  actor: Actor,
  convening: RegistrationConvening,
  registrationId: string,
  now = new Date(),
): Promise<UndoResult> {
  const found = await managedRegistration(actor, convening, registrationId);
  if ("refused" in found) return found.refused;
  const { registration } = found;
  const person = await getActivePerson(registration.personId);
  const name = person?.name ?? "This person";
  const ending = await getRegistrationEnding(registration.id);
  if (!ending || ending.endedAs !== registration.status)
    return refuse(409, `There is nothing to undo: ${name}'s registration was not just cancelled or declined.`);
  if (now.getTime() - ending.endedAt.getTime() > UNDO_MINUTES * 60_000)
    return refuse(
      409,
      `Undo was possible for ${UNDO_MINUTES} minutes after the change, and that time has passed. Register ${name} again instead: they join the waitlist if the places are full.`,
    );
  if (!isPlaceCancellableAt(convening, now))
    return refuse(409, "This convening is no longer going ahead, or is over: its registrations stay as they are.");

  const back = ending.statusBefore;
  if (isPlaceHolding(back)) {
    // The registration is still cancelled or declined here: only a free seat brings it back.
    const placement = await claimPlaceNow(convening, registration);
    if (placement === "city-full" || placement === "total-full") {
      const because =
        placement === "city-full"
          ? BECAUSE["city-full"]((await cityNameOf(registration.cityId)) ?? "The city")
          : BECAUSE["total-full"]();
      return refuse(
        409,
        `${name}'s place could not be given back: ${because}. You can put them on the waitlist instead.`,
        true,
      );
    }
    if (placement === "already-placed") return refuse(409, `${name}'s registration is being put back already.`);
  }
  if (!(await moveRegistrationStatus(registration.id, [ending.endedAs], back))) {
    const current = await getRegistration(registration.id);
    if (!current || !isPlaceHolding(current.status)) await releaseSeats(registration.id);
    return refuse(409, `${name}'s registration changed meanwhile, so it was left as it is now.`);
  }
  await forgetRegistrationEnding(registration.id);
  if (person) await sendRegistrationEmail("restored", person, convening, { restoredStatus: back });
  return { ok: true, status: back, message: restoredMessage(name, back) };
}

function restoredMessage(name: string, status: RegistrationStatus) {
  if (status === "pending")
    return `Undone: ${name}'s registration is waiting for approval again, and they were emailed.`;
  if (status === "waitlisted") return `Undone: ${name} is back on the waitlist in the place they had, and was emailed.`;
  return `Undone: ${name} has their place back, and was emailed a new calendar invitation.`;
}

async function cityNameOf(cityId: string | null) {
  if (!cityId) return null;
  return (await getCityNames([cityId])).get(cityId) ?? null;
}

/** When the place had gone: the cancelled registration joins the back of the waitlist instead. */
export async function joinWaitlistAfterUndo(
  actor: Actor,
  convening: RegistrationConvening,
  registrationId: string,
  now = new Date(),
): Promise<UndoResult> {
  const found = await managedRegistration(actor, convening, registrationId);
  if ("refused" in found) return found.refused;
  const { registration } = found;
  const windowRefusal = registrationWindowRefusal(convening, now);
  if (windowRefusal) return refuse(409, windowRefusal.message);
  const person = await getActivePerson(registration.personId);
  const name = person?.name ?? "This person";
  if (!(await moveRegistrationStatus(registration.id, ["cancelled"], "waitlisted", { queueKey: newQueueKey() })))
    return refuse(409, `${name}'s registration is not cancelled any more, so it was left as it is now.`);
  await forgetRegistrationEnding(registration.id);
  // A place free for nobody ahead of them goes to them now; the pass emails them if so.
  const promoted = await fillFreePlaces(convening, registration.cityId);
  if (promoted.includes(registration.id)) {
    const current = await getRegistration(registration.id);
    return {
      ok: true,
      status: current?.status ?? "registered",
      message: `A place was free: ${name} has it, and was emailed.`,
    };
  }
  if (person) await sendRegistrationEmail("waitlisted", person, convening);
  return { ok: true, status: "waitlisted", message: `${name} is on the waitlist and was emailed.` };
}
