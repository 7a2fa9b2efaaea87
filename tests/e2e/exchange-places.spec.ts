import type { Page } from "@playwright/test";
import { DEMO_EXCHANGE_SEED_KEY } from "../../app/seed/demo-exchange-data";
import { Convening } from "../../models/convening.server";
import path from "node:path";
import { expect, expectNoSeriousAxeViolations, screenshot, test } from "./playwright-utils";

const NY = "America/New_York";

/** One part of the page as it shows, beside the full-page screenshots (tests/e2e/screenshots). */
async function screenshotOf(page: Page, selector: string, name: string) {
  await page.locator(selector).screenshot({ path: path.resolve("tests/e2e/screenshots", `${name}.png`) });
}

async function submit(page: Page, name: string) {
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name }).click()]);
}

/** Fills place row `index` of the convening form. */
async function fillPlace(
  page: Page,
  index: number,
  place: { name: string; region: string; timeZone: string; from: string; until: string },
) {
  const field = (name: string) => page.locator(`[id="places.${index}.${name}"]`);
  await field("name").fill(place.name);
  await field("region").fill(place.region);
  await field("timeZone").fill(place.timeZone);
  await field("firstDay").fill(place.from);
  await field("lastDay").fill(place.until);
}

async function fillExchange(page: Page, title: string) {
  await page.getByLabel("Kind").selectOption({ label: "Learning exchange" });
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Programme phase").selectOption("2");
  await page.getByLabel("First day", { exact: true }).fill("2031-05-19");
  await page.getByLabel("Last day", { exact: true }).fill("2031-05-23");
  await page.getByLabel("Places per city").fill("2");
  await page.getByLabel("Total capacity").fill("12");
}

test.describe("an exchange's places and days", () => {
  test("a manager plans three places with their days, adding the third with the keyboard", async ({ login, tag }) => {
    const title = `US learning exchange ${tag}`;
    const { page } = await login({ role: "manager" });
    await page.goto("/convenings/new");
    await page.getByRole("heading", { name: "New convening", level: 1 }).waitFor();
    await fillExchange(page, title);
    await fillPlace(page, 0, {
      name: "Pittsburgh",
      region: "PA",
      timeZone: NY,
      from: "2031-05-19",
      until: "2031-05-20",
    });
    // The zone list is searchable: the datalist offers the IANA zones.
    await expect(page.locator("#iana-time-zones option[value='America/New_York']")).toHaveCount(1);
    // Montgomery County starts on Pittsburgh's last day: refused at its field, with what was typed kept.
    await fillPlace(page, 1, {
      name: "Montgomery County",
      region: "MD",
      timeZone: "Eastern",
      from: "2031-05-20",
      until: "2031-05-22",
    });

    // Two rows are shown; "Add another place" from the keyboard adds a third and moves to it.
    await expect(page.locator(".place-row")).toHaveCount(2);
    await page.getByRole("button", { name: "Add another place" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".place-row")).toHaveCount(3);
    await expect(page.locator('[id="places.2.name"]')).toBeFocused();
    await page.keyboard.type("Washington DC");
    await page.locator('[id="places.2.timeZone"]').fill(NY);
    await page.locator('[id="places.2.firstDay"]').fill("2031-05-23");

    await submit(page, "Save draft");
    await expect(page.locator('[id="places.1.firstDay-error"]')).toHaveText(
      "Error: 20 May 2031 is already a day at Pittsburgh (until 20 May 2031): start the day after",
    );
    await expect(page.locator('[id="places.1.timeZone-error"]')).toHaveText(
      "Error: Choose the time zone from the list, for example Europe/London or America/New_York",
    );
    await expect(page.locator('[id="places.1.timeZone"]')).toHaveValue("Eastern");
    await expect(page.locator('[id="places.2.name"]')).toHaveValue("Washington DC");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "exchange-places-errors");

    await page.locator('[id="places.1.timeZone"]').fill(NY);
    await page.locator('[id="places.1.firstDay"]').fill("2031-05-21");
    await submit(page, "Save draft");
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    await expect(page.locator(".route__stop strong")).toHaveText([
      "Pittsburgh, PA",
      "Montgomery County, MD",
      "Washington DC",
    ]);
    await expect(page.locator(".route__days")).toHaveText(["Mon 19–Tue 20 May", "Wed 21–Thu 22 May", "Fri 23 May"]);
    await expect(page.getByText("Places: two per city, 12 in all.")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "exchange-places-page");

    // A session added on the third day starts at Montgomery County, in its zone.
    await page.goto(`${new URL(page.url()).pathname}/sessions/new?day=2031-05-21`);
    await expect(page.getByLabel("Place", { exact: true })).toHaveValue("Montgomery County");
    await expect(page.getByLabel("Time zone of the place")).toHaveValue(NY);
    // With JavaScript, moving the date to Friday moves the place along.
    await page.getByLabel("Date", { exact: true }).fill("2031-05-23");
    await expect(page.getByLabel("Place", { exact: true })).toHaveValue("Washington DC");
  });

  test("without JavaScript, on a phone, “Add another place” adds a row and keeps what was typed", async ({
    login,
    tag,
  }) => {
    const title = `US learning exchange ${tag}`;
    const { page } = await login({ role: "manager", width: 390, javaScriptEnabled: false });
    await page.goto("/convenings/new");
    await fillExchange(page, title);
    await fillPlace(page, 0, {
      name: "Pittsburgh",
      region: "PA",
      timeZone: NY,
      from: "2031-05-19",
      until: "2031-05-20",
    });
    await fillPlace(page, 1, {
      name: "Montgomery County",
      region: "MD",
      timeZone: NY,
      from: "2031-05-21",
      until: "2031-05-22",
    });
    await submit(page, "Add another place");
    await expect(page.locator(".place-row")).toHaveCount(3);
    await expect(page.locator(".field__error")).toHaveCount(0);
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    await expect(page.locator('[id="places.1.lastDay"]')).toHaveValue("2031-05-22");
    await fillPlace(page, 2, { name: "Washington DC", region: "", timeZone: NY, from: "2031-05-23", until: "" });
    await screenshot(page, "exchange-places-form-phone");
    await screenshotOf(page, ".place-rows > li:nth-child(3)", "exchange-places-third-row-phone");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await submit(page, "Save draft");
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    await expect(page.locator(".route__days")).toHaveText(["Mon 19–Tue 20 May", "Wed 21–Thu 22 May", "Fri 23 May"]);
  });

  test("the demo's upcoming exchange shows its route, two places per city and each day's place", async ({ login }) => {
    const exchange = await Convening.findOne({ seedKey: DEMO_EXCHANGE_SEED_KEY }).select("_id").lean();
    const path = `/convenings/${String(exchange!._id)}`;
    for (const width of [1280, 390]) {
      const { page } = await login({ role: "manager", width });
      await page.goto(path);
      await page.getByRole("heading", { level: 1, name: /US learning exchange/ }).waitFor();
      await expect(page.locator(".route__stop strong")).toHaveText([
        "Pittsburgh, PA",
        "Montgomery County, MD",
        "Washington DC",
      ]);
      await expect(page.getByText("Places: two per city, 12 in all.")).toBeVisible();
      await expect(page.locator(".agenda__day-place")).toHaveText([
        " · Pittsburgh, PA",
        " · Pittsburgh, PA",
        " · Montgomery County, MD",
        " · Montgomery County, MD",
        " · Washington DC",
      ]);
      await expect(page.getByRole("link", { name: "Travel and lodging" })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await screenshot(page, width === 390 ? "demo-exchange-phone" : "demo-exchange");
      await screenshotOf(page, "section[aria-labelledby=where-title]", `demo-exchange-route-${width}`);
      if (width === 390) {
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(390);
      } else {
        await page.getByRole("link", { name: "Travel and lodging" }).click();
        await page.getByRole("heading", { level: 1 }).waitFor();
        // Three travel gaps and four delegates whose documents are not in order.
        await expect(page.locator(".itinerary-warnings li")).toHaveCount(7);
        await expect(
          page.getByRole("link", { name: "Oliver Bennett (London): no travel documents recorded yet." }),
        ).toBeVisible();
        await screenshot(page, "demo-exchange-itinerary");
      }
    }
  });
});
