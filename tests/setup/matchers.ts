// Custom matchers for the integration tests, registered before each of their files:
// expect(response).toHaveStatus(403) says which answer was expected and shows where a redirect went.
import { expect } from "vitest";

interface ResponseMatchers<R = unknown> {
  /** The value is a Response with this HTTP status. */
  toHaveStatus(status: number): R;
}

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type -- the shape vitest's own declarations use
  interface Assertion<T = any> extends ResponseMatchers<T> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into vitest's interface
  interface AsymmetricMatchersContaining extends ResponseMatchers {}
}

expect.extend({
  toHaveStatus(received: unknown, status: number) {
    if (!(received instanceof Response)) {
      return {
        pass: false,
        message: () => `expected a Response with status ${status}, got ${this.utils.printReceived(received)}`,
      };
    }
    const location = received.headers.get("Location");
    return {
      pass: received.status === status,
      message: () =>
        `expected status ${this.isNot ? "not " : ""}${status}, got ${received.status}${location ? ` (Location: ${location})` : ""}`,
      actual: received.status,
      expected: status,
    };
  },
});
