// Server entry: checks configuration and connects the database at start-up, renders pages with
// safe default headers, and logs unexpected errors without request details.
import { PassThrough } from "node:stream";
import type { EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { repairPlaces } from "~/registration/registration.server";
import { connectDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

const ABORT_DELAY = 5_000;

// A bad variable stops start-up here with one line naming it (getEnv exits).
getEnv();
// Start the database (and build indexes) now rather than on the first request; a failure is
// retried by the next request and reported by /healthz. Then give back places a crash left taken.
void connectDb().then(
  () => repairPlaces().catch((error: Error) => console.error(`Repairing places failed: ${error.message}`)),
  (error: Error) => console.error(`Database not reachable yet: ${error.message}`),
);

export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted || isRouteErrorResponse(error)) return;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  // Whole documents (onAllReady): loaders return data, not deferred promises, so streaming gains nothing.
  return new Promise<Response>((resolve, reject) => {
    let didError = false;
    const { pipe, abort } = renderToPipeableStream(
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />,
      {
        onAllReady() {
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("X-Content-Type-Options", "nosniff");
          // A page may ask for a stricter policy (the calendar subscriptions page: no-referrer).
          if (!responseHeaders.has("Referrer-Policy")) responseHeaders.set("Referrer-Policy", "same-origin");
          // Pages can hold personal data for the signed-in reader: never kept by shared caches.
          if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", "private, no-cache");
          responseHeaders.set("X-Frame-Options", "DENY");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: didError ? 500 : responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          didError = true;
          console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
