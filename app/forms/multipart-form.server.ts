// Forms that carry a file (multipart/form-data), read as a stream: each file part goes to the
// caller's handler as it arrives (which stores it, or drains what it refuses), and the text fields
// come back as FormData for parseWithZod like any other form. A form without a file (urlencoded)
// is read by readForm. A body that cannot be parsed is the same 400 as readForm's, and a text
// field is held in memory only up to a small limit.
import { unstable_parseMultipartFormData, type UploadHandlerPart } from "@remix-run/node";
import { readForm, UNREADABLE_FORM_MESSAGE } from "./form-body.server";

export type FilePart = { name: string; filename: string; contentType: string; data: AsyncIterable<Uint8Array> };

/** A form's text field longer than this (64 KB) is not a form this app sent. */
const MAX_TEXT_FIELD_BYTES = 64_000;

export const FIELD_TOO_LONG_MESSAGE = "A field of this form is far longer than any this form takes. Send it again.";

class FieldTooLongError extends Error {}

/** Drains what is left of a part that is not kept, so the parts after it are still read. */
export async function drain(data: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const _chunk of data) {
    // Nothing is kept.
  }
}

async function readText(data: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size > MAX_TEXT_FIELD_BYTES) throw new FieldTooLongError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function refuse(message: string, status: number): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * The text fields of the request's form; every file part (one with a filename, "" when no file
 * was chosen) is handed to `onFile`, which must read its data to the end.
 */
export async function readMultipartForm(request: Request, onFile: (part: FilePart) => Promise<void>) {
  const type = request.headers.get("Content-Type")?.split(";")[0].trim().toLowerCase();
  if (type !== "multipart/form-data") return readForm(request);
  try {
    return await unstable_parseMultipartFormData(request, async (part: UploadHandlerPart) => {
      if (part.filename === undefined) return readText(part.data);
      await onFile({ name: part.name, filename: part.filename, contentType: part.contentType, data: part.data });
      return undefined;
    });
  } catch (error) {
    if (error instanceof FieldTooLongError) throw refuse(FIELD_TOO_LONG_MESSAGE, 413);
    // A broken body (cut off, bad boundary): the parser's own errors.
    if (error instanceof TypeError || (error instanceof Error && /malformed|multipart/i.test(error.message)))
      throw refuse(UNREADABLE_FORM_MESSAGE, 400);
    throw error;
  }
}
