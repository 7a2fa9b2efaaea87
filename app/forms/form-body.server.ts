// What an action accepts as its body: a browser's form (urlencoded or multipart), nothing else,
// read in one place. Anything else (JSON, text, XML, bytes without a type) is answered 415, and a
// form that cannot be parsed 400, in words: never a 500.

export const NOT_A_FORM_MESSAGE =
  "This address accepts a form (application/x-www-form-urlencoded or multipart/form-data), and the request sent something else.";

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** The media type of a Content-Type header, without its parameters ("multipart/form-data; boundary=…"). */
function mediaType(contentType: string | null): string | null {
  const type = contentType?.split(";")[0].trim().toLowerCase();
  return type || null;
}

/**
 * Refuses with 415 a request whose body is not a form. A post with no body at all passes: it is
 * an empty submission (a bare sign-out), and an action that needs fields says which are missing.
 */
export function requireFormBody(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD" || request.body === null) return;
  const type = mediaType(request.headers.get("Content-Type"));
  if (type && FORM_TYPES.has(type)) return;
  throw new Response(NOT_A_FORM_MESSAGE, {
    status: 415,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export const UNREADABLE_FORM_MESSAGE = "The form could not be read: it arrived cut off or malformed. Send it again.";

/** The form of an action's request; a body that says it is a form but cannot be parsed is a 400. */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response(UNREADABLE_FORM_MESSAGE, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
