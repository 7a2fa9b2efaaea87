// Fixtures and helpers for the browser tests: pages that fail the test on any browser error,
// people and convenings made for one test only (written through tests/factories into the
// server's database), signing in, axe checks and screenshots.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import mongoose from "mongoose";
import type { Role } from "../../models/person.server";
import { getCityBySlug } from "../../models/city.server";
import {
  at,
  createConvening,
  createSession,
  register,
  type ConveningOverrides,
  type SessionOverrides,
} from "../factories/calendar";
import { createAccount, TEST_PASSWORD } from "../factories/people";

export { expect };

export const baseUrl = () => process.env.E2E_BASE_URL!;

export type PageOptions = { width?: number; timezoneId?: string; javaScriptEnabled?: boolean };
export type TestPerson = { id: string; email: string; name: string; password: string; cityId: string | null };

type Fixtures = {
  /** A page in a browser context of its own, closed after the test; a page error or console error fails the test. */
  newPage: (options?: PageOptions) => Promise<Page>;
  /** A person with an account made for this test only, e.g. `createUser({ role: "city-rep", city: "bristol" })`. */
  createUser: (options: { role: Role; city?: string; name?: string }) => Promise<TestPerson>;
  /** A new page signed in as a person made for this test only. */
  login: (
    options: { role: Role; city?: string; name?: string } & PageOptions,
  ) => Promise<{ page: Page; person: TestPerson }>;
  /** A short id of this test, to keep its titles and emails apart from other tests' and other runs'. */
  tag: string;
};
type WorkerFixtures = { database: void };

/** Errors each page raised in the browser: uncaught exceptions (e.g. a failed hydration) and console errors. */
const browserErrors = new WeakMap<Page, string[]>();

// Playwright reads which fixtures a fixture needs from its first parameter's pattern, so fixtures
// that need none destructure nothing; the second parameter hands the value to the test.
/* eslint-disable no-empty-pattern */
export const test = base.extend<Fixtures, WorkerFixtures>({
  // The address is known only once the global setup has started the server.
  baseURL: async ({}, provide) => provide(baseUrl()),
  database: [
    async ({}, provide) => {
      mongoose.set("autoIndex", false); // the server built them at start
      mongoose.set("autoCreate", false);
      await mongoose.connect(process.env.E2E_MONGODB_URI!, { serverSelectionTimeoutMS: 5_000 });
      await provide();
      await mongoose.disconnect();
    },
    { scope: "worker", auto: true },
  ],
  tag: async ({}, provide) => provide(randomBytes(3).toString("hex")),
  newPage: async ({ browser, baseURL }, provide) => {
    const pages: Page[] = [];
    await provide(async (options = {}) => {
      const context = await browser.newContext({
        baseURL,
        viewport: { width: options.width ?? 1280, height: 900 },
        timezoneId: options.timezoneId ?? "Europe/London",
        locale: "en-GB",
        javaScriptEnabled: options.javaScriptEnabled ?? true,
      });
      // Every CSP violation (script, style, connect…) is logged as an error, which fails the test.
      await context.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        ),
      );
      const page = await context.newPage();
      const errors: string[] = [];
      browserErrors.set(page, errors);
      // Every page the app serves carries its nonce-based script policy.
      page.on("response", (response) => {
        const isAppPage =
          response.request().resourceType() === "document" &&
          response.url().startsWith(baseURL ?? "") &&
          (response.headers()["content-type"] ?? "").startsWith("text/html");
        if (!isAppPage) return; // redirects and downloads render no scripts
        if (!/script-src 'self' 'nonce-/.test(response.headers()["content-security-policy"] ?? ""))
          errors.push(`${response.url()}: no nonce-based Content-Security-Policy`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on("console", (message) => {
        // A 4xx the test provoked (a form error, a 403 page) is logged by the browser but is no fault.
        if (message.type() === "error" && !/status of 4\d\d/.test(message.text()))
          errors.push(`${page.url()}: ${message.text()}`);
      });
      pages.push(page);
      return page;
    });
    const errors = pages.flatMap((page) => browserErrors.get(page) ?? []);
    await Promise.all(pages.map((page) => page.context().close()));
    expect(errors, "errors in the browser").toEqual([]);
  },
  page: async ({ newPage }, provide) => provide(await newPage()),
  createUser: async ({ tag }, provide) => {
    let count = 0;
    await provide(async ({ role, city, name }) => {
      count += 1;
      const cityId = city ? await cityIdOf(city) : null;
      const email = `${role}.${tag}.${count}@example.org`;
      const person = await createAccount({ role, cityId, email, name: name ?? `Test ${role} ${tag}-${count}` });
      return { id: person.id, email, name: name ?? `Test ${role} ${tag}-${count}`, password: TEST_PASSWORD, cityId };
    });
  },
  login: async ({ newPage, createUser }, provide) => {
    await provide(async ({ width, timezoneId, javaScriptEnabled, ...who }) => {
      const person = await createUser(who);
      const page = await newPage({ width, timezoneId, javaScriptEnabled });
      await signIn(page, person);
      return { page, person };
    });
  },
});
/* eslint-enable no-empty-pattern */

/** The id of a city of the demo programme, e.g. "bristol". */
export async function cityIdOf(slug: string): Promise<string> {
  const city = await getCityBySlug(slug);
  if (!city) throw new Error(`no city ${slug} in the demo programme`);
  return city.id;
}

export type MeetingOptions = ConveningOverrides & { sessions?: SessionOverrides[] };
export type Meeting = { id: string; path: string; shareToken: string; sessionIds: string[] };

/**
 * A published convening of this test's own, with its sessions: by default one day in London
 * a month from now, two places per city.
 */
export async function createMeeting({ sessions = [], ...overrides }: MeetingOptions = {}): Promise<Meeting> {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const shareToken = randomBytes(18).toString("base64url");
  const id = await createConvening({
    summary: "Peer learning between the cities.",
    startsAt,
    endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 8 * 3600 * 1000),
    registration: { placesPerCity: 2 },
    shareToken,
    ...overrides,
  });
  const sessionIds: string[] = [];
  for (const session of sessions) sessionIds.push(await createSession(id, session));
  return { id, path: `/convenings/${id}`, shareToken, sessionIds };
}

export { at, register };

/** Signs in through the sign-in form; `person` is one made by the fixtures, or a demo account. */
export async function signIn(page: Page, person: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/login")),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

/** A demo account of the seed, for tests that only read pages as the demo people see them. */
export const demoAccount = (email: string) => ({ email, password: process.env.E2E_DEMO_PASSWORD! });

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** Fails when the page has thrown or logged an error in the browser since it was opened. */
export function expectNoBrowserErrors(page: Page) {
  expect(browserErrors.get(page) ?? [], "errors in the browser").toEqual([]);
}

/** Fails on any serious or critical WCAG violation on the current page, or any browser error so far. */
export async function expectNoSeriousAxeViolations(page: Page) {
  expectNoBrowserErrors(page);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** A full-page screenshot into tests/e2e/screenshots (git-ignored), for looking at after a run. */
export async function screenshot(page: Page, name: string) {
  const dir = path.resolve("tests/e2e/screenshots");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
