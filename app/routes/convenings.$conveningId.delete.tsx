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

export const meta: MetaFunction = () => [{ title: "Delete draft · Inclusive Cities planner" }];

const NOT_A_DRAFT =
  "Only a draft that was never published can be deleted. A published convening has been announced: cancel it instead, so everyone registered is told.";

async function deletableDraft(id: string | undefined) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, "Convening not found", { status: 404 });
  invariantResponse(isDeletable(convening), NOT_A_DRAFT, { status: 409 });
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const convening = await deletableDraft(params.conveningId);
  return json({ id: convening.id, title: convening.title, confirmation: deleteDraftConfirmation(convening.title) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  await requireManager(request);
  const convening = await deletableDraft(params.conveningId);
  const confirmation = confirmationNeeded(await readForm(request), deleteDraftConfirmation(convening.title));
  if (confirmation) return json({ confirmation });
  const result = await deleteDraftConvening(convening.id);
  invariantResponse(result.ok || result.reason !== "not-draft", NOT_A_DRAFT, { status: 409 });
  return redirectWithToast("/convenings", `The draft “${convening.title}” was deleted.`);
}

export default function DeleteDraftPage() {
  const { id, title, confirmation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <ConveningConfirmationPage
      conveningId={id}
      conveningTitle={title}
      heading="Delete a draft"
      confirmation={actionData?.confirmation ?? confirmation}
    />
  );
}
