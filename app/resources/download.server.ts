// A resource's file as a download: streamed from GridFS as an attachment under a safe file name,
// with the type sniffed when it was uploaded, nosniff, its length and an ETag (a stored file never
// changes: a new upload is a new file). Private resources are cached by the browser only.
import { createReadableStreamFromReadable } from "@remix-run/node";
import { attachmentDisposition } from "~/domain/resources/content-disposition";
import { invariantResponse } from "~/utils/invariant";
import type { ResourceRecord } from "~models/resource.server";
import { openResourceFileDownload } from "~models/resource-file.server";

export const NO_RESOURCE_MESSAGE = "There is no document at this address: it may have been deleted.";

export async function resourceDownload(
  request: Request,
  conveningId: string,
  resource: ResourceRecord | null,
): Promise<Response> {
  invariantResponse(resource?.file, NO_RESOURCE_MESSAGE, { status: 404 });
  const { file } = resource;
  const stored = await openResourceFileDownload(conveningId, file.fileId);
  invariantResponse(stored, NO_RESOURCE_MESSAGE, { status: 404 });
  const etag = `"${file.fileId}"`;
  const headers = new Headers({
    "Content-Type": file.contentType,
    "Content-Disposition": attachmentDisposition(file.filename),
    "X-Content-Type-Options": "nosniff",
    ETag: etag,
    // Public ones may sit in shared caches, revalidated each time in case they become private.
    "Cache-Control": resource.isPublic ? "public, no-cache" : "private, no-cache",
  });
  if (resource.isPublic) headers.set("X-Robots-Tag", "noindex");
  if (
    request.headers
      .get("If-None-Match")
      ?.split(/\s*,\s*/)
      .includes(etag)
  ) {
    stored.stream.destroy();
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Length", String(stored.length));
  if (request.method === "HEAD") {
    stored.stream.destroy();
    return new Response(null, { status: 200, headers });
  }
  return new Response(createReadableStreamFromReadable(stored.stream), { status: 200, headers });
}
