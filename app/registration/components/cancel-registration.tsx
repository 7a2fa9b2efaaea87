// The "Cancel" button for one registration, on the register and attendee pages: it asks first
// (a dialog with JavaScript, the server's question without) and each page's action cancels.
import { ConfirmButton } from "~/components/confirm-dialog";
import { cancelConfirmation } from "~/registration/confirmations";

export function CancelRegistrationForm({ registrationId, personName }: { registrationId: string; personName: string }) {
  return (
    <ConfirmButton
      confirmation={cancelConfirmation(registrationId, personName)}
      label="Cancel"
      accessibleLabel={`Cancel ${personName}'s registration`}
    />
  );
}
