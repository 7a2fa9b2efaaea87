// Refusals inside loaders and actions as one line: the condition, the words the person reads, and
// the status (404, 403, 409…). Modelled on @epic-web/invariant's invariantResponse.

/**
 * Throws a Response with `message` as its body when `condition` is falsy; narrows the type when
 * it holds. The status defaults to 400, as a bare "that request could not be understood".
 */
export function invariantResponse(
  condition: unknown,
  message: string | (() => string),
  responseInit?: ResponseInit,
): asserts condition {
  if (!condition) {
    throw new Response(typeof message === "function" ? message() : message, { status: 400, ...responseInit });
  }
}
