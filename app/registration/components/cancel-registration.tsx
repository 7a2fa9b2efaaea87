// The "Cancel" button for one registration, on the register and attendee pages: it asks first
// (a dialog with JavaScript, the server's question without) and each page's action cancels.
import { ConfirmButton } from "~/components/confirm-dialog";
import { cancelConfirmation } from "~/registration/confirmations";
import { useT } from "~/i18n/use-t";

export function CancelRegistrationForm({ registrationId, personName }: { registrationId: string; personName: string }) {
  const t = useT();
  return (
    <ConfirmButton
      confirmation={cancelConfirmation(registrationId, personName, t)}
      label={t("registration.cancel.label")}
      accessibleLabel={t("registration.cancel.accessibleLabel", { name: personName })}
    />
  );
}
