import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, launchBrowser, newPage, screenshot, signIn, signOut } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CONVENING = "City Working Group meeting: Sheffield";

async function conveningPath(page: Page): Promise<string> {
  await page.goto("/convenings");
  const href = await page.getByRole("link", { name: CONVENING }).first().getAttribute("href");
  expect(href).toMatch(/^\/convenings\/[0-9a-f]{24}$/);
  return href!;
}

async function registerColleague(page: Page, name: string, email: string) {
  await page.getByLabel("Who are you registering?").selectOption({ label: "A colleague not listed yet" });
  await page.getByLabel("Colleague's full name").fill(name);
  await page.getByLabel("Colleague's email address").fill(email);
  await page.getByLabel("Role at the event (optional)").fill("Delegate");
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await page.getByRole("status").filter({ hasText: name }).waitFor();
  // The action's message shows while the page data is still reloading: wait for the new row.
  await rowOf(page, name).waitFor();
}

function rowOf(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });
}

describe("registering a city's people with per-city places", () => {
  it("a Liverpool rep registers two colleagues, the third is waitlisted, and a cancellation promotes them", async () => {
    const page = await newPage(browser);
    await signIn(page, "rep.liverpool@example.org");
    const path = await conveningPath(page);
    await page.goto(`${path}/register`);
    await expect(page.getByRole("heading", { name: `Register for ${CONVENING}`, level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.getByText("Liverpool has 2 places: 0 taken, 2 free.").isVisible()).resolves.toBe(true);
    await expectNoSeriousAxeViolations(page);

    await registerColleague(page, "Lina Officer", "lina.officer@liverpool.example");
    await expect(page.getByRole("status").innerText()).resolves.toContain("Lina Officer is registered");
    await registerColleague(page, "Marcus Officer", "marcus.officer@liverpool.example");
    await registerColleague(page, "Nadia Officer", "nadia.officer@liverpool.example");
    await expect(page.getByRole("status").innerText()).resolves.toContain("Nadia Officer is on the waitlist");
    await rowOf(page, "Nadia Officer").getByText("Waitlisted (1)").waitFor();
    await page.getByText("Liverpool has 2 places: 2 taken, 0 free.").waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "registration-rep-waitlist");

    await page.getByRole("button", { name: "Cancel Lina Officer's registration" }).click();
    await page.getByRole("status").filter({ hasText: "cancelled" }).waitFor();
    await rowOf(page, "Lina Officer").waitFor({ state: "detached" });
    await expect(rowOf(page, "Nadia Officer").getByRole("cell").nth(2).innerText()).resolves.toBe("Registered");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "registration-rep-promoted");
    await signOut(page);
  });

  it("shows the form error next to the field and keeps the input on a narrow phone screen", async () => {
    const page = await newPage(browser, { width: 390 });
    await signIn(page, "rep.peterborough@example.org");
    const path = await conveningPath(page);
    await page.goto(`${path}/register`);
    await page.getByLabel("Who are you registering?").selectOption({ label: "A colleague not listed yet" });
    await page.getByLabel("Colleague's full name").fill("Pat Typo");
    await page.getByLabel("Colleague's email address").fill("not-an-email");
    await page.getByLabel("Dietary needs (optional)").fill("Vegetarian");
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await page.getByText("Enter an email address like name@example.org").first().waitFor();
    await expect(page.getByLabel("Colleague's full name").inputValue()).resolves.toBe("Pat Typo");
    await expect(page.getByLabel("Dietary needs (optional)").inputValue()).resolves.toBe("Vegetarian");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "registration-error-narrow");
  });

  it("gives the manager the attendee list by city with needs, and a phone-friendly attendance list", async () => {
    const page = await newPage(browser);
    await signIn(page, "manager@example.org");
    const path = await conveningPath(page);
    await page.goto(`${path}/attendees`);
    await page.getByRole("heading", { name: "Attendees", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Catering and access" }).waitFor();
    await page.getByRole("heading", { name: "Liverpool", level: 2 }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "registration-attendees-manager");

    const phone = await newPage(browser, { width: 390 });
    await signIn(phone, "manager@example.org");
    await phone.goto(`${path}/attendance`);
    // The demo meeting is in March 2027: the list is there to read, marking opens on the day.
    await phone.getByText("Attendance can be marked from the first day, Thursday 25 March 2027.").waitFor();
    await phone.getByText("Nadia Officer").waitFor();
    await expect(phone.getByRole("button", { name: "Here: Nadia Officer" }).count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(phone);
    await screenshot(phone, "registration-attendance-narrow");
  });

  it("lets the manager edit a city's details, with the nation list working once the page is live", async () => {
    const page = await newPage(browser);
    await signIn(page, "manager@example.org");
    await page.goto("/cities/cardiff");
    await page.getByRole("link", { name: "Edit city details" }).click();
    await page.getByRole("heading", { name: "Edit Cardiff", level: 1 }).waitFor();
    await expect(page.getByLabel("Nation").inputValue()).resolves.toBe("Wales");
    await page.getByLabel("Department where the programme sits").fill("Cyngor Caerdydd – Communities, ŵ");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "city-edit-manager");
    await Promise.all([page.waitForURL((url) => url.pathname === "/cities/cardiff"), page.getByRole("button", { name: "Save city" }).click()]);
    await page.getByText("Cyngor Caerdydd – Communities, ŵ").waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it("shows the rep's city page with its taskforce form", async () => {
    const page = await newPage(browser, { width: 390 });
    await signIn(page, "rep.liverpool@example.org");
    await page.goto("/cities/liverpool");
    await page.getByLabel("Name", { exact: true }).fill("Tom Taskforce");
    await page.getByLabel("Organisation (optional)").fill("Liverpool Housing Trust");
    await page.getByLabel("Sector").selectOption({ label: "Housing association" });
    await page.getByRole("button", { name: "Add member" }).click();
    await page.getByRole("cell", { name: "Tom Taskforce", exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "city-page-rep-narrow");
    await page.goto("/me/convenings");
    await expect(page.getByRole("heading", { name: "My convenings", level: 1 }).isVisible()).resolves.toBe(true);
    await expectNoSeriousAxeViolations(page);
  });

  it("fits registration, attendee and city pages on a phone and city cards on a desktop", async () => {
    // Registrations stack into labelled blocks on a phone: the Cancel button needs no sideways scrolling.
    const rep = await newPage(browser, { width: 390 });
    await signIn(rep, "rep.bristol@example.org");
    const path = await conveningPath(rep);
    await rep.goto(`${path}/register`);
    const cancel = rep.getByRole("button", { name: "Cancel Bristol Representative's registration" });
    await cancel.scrollIntoViewIfNeeded();
    const box = await cancel.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await expect(rep.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await expect(rowOf(rep, "Bristol Representative").getByRole("cell").count()).resolves.toBe(4);
    await expectNoSeriousAxeViolations(rep);
    await screenshot(rep, "registration-rep-narrow");
    await rep.goto("/cities/bristol");
    await rep.getByRole("link", { name: "Action plan" }).waitFor();
    await screenshot(rep, "city-page-bristol-rep-narrow");

    const manager = await newPage(browser, { width: 390 });
    await signIn(manager, "manager@example.org");
    await manager.goto(`${path}/attendees`);
    await manager.getByRole("heading", { name: "Bristol", level: 2 }).waitFor();
    const managerCancel = manager.getByRole("button", { name: "Cancel Bristol Representative's registration" });
    await managerCancel.scrollIntoViewIfNeeded();
    const managerBox = await managerCancel.boundingBox();
    expect(managerBox!.x + managerBox!.width).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations(manager);
    await screenshot(manager, "registration-attendees-narrow");

    // City cards: no value overflows its card, at desktop, small laptop and phone widths.
    for (const width of [1280, 1024, 390]) {
      const guest = await newPage(browser, { width });
      await guest.goto("/cities");
      const overflowing = await guest.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".city-card")].filter((card) => card.scrollWidth > card.clientWidth).map((card) => card.querySelector("h2")?.textContent),
      );
      expect(overflowing, `cards overflowing at ${width}px`).toEqual([]);
      if (width === 1280) {
        await expectNoSeriousAxeViolations(guest);
        await screenshot(guest, "cities-directory-wide");
      }
      if (width === 390) await screenshot(guest, "cities-directory-narrow");
      await guest.context().close();
    }

    // A guest is not offered the action plan (it would only send them to sign in), and the sponsor reads as one value.
    const guest = await newPage(browser, { width: 390 });
    await guest.goto("/cities/bristol");
    await guest.getByRole("heading", { name: "Bristol", level: 1 }).waitFor();
    await expect(guest.getByRole("link", { name: "Action plan" }).count()).resolves.toBe(0);
    await expect(guest.locator("dt", { hasText: "Strategic sponsor" }).locator("xpath=following-sibling::dd[1]").innerText()).resolves.toBe("Deputy Mayor (person not named yet)");
    await expectNoSeriousAxeViolations(guest);
    await screenshot(guest, "city-page-bristol-guest-narrow");
  });
});
