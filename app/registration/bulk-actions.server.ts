// Approving and declining the selected registrations of the attendee list: each one through the
// same rule as one at a time (approveRegistration, declineRegistration), so places, the waitlist
// and the emails stay right, and one sentence saying what happened to whom where it differs.
import { REGISTRATION_STATUS_LABELS } from "~/domain/vocabulary/registrations";
import type { RegistrationConvening } from "~models/convening.server";
import { getCityNames } from "~models/city.server";
import { approveRegistration, declineRegistration, waitlistReasonFor } from "./registration.server";
import { namesList, registrationCount } from "./selection";
import type { SelectedRegistration } from "./selection.server";

const label = (registration: SelectedRegistration) =>
  `${registration.name} (${REGISTRATION_STATUS_LABELS[registration.status].toLowerCase()})`;

/** "Amina Khan and Ben Ode are on the waitlist because Bristol's places are full." per city. */
async function waitlistSentences(convening: RegistrationConvening, waiting: SelectedRegistration[]) {
  const cityIds = [...new Set(waiting.map((registration) => registration.cityId))];
  const cityNames = await getCityNames(cityIds.flatMap((cityId) => cityId ?? []));
  const sentences: string[] = [];
  for (const cityId of cityIds) {
    const people = waiting.filter((registration) => registration.cityId === cityId).map((entry) => entry.name);
    const reason = await waitlistReasonFor(convening, cityId);
    const cityName = cityId ? (cityNames.get(cityId) ?? "their city") : "";
    const because =
      reason === "city-full"
        ? `${cityName}'s places are full`
        : reason === "total-full"
          ? "every place at the convening is taken"
          : "others are waiting ahead of them";
    sentences.push(`${namesList(people)} ${people.length === 1 ? "is" : "are"} on the waitlist because ${because}.`);
  }
  return sentences;
}

/** Approves those awaiting approval; says who could not be approved and why. */
export async function approveSelected(convening: RegistrationConvening, selected: SelectedRegistration[]) {
  const approved: SelectedRegistration[] = [];
  const waiting: SelectedRegistration[] = [];
  const other: SelectedRegistration[] = [];
  for (const registration of selected) {
    if (registration.status === "waitlisted") waiting.push(registration);
    else if (registration.status !== "pending") other.push(registration);
    // A decision made meanwhile (another manager, another tab) leaves it as that decision made it.
    else if ((await approveRegistration(convening, registration.id)).ok) approved.push(registration);
    else other.push(registration);
  }
  const sentences = [
    approved.length > 0
      ? `Approved ${registrationCount(approved.length)}: each person was emailed a confirmation with the calendar invitation.`
      : "Nobody was approved.",
    ...(await waitlistSentences(convening, waiting)),
  ];
  if (other.length > 0) sentences.push(`Not awaiting approval, so left as they were: ${namesList(other.map(label))}.`);
  return { approved: approved.length, message: sentences.join(" ") };
}

/** Declines those awaiting approval or on the waitlist, with one reason emailed to each. */
export async function declineSelected(
  convening: RegistrationConvening,
  selected: SelectedRegistration[],
  reason: string,
  managerId: string,
) {
  const declined: SelectedRegistration[] = [];
  const other: SelectedRegistration[] = [];
  for (const registration of selected) {
    const isDeclinable = registration.status === "pending" || registration.status === "waitlisted";
    if (isDeclinable && (await declineRegistration(convening, registration.id, reason, managerId)).ok)
      declined.push(registration);
    else other.push(registration);
  }
  const sentences = [
    declined.length > 0
      ? `Declined ${registrationCount(declined.length)}: each person was emailed the reason.`
      : "Nobody was declined.",
  ];
  if (other.length > 0)
    sentences.push(
      `Only registrations awaiting approval or on the waitlist can be declined, so these were left as they were: ${namesList(other.map(label))}.`,
    );
  return { declined: declined.length, message: sentences.join(" ") };
}
