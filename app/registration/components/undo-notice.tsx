// The notice after a cancellation or decline: what happened, and an "Undo" button for the few
// minutes it can be undone (the server checks the time and the place; the page only offers).
import { Form } from "@remix-run/react";
import { JOIN_WAITLIST_INTENT, UNDO_ENDING_INTENT } from "~/registration/registration-form";
import { useT } from "~/i18n/use-t";
import { IntentButton } from "./intent-button";

type Offer = { registrationId: string; personName: string; untilText: string };

/** Hidden fields a page's undo repeats beside the registration (My convenings names the convening too). */
function ExtraFields({ fields }: { fields?: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

export function UndoNotice({
  message,
  offer,
  minutes,
  fields,
  undoLabel,
}: {
  message: string;
  offer: Offer | null;
  minutes: number;
  fields?: Record<string, string>;
  /** What a screen reader hears for "Undo"; by default it names the person. */
  undoLabel?: string;
}) {
  const t = useT();
  return (
    <div className="notice notice--success undo-notice" role="status">
      <p>{message}</p>
      {offer ? (
        <Form method="post" className="cluster undo-notice__form">
          <input type="hidden" name="registrationId" value={offer.registrationId} />
          <ExtraFields fields={fields} />
          <IntentButton
            intent={UNDO_ENDING_INTENT}
            className="button button--quiet"
            pendingText={t("registration.undo.pending")}
            accessibleLabel={undoLabel ?? t("registration.undo.accessibleLabel", { name: offer.personName })}
          >
            {t("registration.undo.button")}
          </IntentButton>
          <span className="muted">{t("registration.undo.until", { until: offer.untilText, minutes })}</span>
        </Form>
      ) : null}
    </div>
  );
}

/** An undo that was refused because the place had gone: the reason, and the waitlist instead. */
export function UndoRefusal({
  message,
  waitlistFor,
  fields,
  waitlistLabel,
}: {
  message: string;
  waitlistFor: Pick<Offer, "registrationId" | "personName"> | null;
  fields?: Record<string, string>;
  /** The waitlist button's words; by default "Put <name> on the waitlist". */
  waitlistLabel?: string;
}) {
  const t = useT();
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      {waitlistFor ? (
        <Form method="post">
          <input type="hidden" name="registrationId" value={waitlistFor.registrationId} />
          <ExtraFields fields={fields} />
          <IntentButton intent={JOIN_WAITLIST_INTENT} pendingText={t("registration.undo.waitlistPending")}>
            {waitlistLabel ?? t("registration.undo.waitlistButton", { name: waitlistFor.personName })}
          </IntentButton>
        </Form>
      ) : null}
    </div>
  );
}
