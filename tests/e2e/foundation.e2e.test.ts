import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, launchBrowser, newPage, screenshot, signIn, signOut } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("signing in as each role", () => {
  it("shows the manager the programme team's navigation and the people page", async () => {
    const page = await newPage(browser);
    await page.goto("/");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "home-anonymous");
    await signIn(page, "manager@example.org");
    await page.getByText("Programme manager", { exact: false }).first().waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).waitFor();
    await page.goto("/people");
    await page.getByRole("heading", { name: "People", level: 1 }).waitFor();
    await page.getByRole("cell", { name: "rep.bristol@example.org" }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "people-manager");
    await signOut(page);
  });

  it("shows a city representative their city and refuses them the people page", async () => {
    const page = await newPage(browser, { width: 390 });
    await signIn(page, "rep.bristol@example.org");
    await page.getByText("City representative · Bristol").waitFor();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "home-bristol-rep-narrow");
    const response = await page.goto("/people");
    expect(response?.status()).toBe(403);
    await page.getByRole("heading", { name: "You do not have access to this" }).waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it("keeps the email and explains a wrong password", async () => {
    const page = await newPage(browser);
    await page.goto("/login");
    await page.getByLabel("Email address").fill("manager@example.org");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("That email and password do not match an account.").first().waitFor();
    await expect(page.getByLabel("Email address").inputValue()).resolves.toBe("manager@example.org");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "login-error");
  });

  it("answers an unknown page with a kind 404", async () => {
    const page = await newPage(browser);
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
  });
});
