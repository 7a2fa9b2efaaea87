// The "Cancel" button for one registration, on the register and attendee pages (intent=cancel).
import { Form } from "@remix-run/react";

export function CancelRegistrationForm({ registrationId, personName }: { registrationId: string; personName: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="registrationId" value={registrationId} />
      <button type="submit" name="intent" value="cancel" className="button button--quiet" aria-label={`Cancel ${personName}'s registration`}>
        Cancel
      </button>
    </Form>
  );
}
