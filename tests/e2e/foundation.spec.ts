import { expect, expectNoSeriousAxeViolations, screenshot, signIn, signOut, test } from "./playwright-utils";

test.describe("signing in as each role", () => {
  test("shows the manager the programme team's navigation and the people page", async ({ newPage, createUser }) => {
    const manager = await createUser({ role: "manager" });
    const rep = await createUser({ role: "city-rep", city: "bristol" });
    const page = await newPage();
    await page.goto("/");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "home-anonymous");
    await signIn(page, manager);
    await page.getByText("Programme manager", { exact: false }).first().waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).waitFor();
    await page.goto("/people");
    await page.getByRole("heading", { name: "People", level: 1 }).waitFor();
    await page.getByRole("cell", { name: "rep.bristol@example.org" }).waitFor();
    // Fifty people to a page: a person is found by searching, whoever else the suite has added.
    await page.goto(`/people?q=${encodeURIComponent(rep.email)}`);
    await page.getByRole("cell", { name: rep.email }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "people-manager");
    await signOut(page);
  });

  test("shows a city representative their city and refuses them the people page", async ({ login }) => {
    const { page } = await login({ role: "city-rep", city: "bristol", width: 390 });
    await page.getByText("City representative · Bristol").waitFor();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "home-bristol-rep-narrow");
    const response = await page.goto("/people");
    expect(response?.status()).toBe(403);
    await page.getByRole("heading", { name: "You do not have access to this" }).waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  test("keeps the email and explains a wrong password", async ({ newPage, createUser }) => {
    // Someone of this test's own: five wrong passwords lock an address, so never a shared account.
    const manager = await createUser({ role: "manager" });
    const page = await newPage();
    await page.goto("/login");
    await page.getByLabel("Email address").fill(manager.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("That email and password do not match an account.").first().waitFor();
    await expect(page.getByLabel("Email address")).toHaveValue(manager.email);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "login-error");
  });

  test("answers an unknown page with a kind 404", async ({ newPage }) => {
    const page = await newPage();
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
  });
});
