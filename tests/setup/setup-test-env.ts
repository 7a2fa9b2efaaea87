// Runs before every test file: outbound HTTP through msw, and console.error fails the test.
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { mockServer } from "../mocks";

process.env.SESSION_SECRET ??= "test-session-secret-that-is-long-enough-000";
process.env.APP_URL ??= "http://planner.test";
process.env.RESEND_API_KEY ??= "test-resend-key";

beforeAll(() => {
  mockServer.listen({
    onUnhandledRequest(request, print) {
      const host = new URL(request.url).hostname;
      if (host === "127.0.0.1" || host === "localhost") return; // our own servers under test
      print.error();
    },
  });
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error during a test: ${args.map(String).join(" ")}`);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});
