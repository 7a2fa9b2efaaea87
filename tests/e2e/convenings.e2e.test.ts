import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, launchBrowser, newPage, screenshot, signIn } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SESSIONS = [
  { date: "2031-06-12", start: "09:30", end: "10:30", title: "Welcome and introductions", room: "Council Chamber" },
  { date: "2031-06-12", start: "10:45", end: "12:30", title: "Action plans round the table", room: "Council Chamber" },
  { date: "2031-06-12", start: "13:30", end: "16:00", title: "Site visit: welcome hub", room: "" },
  { date: "2031-06-13", start: "09:30", end: "11:00", title: "Workshop: owners for follow-up actions", room: "Committee Room 1" },
  { date: "2031-06-13", start: "11:15", end: "12:30", title: "Panel: data and evidence", room: "Council Chamber" },
  { date: "2031-06-13", start: "13:30", end: "14:30", title: "Close and next steps", room: "Council Chamber" },
];

async function submit(page: Page, name: string) {
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name }).click()]);
}

let shareUrl = "";

describe("planning a convening and sharing its agenda", () => {
  it("lets a manager create a two-day meeting with six sessions and publish it", async () => {
    const page = await newPage(browser);
    await signIn(page, "manager@example.org");
    await page.goto("/convenings");
    await page.getByRole("link", { name: "New convening" }).click();
    await page.getByRole("heading", { name: "New convening", level: 1 }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // A first attempt with no title shows the error next to the field and keeps the rest.
    await page.getByLabel("Summary").fill("Two days in Newport on making action plans land.");
    await page.locator("#places\\.0\\.name").fill("Newport Civic Centre");
    await page.getByLabel("First day").fill("2031-06-12");
    await page.getByLabel("Last day").fill("2031-06-13");
    await submit(page, "Save draft");
    await page.getByText("Enter a title").first().waitFor();
    await expect(page.getByLabel("Summary").inputValue()).resolves.toBe("Two days in Newport on making action plans land.");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "convening-new-errors");

    await page.getByLabel("Title").fill("City Working Group meeting: Newport");
    await page.getByLabel("Host city").selectOption({ label: "Newport" });
    await page.getByLabel("Aims").fill("Review action plan progress\nAgree owners and due dates");
    await submit(page, "Save draft");
    await page.getByRole("heading", { name: "City Working Group meeting: Newport", level: 1 }).waitFor();
    await expect(page.getByText("Only the programme team can see this").isVisible()).resolves.toBe(true);
    const conveningPath = new URL(page.url()).pathname;

    for (const session of SESSIONS) {
      await page.goto(`${conveningPath}/sessions/new`);
      await page.getByLabel("Title").fill(session.title);
      await page.getByLabel("Date", { exact: true }).fill(session.date);
      await page.getByLabel("Starts at").fill(session.start);
      await page.getByLabel("Ends at").fill(session.end);
      await page.getByLabel("Room").fill(session.room);
      if (session === SESSIONS[0]) {
        await expectNoSeriousAxeViolations(page);
        await screenshot(page, "session-new");
      }
      await submit(page, "Add session");
      await page.getByText(`Added “${session.title}”.`).waitFor();
    }
    await expect(page.locator(".agenda__item").count()).resolves.toBe(6);
    await expect(page.getByRole("heading", { name: "Thursday 12 June 2031" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("heading", { name: "Friday 13 June 2031" }).isVisible()).resolves.toBe(true);

    await submit(page, "Publish");
    await page.getByText("Published: everyone can now see it").waitFor();
    await expect(page.getByText("Only the programme team can see this").count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "convening-published-manager");
    shareUrl = (await page.locator(".convening-actions__share a").getAttribute("href")) ?? "";
    expect(shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]+$/);

    // The printable agenda, as the print stylesheet lays it out.
    await page.goto(`${conveningPath}/print`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".agenda__item").count()).resolves.toBe(6);
    await expect(page.getByRole("link", { name: "Back to the convening" }).isVisible()).resolves.toBe(false);
    await screenshot(page, "convening-print");
    await page.emulateMedia({ media: "screen" });
  });

  it("lets a guest with no account read the agenda from the share link, in their own time zone too", async () => {
    const page = await newPage(browser, { timezoneId: "America/New_York" });
    await page.goto(new URL(shareUrl).pathname);
    await page.getByRole("heading", { name: "City Working Group meeting: Newport", level: 1 }).waitFor();
    await expect(page.getByRole("button", { name: "Sign out" }).count()).resolves.toBe(0);
    await expect(page.locator(".agenda__item").count()).resolves.toBe(6);
    await expect(page.getByText("Review action plan progress").isVisible()).resolves.toBe(true);
    await expect(page.getByText("09:30–10:30 BST").isVisible()).resolves.toBe(true);
    // The page learns the viewer's zone and shows their time beside the place's.
    await page.getByText("04:30–05:30 EDT your time").waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "share-guest");

    const narrow = await newPage(browser, { width: 390 });
    await narrow.goto(new URL(shareUrl).pathname);
    await narrow.getByRole("heading", { name: "Friday 13 June 2031" }).waitFor();
    await expectNoSeriousAxeViolations(narrow);
    await screenshot(narrow, "share-guest-narrow");
  });

  it("shows a guest the seeded demo meeting's agenda from the convenings list, without names or the joining link", async () => {
    const page = await newPage(browser);
    await page.goto("/convenings");
    await page.getByRole("link", { name: "City Working Group meeting: Sheffield" }).click();
    await page.getByRole("heading", { name: "City Working Group meeting: Sheffield", level: 1 }).waitFor();
    await expect(page.locator(".agenda__item").count()).resolves.toBe(6);
    await expect(page.getByRole("link", { name: "Sign in", exact: true }).last().isVisible()).resolves.toBe(true);
    await expect(page.getByRole("cell", { name: "Bristol" }).isVisible()).resolves.toBe(true);
    await expect(page.getByText("Bristol Representative").count()).resolves.toBe(0);
    await expect(page.getByText("Online joining link:").count()).resolves.toBe(0);
    // Outcomes are for the programme team and city representatives: no link that ends at sign-in.
    await expect(page.getByRole("link", { name: "Outcomes and follow-up actions" }).count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "convening-demo-guest");
  });

  it("lists the new convening for a city representative and shows its page with counts", async () => {
    const page = await newPage(browser, { width: 390 });
    await signIn(page, "rep.newport@example.org");
    await page.goto("/convenings");
    await page.getByRole("link", { name: "City Working Group meeting: Newport" }).click();
    await page.getByRole("heading", { name: "Who is coming" }).waitFor();
    await expect(page.getByRole("link", { name: "Edit details" }).count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "convening-rep-narrow");
  });
});
