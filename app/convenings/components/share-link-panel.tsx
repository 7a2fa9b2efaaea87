// The convening page's share link: the public agenda's address for partners without an account,
// and for managers the buttons that replace it or turn it off (both ask first) and on again.
import { Form } from "@remix-run/react";
import { ConfirmButton } from "~/components/confirm-dialog";
import { SubmitButton } from "~/components/form-fields";
import { shareLinkConfirmation } from "~/convenings/lifecycle-confirmations";
import type { ShareLinkIntent } from "~/convenings/share-link-form";
import { useT } from "~/i18n/use-t";

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
  const t = useT();
  const action = `/convenings/${conveningId}/share`;
  const confirmation = shareLinkConfirmation(intent, t);
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
  const t = useT();
  if (!shareUrl && !canManage) return null;
  return (
    <div className="convening-actions__share">
      {shareUrl ? (
        <p>
          {t("planning.share.public")} {/* An address is in no language ("zxx"): screen readers spell it as it is. */}
          <a href={shareUrl} lang="zxx">
            {shareUrl}
          </a>
        </p>
      ) : (
        <p>{t("planning.share.off")}</p>
      )}
      {canManage ? (
        <>
          <p className="muted">{t("planning.share.warning")}</p>
          <div className="cluster">
            {isShareLinkOn ? (
              <>
                <ShareLinkButton
                  conveningId={conveningId}
                  intent="replace"
                  label={t("planning.share.replace")}
                  pendingText={t("planning.share.replacing")}
                />
                <ShareLinkButton
                  conveningId={conveningId}
                  intent="turn-off"
                  label={t("planning.share.turnOff")}
                  pendingText={t("planning.share.turningOff")}
                />
              </>
            ) : (
              <ShareLinkButton
                conveningId={conveningId}
                intent="turn-on"
                label={t("planning.share.turnOn")}
                pendingText={t("planning.share.turningOn")}
              />
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}
