// Importing people in the browser: a manager uploads 200 rows of which 5 are wrong and sees
// exactly those rows, nothing imported; the corrected file imports in one go, and the directory
// finds them page by page. Desktop and phone width.
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousAxeViolations, screenshot, test } from "./playwright-utils";

function rowsOf(tag: string): string[] {
  return Array.from(
    { length: 200 },
    (_, index) =>
      `Imported ${tag} ${String(index).padStart(3, "0")},imp.${tag}.${index}@example.org,Bristol,participant,,Org,,no`,
  );
}

const HEADER = "name,email,city,role,programme role,organisation,sector,taskforce";

function withFiveBadRows(tag: string): string {
  const rows = rowsOf(tag);
  rows[5] = `Bob ${tag},bob@,Bristol,,,,,`; // row 7
  rows[40] = `Ann ${tag},ann.${tag}@example.org,Atlantis,,,,,`; // row 42
  rows[99] = `,nameless.${tag}@example.org,Bristol,,,,,`; // row 101
  rows[150] = `Twice ${tag},IMP.${tag}.3@example.org,Bristol,,,,,`; // row 152
  rows[199] = `Tess ${tag},tess.${tag}@example.org,Bristol,,,,,maybe`; // row 201
  return `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`;
}

async function checkFile(page: Page, csv: string) {
  await page.goto("/people/import");
  await page
    .getByLabel("CSV file", { exact: true })
    .setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the rows" }).click();
}

test.describe("importing people from CSV", () => {
  test("200 rows with 5 bad ones report exactly those rows; the corrected file imports all", async ({ login, tag }) => {
    const { page } = await login({ role: "manager" });
    await checkFile(page, withFiveBadRows(tag));
    await expect(
      page.getByRole("heading", { name: "200 rows: 195 new, 0 already known, 5 with errors" }),
    ).toBeVisible();
    await expect(page.getByRole("list", { name: "Rows with errors" }).getByRole("listitem")).toHaveText([
      "Row 7: email 'bob@' is not an email address",
      "Row 42: city 'Atlantis' is not a city of the programme",
      "Row 101: the name is empty",
      `Row 152: email 'imp.${tag}.3@example.org' is already on row 5`,
      "Row 201: taskforce 'maybe' must be yes or no",
    ]);
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "people-import-errors-desktop");

    await checkFile(page, [HEADER, ...rowsOf(tag)].join("\n"));
    await page.getByRole("button", { name: "Import 200 new people" }).click();
    await expect(page).toHaveURL(/\/people$/);
    await expect(page.getByText("Imported: 200 added.")).toBeVisible();

    await page.getByLabel("Name or email").fill(`imp.${tag}`);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("Showing 1–50 of 200")).toBeVisible();
    await page.getByRole("link", { name: "Next 50" }).click();
    await expect(page.getByText("Showing 51–100 of 200")).toBeVisible();
    await expect(page.getByRole("link", { name: `Imported ${tag} 050` })).toBeVisible();
    await expect(page.getByLabel("Name or email")).toHaveValue(`imp.${tag}`);
    await screenshot(page, "people-search-desktop");
  });

  test("at phone width, the preview and the directory fit", async ({ login, tag }) => {
    const { page } = await login({ role: "manager", width: 390 });
    await checkFile(page, withFiveBadRows(tag));
    await expect(page.getByRole("list", { name: "Rows with errors" }).getByRole("listitem")).toHaveCount(5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "people-import-errors-390");
    // The full page is 200 rows long: the first screen is what a phone shows first.
    await page.screenshot({ path: "tests/e2e/screenshots/people-import-errors-390-first-screen.png" });
    await page.goto("/people?state=guest");
    await expect(page.getByRole("heading", { name: "Everyone" })).toBeVisible();
    await screenshot(page, "people-search-390");
    await page.getByRole("heading", { name: "Everyone" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "tests/e2e/screenshots/people-search-390-directory.png" });
  });
});
