// How the itinerary's actions answer: a form's reply for the form that was sent (by intent and
// the thing it edits), or a redirect with a note back to what was saved.
import { json } from "@remix-run/node";
import type { FormResult } from "~/forms/schema-form";
import { redirectWithToast } from "~/utils/toast.server";

export type ItineraryActionData = { intent: string; target: string; result: FormResult };

/** The form `intent` for `target` ("new" for an add form) answered with its problems, input kept. */
export function formProblem(intent: string, target: string, result: FormResult, status = 400) {
  return json<ItineraryActionData>({ intent, target: target || "new", result }, { status });
}

/** Back to the itinerary at `anchor`, with a note of what was done. */
export function savedAt(conveningId: string, anchor: string, note: string) {
  return redirectWithToast(`/convenings/${conveningId}/itinerary${anchor}`, note);
}
