// The "Cancel" button for one registration, on the register and attendee pages: a one-button
// form whose intent each page's action hands to its cancel function.
import { Form } from "@remix-run/react";
import { CANCEL_REGISTRATION_INTENT } from "~/registration/registration-form";

export function CancelRegistrationForm({ registrationId, personName }: { registrationId: string; personName: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="registrationId" value={registrationId} />
      <button
        type="submit"
        name="intent"
        value={CANCEL_REGISTRATION_INTENT}
        className="button button--quiet"
        aria-label={`Cancel ${personName}'s registration`}
      >
        Cancel
      </button>
    </Form>
  );
}
