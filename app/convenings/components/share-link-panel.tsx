// The convening page's share link: the public agenda's address for partners without an account,
// and for managers the buttons that replace it or turn it off (both ask first) and on again.
import { Form } from "@remix-run/react";
import { ConfirmButton } from "~/components/confirm-dialog";
import { SubmitButton } from "~/components/form-fields";
import { shareLinkConfirmation } from "~/convenings/lifecycle-confirmations";
import type { ShareLinkIntent } from "~/convenings/share-link-form";

type ShareLinkPanelProps = {
  conveningId: string;
  shareUrl: string | null;
  isShareLinkOn: boolean;
  canManage: boolean;
};

function ShareLinkButton({
  conveningId,
  intent,
  label,
  pendingText,
}: {
  conveningId: string;
  intent: ShareLinkIntent;
  label: string;
  pendingText: string;
}) {
  const action = `/convenings/${conveningId}/share`;
  const confirmation = shareLinkConfirmation(intent);
  if (confirmation)
    return <ConfirmButton confirmation={confirmation} label={label} action={action} className="button" />;
  return (
    <Form method="post" action={action}>
      <SubmitButton name="intent" value={intent} pendingText={pendingText}>
        {label}
      </SubmitButton>
    </Form>
  );
}

export function ShareLinkPanel({ conveningId, shareUrl, isShareLinkOn, canManage }: ShareLinkPanelProps) {
  if (!shareUrl && !canManage) return null;
  return (
    <div className="convening-actions__share">
      {shareUrl ? (
        <p>
          Public agenda to brief partners without an account: <a href={shareUrl}>{shareUrl}</a>
        </p>
      ) : (
        <p>The public share link is off: nobody can open the agenda without an account.</p>
      )}
      {canManage ? (
        <>
          <p className="muted">
            Replacing or turning off the link stops the old address working for everyone who has it.
          </p>
          <div className="cluster">
            {isShareLinkOn ? (
              <>
                <ShareLinkButton
                  conveningId={conveningId}
                  intent="replace"
                  label="Replace link"
                  pendingText="Replacing…"
                />
                <ShareLinkButton
                  conveningId={conveningId}
                  intent="turn-off"
                  label="Turn off link"
                  pendingText="Turning off…"
                />
              </>
            ) : (
              <ShareLinkButton
                conveningId={conveningId}
                intent="turn-on"
                label="Turn on link"
                pendingText="Turning on…"
              />
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}
