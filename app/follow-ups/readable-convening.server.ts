// The convening an action page names or attaches to, as this reader may know it: none for a
// draft unless they are a manager (the convenings policy), so its title and outcomes stay private.
import type { Viewer } from "~/accounts/policy";
import { canReadConvening } from "~/convenings/policy";
import { getConveningForActions, type ConveningForActions } from "~models/queries/action-context.server";

export async function getReadableConveningForActions(
  viewer: Viewer,
  conveningId: string,
): Promise<ConveningForActions | null> {
  const convening = await getConveningForActions(conveningId);
  return convening && canReadConvening(viewer, convening) ? convening : null;
}
