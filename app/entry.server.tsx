// Server entry: checks configuration and connects the database at start-up, renders pages with
// safe default headers (a Content-Security-Policy nonce per document), and logs unexpected errors
// without request details.
import { PassThrough } from "node:stream";
import type { EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { startChangeNoticeRunner } from "~/change-notices/notice-runner.server";
import { startTravelDocumentPurge } from "~/exchanges/travel-document-purge-schedule.server";
import { resumeMailSender } from "~/mail/background-sender.server";
import { repairPlaces } from "~/registration/registration.server";
import { connectDb } from "~/utils/db.server";
import { createNonce, setDocumentHeaders } from "~/utils/document-headers.server";
import { getEnv, isServedOverHttps } from "~/utils/env.server";
import { NonceProvider } from "~/utils/nonce";

const ABORT_DELAY = 5_000;

// A bad variable stops start-up here with one line naming it (getEnv exits).
getEnv();
// Start the database (and build indexes) now rather than on the first request; a failure is
// retried by the next request and reported by /healthz. Then give back places a crash left taken,
// send the mail an earlier process left queued, start sending change notices as they fall due, and
// delete the travel documents whose retention after their exchange has run out (then every few hours).
void connectDb().then(
  () => {
    resumeMailSender();
    startChangeNoticeRunner();
    void startTravelDocumentPurge();
    return repairPlaces().catch((error: Error) => console.error(`Repairing places failed: ${error.message}`));
  },
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
  // Every inline script of this document carries the nonce its Content-Security-Policy names.
  const nonce = createNonce();
  return new Promise<Response>((resolve, reject) => {
    let didError = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          const body = new PassThrough();
          setDocumentHeaders(responseHeaders, { nonce, isServedOverHttps: isServedOverHttps(getEnv()) });
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
