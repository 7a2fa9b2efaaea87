// What cancelling and declining registrations ask before they act (decision 029): the same words
// for the page's dialog and for the server's answer to a post that was not confirmed.
import type { Confirmation } from "~/forms/confirmation";
import { CANCEL_REGISTRATION_INTENT, DECLINE_INTENT, DECLINE_SELECTED_INTENT } from "./registration-form";
import { listOfSelected, registrationCount } from "./selection";

/** How long after a cancellation or decline it can be undone (undo.server.ts holds to it). */
export const UNDO_WINDOW_MINUTES = 10;

const undoNote = `You can undo it for ${UNDO_WINDOW_MINUTES} minutes afterwards, while the place is still free.`;

export function cancelConfirmation(registrationId: string, personName: string): Confirmation {
  return {
    title: `Cancel ${personName}'s registration?`,
    message: `${personName} loses their place or waitlist spot and is emailed that the registration is cancelled (a calendar entry is removed). The place goes to the first person waiting, if anyone is. ${undoNote}`,
    yesLabel: `Yes, cancel ${personName}'s registration`,
    noLabel: "No, keep it",
    fields: { intent: CANCEL_REGISTRATION_INTENT, registrationId },
  };
}

/** "Cancel my place" on My convenings: the person's own place, in their own words. */
export function cancelOwnPlaceConfirmation(
  conveningId: string,
  registrationId: string,
  conveningTitle: string,
): Confirmation {
  return {
    title: `Cancel your place at ${conveningTitle}?`,
    message: `You lose your place (or your spot on the waitlist) and are emailed that your registration is cancelled; the convening leaves your calendar. The place goes to the first person waiting, if anyone is. ${undoNote}`,
    yesLabel: "Yes, cancel my place",
    noLabel: "No, keep my place",
    fields: { intent: CANCEL_REGISTRATION_INTENT, conveningId, registrationId },
  };
}

export function declineConfirmation(registrationId: string, personName: string, reason: string): Confirmation {
  return {
    title: `Decline ${personName}'s registration?`,
    message: `${personName} is emailed that the registration is declined, with your reason: “${reason}”. Any place it held goes to the first person waiting. ${undoNote}`,
    yesLabel: `Yes, decline ${personName}`,
    noLabel: "No, keep it",
    fields: { intent: DECLINE_INTENT, registrationId, reason },
  };
}

export function declineSelectedConfirmation(ids: readonly string[], reason: string): Confirmation {
  const count = registrationCount(ids.length);
  return {
    title: `Decline ${count}?`,
    message: `Each person awaiting approval or on the waitlist among the ${count} is emailed that their registration is declined, with your reason: “${reason}”. The others are left as they are. Places freed go to the first people waiting.`,
    yesLabel: `Yes, decline ${count}`,
    noLabel: "No, keep them",
    fields: { intent: DECLINE_SELECTED_INTENT, reason, ...listOfSelected(ids) },
  };
}
