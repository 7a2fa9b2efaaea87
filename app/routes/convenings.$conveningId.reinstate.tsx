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
import { pageTitle } from "~/i18n/meta";
import type { Translate } from "~/i18n/translator";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "planning.reinstate.title") }];

async function cancelledConvening(id: string | undefined, t: Translate) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, t("planning.notFound"), { status: 404 });
  invariantResponse(convening.status === "cancelled", t("planning.reinstate.notCancelled"), { status: 409 });
  return { convening, confirmation: reinstateConfirmation(convening.title, convening.endsAt < new Date(), t) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const { t } = await translateRequest(request);
  const { convening, confirmation } = await cancelledConvening(params.conveningId, t);
  return json({ id: convening.id, title: convening.title, confirmation });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const { t } = await translateRequest(request);
  const { convening, confirmation } = await cancelledConvening(params.conveningId, t);
  const asked = confirmationNeeded(await readForm(request), confirmation);
  if (asked) return json({ confirmation: asked });
  invariantResponse(await reinstateConvening(convening.id, manager), t("planning.reinstate.notCancelled"), {
    status: 409,
  });
  const reinstated = await getConvening(convening.id);
  const told = reinstated ? await notifyConveningReinstated(reinstated) : 0;
  return redirectWithToast(`/convenings/${convening.id}`, t("planning.reinstate.done", { count: told }));
}

export default function ReinstateConveningPage() {
  const { id, title, confirmation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <ConveningConfirmationPage
      conveningId={id}
      conveningTitle={title}
      heading={t("planning.reinstate.heading")}
      confirmation={actionData?.confirmation ?? confirmation}
    />
  );
}
