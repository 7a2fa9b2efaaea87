// Two vitest projects: `unit` for tests beside the code (no database), `integration` for
// tests/integration against one real database server for the run. Browser tests run on
// Playwright (playwright.config.ts).
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "~models": path.resolve("models"), "~": path.resolve("app") },
  },
  test: {
    pool: "forks",
    setupFiles: ["tests/setup/setup-test-env.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["app/**/*.test.{ts,tsx}", "models/**/*.test.ts", "scripts/**/*.test.ts"],
          testTimeout: 10_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: ["tests/setup/mock-server.ts", "tests/setup/mail-delivery.ts", "tests/setup/matchers.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
