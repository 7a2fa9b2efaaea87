// The shared body of the one-button status changes on a convening page (publish, complete):
// origin check, managers only, 404 for an unknown convening, then back to the page with a note
// saying what happened.
import { redirect } from "@remix-run/node";
import { requireManager, type SignedInPerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { getConvening } from "~models/convening.server";
import type { Translate } from "~/i18n/translator";
import { translateRequest } from "~/i18n/translate.server";

type Convening = NonNullable<Awaited<ReturnType<typeof getConvening>>>;

export async function changeConveningStatus(
  request: Request,
  conveningId: string | undefined,
  change: (id: string, manager: SignedInPerson) => Promise<boolean>,
  /** The notes in the reader's language. */
  notes: (t: Translate) => { done: string; refused: (convening: Convening) => string },
) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const convening = await getConvening(conveningId ?? "");
  const { t } = await translateRequest(request);
  invariantResponse(convening, t("planning.notFound"), { status: 404 });
  const { done, refused } = notes(t);
  const note = (await change(convening.id, manager)) ? done : refused(convening);
  return redirectWithToast(`/convenings/${convening.id}`, note);
}

/** These changes are buttons on the convening page; a GET just goes back there. */
export async function backToConvening(request: Request, conveningId: string | undefined) {
  await requireManager(request);
  return redirect(`/convenings/${conveningId}`);
}
