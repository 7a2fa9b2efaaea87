// A person's own registrations, their data download, and deletion on request (anonymise: the
// registrations stay so counts hold, but nothing in them identifies or describes the person).
import { listConveningBriefs } from "~models/convening.server";
import { anonymisePerson, getPersonDataExport } from "~models/person.server";
import { releaseSeats } from "~models/place-seat.server";
import { deleteTravelDocumentsOfPerson } from "~models/travel-document.server";
import {
  anonymiseRegistrationsOfPerson,
  cancelRegistrationsOfPerson,
  getRegistration,
  listRegistrationsOfPerson,
} from "~models/registration.server";
import {
  PLACE_HOLDING_STATUSES,
  REGISTRATION_STATUS_LABELS,
  type RegistrationStatus,
} from "~/domain/vocabulary/registrations";
import type { Actor } from "./rules";
import type { Translate } from "~/i18n/translator";
import { registrationStatusText } from "./words";
import { getRegistrationConvening, type RegistrationConvening } from "~models/convening.server";
import { canCancelOwnPlace, canManageRegistration, isPlaceCancellableAt } from "./policy";
import { ACTIVE_STATUSES } from "./rules";
import { cancelRegistration, fillFreePlaces, type ActionResult } from "./registration.server";

export async function listMyRegistrations(personId: string) {
  const registrations = await listRegistrationsOfPerson(personId);
  const convenings = await listConveningBriefs(registrations.map((registration) => registration.conveningId));
  const byId = new Map(convenings.map((convening) => [convening.id, convening]));
  return registrations
    .filter((registration) => byId.has(registration.conveningId))
    .map((registration) => {
      const convening = byId.get(registration.conveningId)!;
      return {
        id: registration.id,
        status: registration.status,
        roleAtEvent: registration.roleAtEvent,
        dietaryNeeds: registration.dietaryNeeds,
        accessNeeds: registration.accessNeeds,
        arrivalDate: registration.arrivalDate,
        departureDate: registration.departureDate,
        isContactShared: registration.isContactShared,
        declineReason: registration.declineReason,
        needsPurgedAt: registration.needsPurgedAt,
        convening: {
          id: registration.conveningId,
          title: convening.title,
          kind: convening.kind,
          status: convening.status,
          startsAt: convening.startsAt,
          endsAt: convening.endsAt,
          timeZone: convening.timeZone,
        },
      };
    })
    .sort((a, b) => new Date(a.convening.startsAt).getTime() - new Date(b.convening.startsAt).getTime());
}

function hasDelegatePage(registration: { status: RegistrationStatus; convening: { kind: string; status: string } }) {
  return (
    registration.convening.kind === "learning-exchange" &&
    registration.convening.status !== "draft" &&
    (PLACE_HOLDING_STATUSES as readonly string[]).includes(registration.status)
  );
}

/** "Deleted after the convening, on 2 April 2027.": when its needs were purged, in the reader's language. */
function needsDeletedNote(
  registration: { needsPurgedAt: Date | null; convening: { timeZone: string } },
  words?: { t: Translate; locale: string },
) {
  const date = new Intl.DateTimeFormat(words?.locale ?? "en-GB", {
    dateStyle: "long",
    timeZone: registration.convening.timeZone,
  }).format(registration.needsPurgedAt ?? undefined);
  return words ? words.t("me.convenings.needsDeleted", { date }) : `Deleted after the convening, on ${date}.`;
}

/** Where a registration is listed on My convenings: a cancelled convening is neither upcoming nor past. */
export type MyConveningGroup = "upcoming" | "past" | "cancelled";

/**
 * My convenings: each registration with its group, the words for where it stands, whether it can
 * be given up, and a note in place of needs deleted after the convening.
 */
export async function loadMyConvenings(personId: string, now = new Date(), words?: { t: Translate; locale: string }) {
  const registrations = await listMyRegistrations(personId);
  return registrations.map((registration) => {
    const isConveningCancelled = registration.convening.status === "cancelled";
    const group: MyConveningGroup = isConveningCancelled
      ? "cancelled"
      : new Date(registration.convening.endsAt) < now
        ? "past"
        : "upcoming";
    return {
      ...registration,
      group,
      // A place at a cancelled convening is not "Registered": nobody is going.
      statusLabel: isConveningCancelled
        ? (words?.t("me.convenings.conveningCancelled") ?? "Convening cancelled")
        : words
          ? registrationStatusText(words.t, registration.status)
          : REGISTRATION_STATUS_LABELS[registration.status],
      canCancel: canCancelOwnPlace(registration, registration.convening, now),
      // A delegate of a learning exchange keeps their travel documents on their delegate page.
      travelDocumentsUrl: hasDelegatePage(registration)
        ? `/convenings/${registration.convening.id}/delegates/${personId}`
        : null,
      // After a purge the needs are empty: say they were deleted, not that none were given.
      needsNote: registration.needsPurgedAt ? needsDeletedNote(registration, words) : null,
    };
  });
}

/** Why "Cancel my place" cannot go ahead, checked before it is asked: null when it can. */
export async function cancelMyPlaceRefusal(
  person: Actor,
  convening: RegistrationConvening,
  registrationId: string,
  now = new Date(),
): Promise<Exclude<ActionResult, { ok: true }> | null> {
  if (!isPlaceCancellableAt(convening, now)) {
    return {
      ok: false,
      status: 409,
      message:
        convening.status === "cancelled"
          ? "This convening is cancelled: there is no place to give up."
          : "This convening is over: its places can no longer be cancelled.",
    };
  }
  const registration = await getRegistration(registrationId);
  if (!registration || registration.conveningId !== convening.id)
    return { ok: false, status: 404, message: "There is no such registration for this convening." };
  if (!canManageRegistration(person, registration))
    return { ok: false, status: 403, message: "You can only change registrations of your own city." };
  if (!(ACTIVE_STATUSES as readonly string[]).includes(registration.status))
    return { ok: false, status: 409, message: "This registration is not active any more." };
  return null;
}

/** "Cancel my place": refused (409) once the convening is cancelled or over, as the page offers it. */
export async function cancelMyPlace(
  person: Actor,
  convening: RegistrationConvening,
  registrationId: string,
  now = new Date(),
): Promise<ActionResult> {
  const refusal = await cancelMyPlaceRefusal(person, convening, registrationId, now);
  if (refusal) return refusal;
  return cancelRegistration(person, convening, registrationId, now);
}

/** Everything the planner holds about the person, as one JSON document. */
export async function exportMyData(personId: string) {
  const [profile, registrations] = await Promise.all([getPersonDataExport(personId), listMyRegistrations(personId)]);
  return { exportedAt: new Date().toISOString(), profile, registrations };
}

/** Registrations still to come that deletion cancels (attended ones stay, anonymised). */
const CANCELLED_ON_DELETION: readonly RegistrationStatus[] = ["pending", "registered", "waitlisted"];

/**
 * Deletion on request: cancels active registrations (freeing their places for the waitlist),
 * clears every personal field of all registrations, deletes their travel documents and
 * anonymises the person. Counts of past attendance remain.
 */
export async function deleteMyData(personId: string) {
  const active = await listRegistrationsOfPerson(personId, { statuses: CANCELLED_ON_DELETION });
  await cancelRegistrationsOfPerson(personId, CANCELLED_ON_DELETION);
  await anonymiseRegistrationsOfPerson(personId);
  await deleteTravelDocumentsOfPerson(personId);
  await anonymisePerson(personId);
  for (const registration of active) {
    await releaseSeats(registration.id);
    const convening = await getRegistrationConvening(registration.conveningId);
    if (convening) await fillFreePlaces(convening, registration.cityId, null, "cancellation");
  }
}
