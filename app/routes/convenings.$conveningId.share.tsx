// The share link's buttons on the convening page (replace, turn off, turn on): managers only, for
// a public convening. Each change gives the link a new token, so a link sent before stops working;
// replacing and turning off ask first (decision 029), and without JavaScript this page asks.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { ConfirmationView } from "~/components/confirm-dialog";
import { ShareLinkPanel } from "~/convenings/components/share-link-panel";
import { shareLinkConfirmation } from "~/convenings/lifecycle-confirmations";
import { canManageShareLink } from "~/convenings/policy";
import { SHARE_LINK_CHANGES, shareLinkSchema } from "~/convenings/share-link-form";
import { isConfirmed } from "~/forms/confirmation";
import { readForm } from "~/forms/form-body.server";
import { getEnv } from "~/utils/env.server";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { getConvening, setShareLink } from "~models/convening.server";
import type { SignedInPerson } from "~/accounts/auth.server";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import type { Translate } from "~/i18n/translator";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "planning.share.title") }];

async function managedConvening(manager: SignedInPerson, id: string | undefined, t: Translate) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, t("planning.notFound"), { status: 404 });
  invariantResponse(canManageShareLink(manager, convening), t("planning.share.draft"), { status: 409 });
  return convening;
}

/** The link and its buttons, for a manager who opens this address (or comes back from a question). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireManager(request);
  const { t } = await translateRequest(request);
  const convening = await managedConvening(manager, params.conveningId, t);
  return json({
    id: convening.id,
    title: convening.title,
    shareUrl: convening.isShareLinkOn ? `${getEnv().APP_URL}/share/${convening.shareToken}` : null,
    isShareLinkOn: convening.isShareLinkOn,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const { t } = await translateRequest(request);
  const convening = await managedConvening(manager, params.conveningId, t);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: shareLinkSchema });
  invariantResponse(submission.status === "success", t("planning.share.choose"), { status: 400 });
  const confirmation = shareLinkConfirmation(submission.value.intent, t);
  if (confirmation && !isConfirmed(formData)) return json({ confirmation });
  const change = SHARE_LINK_CHANGES[submission.value.intent];
  await setShareLink(convening.id, change.isOn, manager);
  return redirectWithToast(`/convenings/${convening.id}`, t(change.note));
}

export default function ShareLinkPage() {
  const { id, title, shareUrl, isShareLinkOn } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <p>
        <Link to={`/convenings/${id}`}>
          {t("planning.backTo")} <ContentLang>{title}</ContentLang>
        </Link>
      </p>
      <h1>{t("planning.share.title")}</h1>
      {actionData?.confirmation ? (
        <ConfirmationView confirmation={actionData.confirmation} backTo={`/convenings/${id}`} />
      ) : (
        <ShareLinkPanel conveningId={id} shareUrl={shareUrl} isShareLinkOn={isShareLinkOn} canManage />
      )}
    </>
  );
}
