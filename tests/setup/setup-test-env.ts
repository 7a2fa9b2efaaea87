// Runs before every vitest test file: test defaults for the environment, and console.error
// fails the test (unless the test expects it and says so).
import { afterEach, beforeEach, vi } from "vitest";

process.env.SESSION_SECRET ??= "test-session-secret-that-is-long-enough-000";
process.env.APP_URL ??= "http://planner.test";
process.env.RESEND_API_KEY ??= "test-resend-key";

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error during a test: ${args.map(String).join(" ")}`);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});
