// The first step of every action: a state-changing request must come from the app's own origin
// (docs/decisions: an origin check instead of CSRF tokens), as a form. Loaders answer GET and
// need no check.
import { requireFormBody } from "~/forms/form-body.server";
import { getEnv } from "~/utils/env.server";
import { ORIGIN_SET_ASIDE_HEADER } from "~/utils/foreign-origin";

export const CROSS_SITE_MESSAGE = "This form was sent from another site and was refused.";

/**
 * Cookies are SameSite=Lax; on top of that a form on another site must not act for a signed-in
 * person (or sign someone in), so a POST whose Origin is not ours is refused with 403. A body
 * that is not a form (JSON, text, XML) is then refused with 415 before any action reads it.
 */
export function requireSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  // The server sets a foreign Origin aside so that this check, not Remix's empty 500, answers it.
  const origins = [request.headers.get("Origin"), request.headers.get(ORIGIN_SET_ASIDE_HEADER)];
  const ours = [new URL(request.url).origin, new URL(getEnv().APP_URL).origin];
  // Same-origin requests from older browsers may omit it; SameSite still applies.
  if (origins.some((origin) => origin && !ours.includes(origin))) {
    throw new Response(CROSS_SITE_MESSAGE, { status: 403 });
  }
  requireFormBody(request);
}
