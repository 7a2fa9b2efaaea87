// What cancelling and declining registrations ask before they act (decision 029): the same words
// for the page's dialog and for the server's answer to a post that was not confirmed.
import type { Confirmation } from "~/forms/confirmation";
import { CANCEL_REGISTRATION_INTENT, DECLINE_INTENT, DECLINE_SELECTED_INTENT } from "./registration-form";
import type { Translate } from "~/i18n/translator";
import { listOfSelected } from "./selection";

/** How long after a cancellation or decline it can be undone (undo.server.ts holds to it). */
export const UNDO_WINDOW_MINUTES = 10;

const undoNote = (t: Translate) => t("registration.undoNote", { minutes: UNDO_WINDOW_MINUTES });

export function cancelConfirmation(registrationId: string, personName: string, t: Translate): Confirmation {
  const name = personName;
  return {
    title: t("registration.cancel.title", { name }),
    message: t("registration.cancel.message", { name, undoNote: undoNote(t) }),
    yesLabel: t("registration.cancel.yes", { name }),
    noLabel: t("registration.cancel.no"),
    fields: { intent: CANCEL_REGISTRATION_INTENT, registrationId },
  };
}

/** "Cancel my place" on My convenings: the person's own place, in their own words. */
export function cancelOwnPlaceConfirmation(
  conveningId: string,
  registrationId: string,
  conveningTitle: string,
  t: Translate,
): Confirmation {
  return {
    title: t("registration.cancelOwn.title", { title: conveningTitle }),
    message: t("registration.cancelOwn.message", { undoNote: undoNote(t) }),
    yesLabel: t("registration.cancelOwn.yes"),
    noLabel: t("registration.cancelOwn.no"),
    fields: { intent: CANCEL_REGISTRATION_INTENT, conveningId, registrationId },
  };
}

export function declineConfirmation(
  registrationId: string,
  personName: string,
  reason: string,
  t: Translate,
): Confirmation {
  const name = personName;
  return {
    title: t("registration.decline.title", { name }),
    message: t("registration.decline.message", { name, reason, undoNote: undoNote(t) }),
    yesLabel: t("registration.decline.yes", { name }),
    noLabel: t("registration.cancel.no"),
    fields: { intent: DECLINE_INTENT, registrationId, reason },
  };
}

export function declineSelectedConfirmation(ids: readonly string[], reason: string, t: Translate): Confirmation {
  const count = ids.length;
  return {
    title: t("registration.declineSelected.title", { count }),
    message: t("registration.declineSelected.message", { count, reason }),
    yesLabel: t("registration.declineSelected.yes", { count }),
    noLabel: t("registration.declineSelected.no"),
    fields: { intent: DECLINE_SELECTED_INTENT, reason, ...listOfSelected(ids) },
  };
}
