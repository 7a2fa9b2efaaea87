// Browser tests: Playwright driving Debian's Chromium against the production build, started with
// a fresh embedded database by tests/e2e/global-setup.ts. Each test makes the data it changes
// (tests/e2e/playwright-utils.ts); the demo seed is a read-only baseline.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "tests/e2e/global-setup.ts",
  outputDir: "tests/e2e/artifacts",
  // One production server and a small machine: one test at a time. Tests make their own data,
  // so they pass in any order (try `npx playwright test --repeat-each 2`).
  workers: 1,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
    timezoneId: "Europe/London",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium, never a downloaded browser build.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
    headless: true,
  },
});
