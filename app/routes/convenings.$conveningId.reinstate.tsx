// Reinstating a cancelled convening: managers only, asked first by decision 029. It is published
// again with its registrations as they were, and everyone the cancellation told is told again.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { ConveningConfirmationPage } from "~/convenings/components/convening-confirmation-page";
import { reinstateConfirmation } from "~/convenings/lifecycle-confirmations";
import { notifyConveningReinstated } from "~/convenings/reinstatement-notice.server";
import { confirmationNeeded } from "~/forms/confirmation";
import { readForm } from "~/forms/form-body.server";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { getConvening, reinstateConvening } from "~models/convening.server";

export const meta: MetaFunction = () => [{ title: "Reinstate convening · Inclusive Cities planner" }];

const NOT_CANCELLED = "Only a cancelled convening can be reinstated.";

async function cancelledConvening(id: string | undefined) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, "Convening not found", { status: 404 });
  invariantResponse(convening.status === "cancelled", NOT_CANCELLED, { status: 409 });
  return { convening, confirmation: reinstateConfirmation(convening.title, convening.endsAt < new Date()) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const { convening, confirmation } = await cancelledConvening(params.conveningId);
  return json({ id: convening.id, title: convening.title, confirmation });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const { convening, confirmation } = await cancelledConvening(params.conveningId);
  const asked = confirmationNeeded(await readForm(request), confirmation);
  if (asked) return json({ confirmation: asked });
  invariantResponse(await reinstateConvening(convening.id, manager), NOT_CANCELLED, { status: 409 });
  const reinstated = await getConvening(convening.id);
  const told = reinstated ? await notifyConveningReinstated(reinstated) : 0;
  return redirectWithToast(
    `/convenings/${convening.id}`,
    `Reinstated: it is published again and calendars show it going ahead. ${told === 1 ? "1 person was" : `${told} people were`} emailed.`,
  );
}

export default function ReinstateConveningPage() {
  const { id, title, confirmation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <ConveningConfirmationPage
      conveningId={id}
      conveningTitle={title}
      heading="Reinstate a convening"
      confirmation={actionData?.confirmation ?? confirmation}
    />
  );
}
