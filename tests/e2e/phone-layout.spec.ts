// Every page a manager and a city representative use, at phone width: nothing may widen the page
// beyond the screen (wide tables scroll inside their own labelled regions), and axe must pass.
// They sign in as the demo accounts and only read pages, so the pages hold the demo programme's data.
import type { Page } from "@playwright/test";
import { demoAccount, expect, expectNoSeriousAxeViolations, signIn, test } from "./playwright-utils";

const PHONE = 390;

async function demoMeetingPath(page: Page): Promise<string> {
  await page.goto("/convenings");
  const href = await page
    .getByRole("link", { name: "City Working Group meeting: Sheffield", exact: true })
    .first()
    .getAttribute("href");
  expect(href).toMatch(/^\/convenings\/[0-9a-f]{24}$/);
  return href!;
}

/** The demo programme's learning exchange (2018, so among all convenings, not the upcoming ones). */
async function demoExchangePath(page: Page): Promise<string> {
  await page.goto("/convenings?when=all");
  const href = await page.getByRole("link", { name: "US learning exchange", exact: true }).first().getAttribute("href");
  expect(href).toMatch(/^\/convenings\/[0-9a-f]{24}$/);
  return href!;
}

/** Pages wider than the screen, with the widest element that sticks out. */
async function overflowAt(page: Page, path: string): Promise<string | null> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  return page.evaluate((width) => {
    if (document.documentElement.scrollWidth <= width) return null;
    // An element sticks out, or its text does (a long word overflows a box that itself fits):
    // the innermost such element, where the overflow starts.
    const reach = (element: Element) =>
      Math.max(element.getBoundingClientRect().right, element.getBoundingClientRect().left + element.scrollWidth);
    const outside = [...document.querySelectorAll("body *")].filter(
      (element) => reach(element) > width + 1 && !element.closest("[role=region]"),
    );
    const culprit = outside
      .filter((element) => ![...element.children].some((child) => outside.includes(child)))
      .sort((a, b) => reach(b) - reach(a))[0];
    return `${document.documentElement.scrollWidth}px wide; ${culprit ? `${culprit.tagName.toLowerCase()}.${culprit.className} “${(culprit.textContent ?? "").trim().slice(0, 40)}”` : "no single element"}`;
  }, PHONE);
}

async function checkPages(page: Page, paths: string[]) {
  const problems: string[] = [];
  for (const path of paths) {
    const overflow = await overflowAt(page, path);
    if (overflow) problems.push(`${path}: ${overflow}`);
    await expectNoSeriousAxeViolations(page);
  }
  expect(problems).toEqual([]);
}

test.describe("every page fits a phone", () => {
  // Each test reads some twenty pages and runs axe on each: more than one page's time.
  test.describe.configure({ timeout: 300_000 });
  test("for the programme manager", async ({ newPage }) => {
    const page = await newPage({ width: PHONE });
    await signIn(page, demoAccount("manager@example.org"));
    const meeting = await demoMeetingPath(page);
    const exchange = await demoExchangePath(page);
    await checkPages(page, [
      "/",
      "/convenings",
      "/convenings/new",
      meeting,
      `${meeting}/edit`,
      `${meeting}/sessions/new`,
      `${meeting}/register`,
      `${meeting}/attendees`,
      `${meeting}/attendance`,
      `${meeting}/outcomes`,
      `${meeting}/actions/new`,
      `${meeting}/changes`,
      `${meeting}/duplicate`,
      `${meeting}/cancel`,
      `${meeting}/print`,
      `${exchange}/itinerary`,
      `${exchange}/rooming`,
      `${meeting}/messages`,
      "/cities",
      "/cities/bristol",
      "/cities/bristol/edit",
      "/cities/bristol/plan",
      "/dashboard",
      "/people",
      "/me/calendar",
      "/me/convenings",
      "/me/data",
      "/me/email",
      "/mail",
      "/dev/outbox",
    ]);
  });

  test("for a city representative", async ({ newPage }) => {
    const page = await newPage({ width: PHONE });
    await signIn(page, demoAccount("rep.cardiff@example.org"));
    const meeting = await demoMeetingPath(page);
    const exchange = await demoExchangePath(page);
    await checkPages(page, [
      "/",
      meeting,
      `${meeting}/register`,
      `${meeting}/attendees`,
      "/cities/cardiff",
      "/cities/cardiff/plan",
      `${meeting}/messages`,
      `${exchange}/itinerary`,
      "/me/calendar",
      "/me/convenings",
      "/me/email",
    ]);
  });
});
