// Deleting a draft: managers only, a draft only (a public convening is cancelled instead), asked
// first by decision 029. The page is the no-JavaScript confirmation; the convening and edit
// pages post here from a dialog.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { ConveningConfirmationPage } from "~/convenings/components/convening-confirmation-page";
import { deleteDraftConfirmation } from "~/convenings/lifecycle-confirmations";
import { isDeletable } from "~/convenings/policy";
import { confirmationNeeded } from "~/forms/confirmation";
import { readForm } from "~/forms/form-body.server";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { deleteDraftConvening } from "~models/convening-deletion.server";
import { getConvening } from "~models/convening.server";
import { pageTitle } from "~/i18n/meta";
import type { Translate } from "~/i18n/translator";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "planning.delete.title") }];

async function deletableDraft(id: string | undefined, t: Translate) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, t("planning.notFound"), { status: 404 });
  invariantResponse(isDeletable(convening), t("planning.delete.notDraft"), { status: 409 });
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const { t } = await translateRequest(request);
  const convening = await deletableDraft(params.conveningId, t);
  return json({ id: convening.id, title: convening.title, confirmation: deleteDraftConfirmation(convening.title, t) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  await requireManager(request);
  const { t } = await translateRequest(request);
  const convening = await deletableDraft(params.conveningId, t);
  const confirmation = confirmationNeeded(await readForm(request), deleteDraftConfirmation(convening.title, t));
  if (confirmation) return json({ confirmation });
  const result = await deleteDraftConvening(convening.id);
  invariantResponse(result.ok || result.reason !== "not-draft", t("planning.delete.notDraft"), { status: 409 });
  return redirectWithToast("/convenings", t("planning.delete.done", { title: convening.title }));
}

export default function DeleteDraftPage() {
  const { id, title, confirmation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <ConveningConfirmationPage
      conveningId={id}
      conveningTitle={title}
      heading={t("planning.delete.heading")}
      confirmation={actionData?.confirmation ?? confirmation}
    />
  );
}
