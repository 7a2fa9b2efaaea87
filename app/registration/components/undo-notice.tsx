// The notice after a cancellation or decline: what happened, and an "Undo" button for the few
// minutes it can be undone (the server checks the time and the place; the page only offers).
import { Form } from "@remix-run/react";
import { JOIN_WAITLIST_INTENT, UNDO_ENDING_INTENT } from "~/registration/registration-form";
import { IntentButton } from "./intent-button";

type Offer = { registrationId: string; personName: string; untilText: string };

export function UndoNotice({ message, offer, minutes }: { message: string; offer: Offer | null; minutes: number }) {
  return (
    <div className="notice notice--success undo-notice" role="status">
      <p>{message}</p>
      {offer ? (
        <Form method="post" className="cluster undo-notice__form">
          <input type="hidden" name="registrationId" value={offer.registrationId} />
          <IntentButton
            intent={UNDO_ENDING_INTENT}
            className="button button--quiet"
            pendingText="Undoing…"
            accessibleLabel={`Undo: put back ${offer.personName}'s registration`}
          >
            Undo
          </IntentButton>
          <span className="muted">
            You can undo this until {offer.untilText} ({minutes} minutes), if the place is still free.
          </span>
        </Form>
      ) : null}
    </div>
  );
}

/** An undo that was refused because the place had gone: the reason, and the waitlist instead. */
export function UndoRefusal({
  message,
  waitlistFor,
}: {
  message: string;
  waitlistFor: Pick<Offer, "registrationId" | "personName"> | null;
}) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      {waitlistFor ? (
        <Form method="post">
          <input type="hidden" name="registrationId" value={waitlistFor.registrationId} />
          <IntentButton intent={JOIN_WAITLIST_INTENT} pendingText="Adding to the waitlist…">
            Put {waitlistFor.personName} on the waitlist
          </IntentButton>
        </Form>
      ) : null}
    </div>
  );
}
