// Mail as a manager meets it with no transport configured (the demo): the outbox shows what would
// have gone, calendar part included, and /mail shows the queue; both pass axe.
import { createMeeting, expect, expectNoSeriousAxeViolations, screenshot, test } from "./playwright-utils";

test.describe("mail without a transport", () => {
  test("shows a manager the confirmation a rep's registration would have sent, with its calendar invitation", async ({
    login,
    tag,
  }) => {
    const title = `City Working Group meeting: Cardiff ${tag}`;
    const meeting = await createMeeting({ title, registration: { placesPerCity: 2 } });
    const colleague = `carys.officer.${tag}@cardiff.example`;
    const rep = await login({ role: "city-rep", city: "cardiff" });
    await rep.page.goto(`${meeting.path}/register`);
    await rep.page.getByLabel("Who are you registering?").selectOption({ label: "A colleague not listed yet" });
    await rep.page.getByLabel("Colleague's full name").fill("Carys Officer");
    await rep.page.getByLabel("Colleague's email address").fill(colleague);
    await rep.page.getByRole("button", { name: "Register", exact: true }).click();
    await rep.page.getByRole("status").filter({ hasText: "Carys Officer is registered" }).waitFor();

    const { page } = await login({ role: "manager" });
    await page.goto("/dev/outbox");
    await page.getByText("Nothing leaves this machine").waitFor();
    const message = page.getByRole("article").filter({ hasText: colleague });
    await expect(message.getByRole("heading", { level: 2 })).toContainText("You are registered");
    await message.getByText("(METHOD:REQUEST)").click();
    await expect(message.getByText("BEGIN:VCALENDAR", { exact: false })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "mail-outbox-manager");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mail" }).click();
    await page.getByRole("heading", { name: "Mail", level: 1 }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "mail-queue-manager");
  });

  test("fits a phone when a message goes to a long address (a defect: the address widened the page)", async ({
    login,
    tag,
  }) => {
    const meeting = await createMeeting({
      title: `City Working Group meeting: Newport ${tag}`,
      registration: { placesPerCity: 2 },
    });
    // No hyphen to break at: dots and digits only, as the test accounts have.
    const longAddress = `gwenllian.aprhys.pritchard.${tag}.6b11034aaf459951a1df@cyngordinascasnewydd.example`;
    const rep = await login({ role: "city-rep", city: "cardiff" });
    await rep.page.goto(`${meeting.path}/register`);
    await rep.page.getByLabel("Who are you registering?").selectOption({ label: "A colleague not listed yet" });
    await rep.page.getByLabel("Colleague's full name").fill("Gwenllian ap Rhys-Pritchard");
    await rep.page.getByLabel("Colleague's email address").fill(longAddress);
    await rep.page.getByRole("button", { name: "Register", exact: true }).click();
    await rep.page.getByRole("status").filter({ hasText: "is registered" }).waitFor();

    const { page } = await login({ role: "manager", width: 390 });
    await page.goto("/dev/outbox");
    await page.getByRole("article").filter({ hasText: longAddress }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, "mail-outbox-phone");
  });

  test("keeps the outbox and the mail queue from a city representative", async ({ login }) => {
    const { page } = await login({ role: "city-rep", city: "cardiff" });
    expect((await page.goto("/dev/outbox"))?.status()).toBe(403);
    expect((await page.goto("/mail"))?.status()).toBe(403);
  });
});
