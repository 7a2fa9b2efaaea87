import mongoose from "mongoose";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, launchBrowser, newPage, screenshot, signIn, signOut } from "./browser";

let browser: Browser;
let connection: mongoose.Connection;
let conveningId: string;
let sessionId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  connection = await mongoose.createConnection(process.env.E2E_MONGODB_URI!).asPromise();
  const convening = await connection.collection("convenings").findOne({ title: "City Working Group meeting: Sheffield", status: "published" });
  const session = await connection.collection("agendasessions").findOne({ conveningId: convening!._id, title: "Action plan progress: round the table" });
  conveningId = String(convening!._id);
  sessionId = String(session!._id);
});
afterAll(async () => {
  await connection?.close();
  await browser?.close();
});

async function dashboardFigure(page: Page, stat: string): Promise<number> {
  await page.goto("/dashboard");
  return Number(await page.locator(`[data-stat="${stat}"] .action-stat__number`).textContent());
}

async function recordAction(page: Page, fields: { title: string; city: string; owner?: string; dueOn: string; theme: RegExp }) {
  await page.getByLabel("Action", { exact: true }).fill(fields.title);
  await page.getByLabel("Owning city").selectOption({ label: fields.city });
  if (fields.owner) await page.getByLabel("Owner (optional)").selectOption({ label: fields.owner });
  await page.getByLabel("Due date (optional)").fill(fields.dueOn);
  await page.getByRole("checkbox", { name: fields.theme }).check();
  await page.getByRole("button", { name: "Save and add another" }).click();
  await page.getByRole("status").filter({ hasText: `Saved “${fields.title}”` }).waitFor();
  // The list of recorded actions refreshes right after the save.
  await page.getByRole("table", { name: /Actions raised at this convening/ }).getByRole("link", { name: fields.title }).waitFor();
}

describe("follow-up actions from a convening to done", () => {
  it("a manager records three actions during a session, the Bristol rep marks one done with evidence, and the dashboard counts follow", async () => {
    const page = await newPage(browser);
    await signIn(page, "manager@example.org");
    const before = { all: await dashboardFigure(page, "all"), open: await dashboardFigure(page, "open"), done: await dashboardFigure(page, "done") };
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "actions-dashboard-before");

    await page.goto(`/convenings/${conveningId}/actions/new?sessionId=${sessionId}`);
    await expect(page.getByLabel("Raised in session").inputValue()).resolves.toBe(sessionId);
    await recordAction(page, { title: "Publish Bristol's welcome hub evaluation", city: "Bristol", owner: "Bristol Representative", dueOn: "2027-04-30", theme: /Connecting communities/ });
    // The form clears but keeps the session and city, ready for the next action.
    await expect(page.getByLabel("Action", { exact: true }).inputValue()).resolves.toBe("");
    await expect(page.getByLabel("Raised in session").inputValue()).resolves.toBe(sessionId);
    await recordAction(page, { title: "Share Sheffield's hub staffing model", city: "Sheffield", dueOn: "2027-05-14", theme: /Mainstreaming/ });
    await recordAction(page, { title: "Draft Cardiff's employer pledge", city: "Cardiff", owner: "Cardiff Representative", dueOn: "2027-06-01", theme: /Inclusive economic growth/ });
    const recorded = page.getByRole("table", { name: /Actions raised at this convening/ });
    await expect(recorded.getByRole("row").count()).resolves.toBe(4);
    await expect(recorded.getByText("Session: Action plan progress: round the table").count()).resolves.toBe(3);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "actions-fast-entry");

    expect(await dashboardFigure(page, "all")).toBe(before.all + 3);
    expect(await dashboardFigure(page, "open")).toBe(before.open + 3);
    await page.goto(`/convenings/${conveningId}/outcomes`);
    await expect(page.getByRole("heading", { name: "Bristol", level: 2 }).isVisible()).resolves.toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "actions-outcomes");
    await signOut(page);

    const rep = await newPage(browser, { width: 390 });
    await signIn(rep, "rep.bristol@example.org");
    await rep.goto("/cities/bristol/plan");
    await expectNoSeriousAxeViolations(rep);
    await screenshot(rep, "actions-plan-bristol-narrow");
    await rep.getByRole("link", { name: "Publish Bristol's welcome hub evaluation" }).first().click();
    await rep.getByRole("heading", { name: "Publish Bristol's welcome hub evaluation", level: 1 }).waitFor();
    await rep.getByLabel("Status").selectOption({ label: "Done" });
    await rep.getByLabel("What happened").fill("Evaluation published and shared with the taskforce.");
    await rep.getByLabel("Evidence link (optional)").fill("https://www.bristol.gov.uk/welcome-hub-evaluation");
    await rep.getByRole("button", { name: "Save update" }).click();
    await rep.getByRole("status").filter({ hasText: "Status changed and recorded in the timeline." }).waitFor();
    const latest = rep.locator(".action-timeline__entry").filter({ hasText: "Status changed from Open to Done" });
    await latest.waitFor();
    await expect(latest.textContent()).resolves.toContain("Evaluation published and shared with the taskforce.");
    await expect(latest.getByRole("link", { name: "https://www.bristol.gov.uk/welcome-hub-evaluation" }).isVisible()).resolves.toBe(true);
    await expectNoSeriousAxeViolations(rep);
    await screenshot(rep, "actions-detail-done-narrow");

    // Cardiff's action is readable by Bristol's rep but offers no way to change it.
    await rep.goto(`/convenings/${conveningId}/outcomes`);
    await rep.getByRole("link", { name: "Draft Cardiff's employer pledge" }).click();
    await rep.getByText("You can only change your own city's actions.").waitFor();
    await expect(rep.getByRole("button", { name: "Save update" }).count()).resolves.toBe(0);
    expect((await rep.goto("/dashboard"))?.status()).toBe(403);
    await signOut(rep);

    await signIn(page, "manager@example.org");
    expect(await dashboardFigure(page, "done")).toBe(before.done + 1);
    expect(await dashboardFigure(page, "open")).toBe(before.open + 2);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "actions-dashboard-after");
    const narrow = await newPage(browser, { width: 390 });
    await signIn(narrow, "manager@example.org");
    await narrow.goto("/dashboard");
    // The wide tables scroll sideways in focusable, labelled regions, so the keyboard can scroll them too.
    for (const name of ["Actions by framework theme and status", "Each city's actions by status"]) {
      const region = narrow.getByRole("region", { name });
      await expect(region.getAttribute("tabindex")).resolves.toBe("0");
      await region.focus();
      await narrow.keyboard.press("ArrowRight");
      await narrow.waitForFunction((label) => {
        const scroller = [...document.querySelectorAll<HTMLElement>('[role="region"]')].find((element) => element.querySelector("caption")?.textContent === label);
        return Boolean(scroller && scroller.scrollLeft > 0);
      }, name);
    }
    await expectNoSeriousAxeViolations(narrow);
    await screenshot(narrow, "actions-dashboard-narrow");
  });

  it("records actions without JavaScript, keeping the session for the next one", async () => {
    const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, javaScriptEnabled: false, locale: "en-GB" });
    const page = await context.newPage();
    await signIn(page, "manager@example.org");
    await page.goto(`/convenings/${conveningId}/actions/new?sessionId=${sessionId}`);
    await page.getByLabel("Action", { exact: true }).fill("");
    await page.getByLabel("Owning city").selectOption({ label: "Glasgow" });
    await page.getByRole("button", { name: "Save and add another" }).click();
    await page.getByText("Enter what needs to be done").first().waitFor();
    await expect(page.getByLabel("Owning city").inputValue()).resolves.not.toBe("");
    await page.getByLabel("Action", { exact: true }).fill("Invite Glasgow's housing association to the taskforce");
    await page.getByRole("button", { name: "Save and add another" }).click();
    await page.getByText("Saved “Invite Glasgow's housing association to the taskforce”").waitFor();
    await expect(page.getByLabel("Raised in session").inputValue()).resolves.toBe(sessionId);
    await context.close();
  });
});
