// Integration tests: outbound HTTP goes through msw (the email API is answered by tests/mocks);
// a request to any other host fails the test. Our own servers on loopback pass through.
import { afterAll, afterEach, beforeAll } from "vitest";
import { mockServer } from "../mocks";

beforeAll(() => {
  mockServer.listen({
    onUnhandledRequest(request, print) {
      if (request.url.startsWith("data:")) return; // an inline resource (the PDF layout engine's wasm), not the network
      const host = new URL(request.url).hostname;
      if (host === "127.0.0.1" || host === "localhost") return; // our own servers under test
      print.error();
    },
  });
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());
