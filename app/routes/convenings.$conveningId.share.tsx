// The share link's buttons on the convening page (replace, turn off, turn on): managers only, for
// a public convening. Each change gives the link a new token, so a link sent before stops working.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod/v3";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { backToConvening } from "~/convenings/convening-status.server";
import { canManageShareLink } from "~/convenings/policy";
import { SHARE_LINK_CHANGES, shareLinkSchema } from "~/convenings/share-link-form";
import { readForm } from "~/forms/form-body.server";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { getConvening, setShareLink } from "~models/convening.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => backToConvening(request, params.conveningId);

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const convening = await getConvening(params.conveningId ?? "");
  invariantResponse(convening, "Convening not found", { status: 404 });
  invariantResponse(
    canManageShareLink(manager, convening),
    "A draft has no public link yet: publish it, and its share link starts working.",
    { status: 409 },
  );
  const submission = parseWithZod(await readForm(request), { schema: shareLinkSchema });
  invariantResponse(submission.status === "success", "Choose what to do with the share link.", { status: 400 });
  const change = SHARE_LINK_CHANGES[submission.value.intent];
  await setShareLink(convening.id, change.isOn, manager);
  return redirectWithToast(`/convenings/${convening.id}`, change.note);
}
