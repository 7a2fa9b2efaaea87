// The first step of every action: a state-changing request must come from the app's own origin
// (docs/decisions: an origin check instead of CSRF tokens). Loaders answer GET and need no check.
import { getEnv } from "~/utils/env.server";

export const CROSS_SITE_MESSAGE = "This form was sent from another site and was refused.";

/**
 * Cookies are SameSite=Lax; on top of that a form on another site must not act for a signed-in
 * person (or sign someone in), so a POST whose Origin is not ours is refused with 403.
 */
export function requireSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  const origin = request.headers.get("Origin");
  if (!origin) return; // Same-origin requests from older browsers may omit it; SameSite still applies.
  const requestOrigin = new URL(request.url).origin;
  if (origin !== requestOrigin && origin !== new URL(getEnv().APP_URL).origin) {
    throw new Response(CROSS_SITE_MESSAGE, { status: 403 });
  }
}
