// Playwright driving Debian's Chromium, with helpers for signing in, axe checks and screenshots.
import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";

export const baseUrl = () => process.env.E2E_BASE_URL!;
export const demoPassword = () => process.env.E2E_DEMO_PASSWORD!;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** Errors each page raised in the browser: uncaught exceptions (e.g. a failed hydration) and console errors. */
const browserErrors = new WeakMap<Page, string[]>();

export async function newPage(browser: Browser, options: { width?: number; timezoneId?: string } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: options.width ?? 1280, height: 900 },
    timezoneId: options.timezoneId ?? "Europe/London",
    locale: "en-GB",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  browserErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    // A 4xx the test provoked (a form error, a 403 page) is logged by the browser but is no fault.
    if (message.type() === "error" && !/status of 4\d\d/.test(message.text())) errors.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

/** Fails when the page has thrown or logged an error in the browser since it was opened. */
export function expectNoBrowserErrors(page: Page) {
  expect(browserErrors.get(page) ?? [], "errors in the browser").toEqual([]);
}

export async function signIn(page: Page, email: string, password = demoPassword()) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.getByRole("button", { name: "Sign in" }).click()]);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** Fails on any serious or critical WCAG violation on the current page, or any browser error so far. */
export async function expectNoSeriousAxeViolations(page: Page) {
  expectNoBrowserErrors(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  const dir = path.resolve("tests/e2e/screenshots");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
