// The convening as registration sees it: the model's registration view (dates, places, status and
// the registration settings, including per-city overrides), read in one query by id.
import { getRegistrationConvening } from "~models/convening.server";

export { getRegistrationConvening, type RegistrationConvening } from "~models/convening.server";

/** The convening or a 404 response (malformed ids included); drafts only when the caller allows. */
export async function requireRegistrationConvening(conveningId: string | undefined, options: { includeDrafts: boolean }) {
  const convening = conveningId ? await getRegistrationConvening(conveningId) : null;
  if (!convening || (convening.status === "draft" && !options.includeDrafts)) {
    throw new Response("There is no convening at this address.", { status: 404 });
  }
  return convening;
}
