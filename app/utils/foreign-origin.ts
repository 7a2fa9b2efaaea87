// Remix answers a form post whose Origin is not its Host with an empty 500, before any app code
// runs. The server (scripts/server.ts) moves such an Origin to this header instead, so the action's
// own origin check (requireSameOrigin) sees it and answers 403 with the page's message.
export const ORIGIN_SET_ASIDE_HEADER = "x-planner-set-aside-origin";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

type HeaderValue = string | string[] | undefined;
const first = (value: HeaderValue) => (Array.isArray(value) ? value[0] : value);

/**
 * Whether Remix's built-in check would refuse this request: the same comparison as
 * @remix-run/server-runtime's throwIfPotentialCSRFAttack (Origin's host against the first
 * X-Forwarded-Host, else Host), where an Origin that is not a URL counts as foreign too.
 */
export function isForeignOrigin(method: string, headers: Record<string, HeaderValue>): boolean {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = first(headers.origin);
  if (!origin) return false;
  const host = first(headers["x-forwarded-host"])?.split(",")[0]?.trim() || first(headers.host);
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Moves a foreign Origin aside, in place, on Node's request headers. */
export function setAsideForeignOrigin(method: string, headers: Record<string, HeaderValue>): void {
  if (!isForeignOrigin(method, headers)) return;
  headers[ORIGIN_SET_ASIDE_HEADER] = first(headers.origin);
  delete headers.origin;
}
