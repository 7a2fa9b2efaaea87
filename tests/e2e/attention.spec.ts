// A manager's morning starts at the queue on the home page: the demo programme's real to-dos,
// each link landing where it is acted on, set aside with a click and brought back.
import { expect, expectNoSeriousAxeViolations, screenshot, test } from "./playwright-utils";

test("the home page's queue lists what needs attention; a link lands on the page to act on it", async ({ login }) => {
  const { page } = await login({ role: "manager" });
  await page.goto("/");
  const queue = page.getByRole("region", { name: /Needs attention/ });
  await expect(queue).toBeVisible();
  const items = queue.locator("li.attention__item");
  expect(await items.count()).toBeGreaterThan(0);
  await expect(queue.locator('[data-attention="overdue-actions"]').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, "attention-queue");

  const overdue = queue.locator('[data-attention="overdue-actions"]').first().getByRole("link");
  const cityName = (await overdue.textContent())!.replace(/ has .*/, "");
  await overdue.click();
  await expect(page).toHaveURL(/\/cities\/[a-z-]+\/plan$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(cityName);
});

test("dismissing an item takes it out of the queue, and 'Show them again' brings it back", async ({ login }) => {
  const { page } = await login({ role: "manager" });
  await page.goto("/");
  const queue = page.getByRole("region", { name: /Needs attention/ });
  const first = queue.locator("li.attention__item").first();
  const message = (await first.getByRole("link").textContent())!;
  await first.getByRole("button", { name: /^Dismiss/ }).click();
  await expect(queue.getByRole("link", { name: message, exact: true })).toHaveCount(0);
  await expect(queue.getByText("1 item set aside.")).toBeVisible();
  await queue.getByRole("button", { name: "Show it again" }).click();
  await expect(queue.getByRole("link", { name: message, exact: true })).toBeVisible();
});

test("the queue reads on a phone, and works without JavaScript", async ({ login }) => {
  const { page } = await login({ role: "manager", width: 390, javaScriptEnabled: false });
  await page.goto("/");
  const queue = page.getByRole("region", { name: /Needs attention/ });
  await screenshot(page, "attention-queue-phone");
  const first = queue.locator("li.attention__item").first();
  const message = (await first.getByRole("link").textContent())!;
  await first.getByRole("button", { name: /^Snooze a week/ }).click();
  await expect(page.getByText("Snoozed for 7 days.")).toBeVisible();
  await expect(queue.getByRole("link", { name: message, exact: true })).toHaveCount(0);
});
