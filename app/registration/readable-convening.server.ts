// The convening as the registration pages read it, or 404 (malformed ids included) when there is
// none or the convenings policy keeps it from this reader (a draft is the programme team's).
import type { Viewer } from "~/accounts/policy";
import { canReadConvening } from "~/convenings/policy";
import { invariantResponse } from "~/utils/invariant";
import { getRegistrationConvening, type RegistrationConvening } from "~models/convening.server";

export async function requireRegistrationConvening(
  viewer: Viewer,
  conveningId: string | undefined,
): Promise<RegistrationConvening> {
  const convening = conveningId ? await getRegistrationConvening(conveningId) : null;
  invariantResponse(convening && canReadConvening(viewer, convening), "There is no convening at this address.", {
    status: 404,
  });
  return convening;
}
