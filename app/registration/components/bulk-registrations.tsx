// The attendee list's bulk form: approve, decline or write to the people ticked in the tables
// below. "Write to selected" opens the messages page with them as the audience (a GET, so
// nothing is sent before its preview); approving and declining post here. The decline reason and
// its button come first, so Enter in the reason box declines (which asks first), never approves.
import { Form } from "@remix-run/react";
import { APPROVE_SELECTED_INTENT, DECLINE_SELECTED_INTENT } from "~/registration/registration-form";
import { IntentButton } from "./intent-button";
import { SelectAll } from "./selection";

export const BULK_FORM_ID = "selected-registrations";

export function BulkRegistrations({
  conveningId,
  canDecide,
  reasonError,
  problem,
}: {
  conveningId: string;
  canDecide: boolean;
  /** Why the decline reason was refused, at its field. */
  reasonError: string | null;
  /** Why the last bulk post did nothing (nobody selected), at the top of the form. */
  problem: string | null;
}) {
  return (
    <Form method="post" id={BULK_FORM_ID} className="card bulk-form" aria-labelledby="bulk-title" tabIndex={-1}>
      <h2 id="bulk-title">With the people you select</h2>
      <p className="muted">Tick the people in the lists below, then choose what to do.</p>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="cluster">
        <SelectAll formId={BULK_FORM_ID} />
      </div>
      {canDecide ? (
        <div className="bulk-form__decline">
          <div className="field">
            <label htmlFor="bulk-decline-reason">Reason for declining the selected people</label>
            <p className="field__hint" id="bulk-decline-reason-hint">
              Sent to each person declined.
            </p>
            <input
              id="bulk-decline-reason"
              name="reason"
              type="text"
              maxLength={500}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={`bulk-decline-reason-hint${reasonError ? " bulk-decline-reason-error" : ""}`}
            />
            {reasonError ? (
              <p className="field__error" id="bulk-decline-reason-error">
                {reasonError}
              </p>
            ) : null}
          </div>
          <IntentButton intent={DECLINE_SELECTED_INTENT} className="button button--quiet" pendingText="Declining…">
            Decline selected
          </IntentButton>
        </div>
      ) : null}
      <div className="cluster bulk-form__actions">
        {canDecide ? (
          <IntentButton intent={APPROVE_SELECTED_INTENT} pendingText="Approving…">
            Approve selected
          </IntentButton>
        ) : null}
        <button
          type="submit"
          className="button button--quiet"
          formMethod="get"
          formAction={`/convenings/${conveningId}/messages`}
        >
          Write to selected
        </button>
      </div>
    </Form>
  );
}
