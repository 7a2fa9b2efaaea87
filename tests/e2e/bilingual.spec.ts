// Bilingual content (issue 17, item 3): a manager writes a Cardiff meeting's Welsh versions in the
// edit form; a guest with no account reads its share link in both languages side by side, Welsh
// first for a Welsh host city, and can choose either one; the printed agenda shows both.
import { at, cityIdOf, createMeeting, expect, screenshot, test } from "./playwright-utils";

test.describe("a meeting written in Welsh and English", () => {
  test("a manager writes the Welsh versions; a guest reads the share link in both, then in one, desktop and phone", async ({
    login,
    newPage,
    tag,
  }) => {
    const title = `Housing and welcome ${tag}`;
    const meeting = await createMeeting({
      title,
      summary: "The cities meet in Cardiff on housing for newcomers.",
      hostCityId: await cityIdOf("cardiff"),
      startsAt: at("2027-11-10T09:30", "Europe/London"),
      endsAt: at("2027-11-10T16:30", "Europe/London"),
      sessions: [
        {
          title: "Opening plenary",
          kind: "plenary",
          startsAt: at("2027-11-10T10:00", "Europe/London"),
          endsAt: at("2027-11-10T11:00", "Europe/London"),
        },
      ],
    });
    const welshTitle = `Tai a chroeso ${tag}`;
    const welshSummary = "Mae'r dinasoedd yn cwrdd yng Nghaerdydd i drafod tai i newydd-ddyfodiaid.";

    const { page } = await login({ role: "manager" });
    await page.goto(`${meeting.path}/edit`);
    await page.getByLabel("Title in Welsh").fill(welshTitle);
    await page.getByLabel("Summary in Welsh").fill(welshSummary);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await page.goto(`${meeting.path}/edit`);
    await expect(page.getByLabel("Title in Welsh")).toHaveValue(welshTitle);

    for (const width of [1280, 390]) {
      const guest = await newPage({ width });
      await guest.goto("/login");
      await guest.getByRole("button", { name: "Cymraeg" }).click();
      await guest.goto(`/share/${meeting.shareToken}`);
      // Both side by side, Welsh first: a Cardiff meeting's shared agenda opens that way.
      const heading = guest.getByRole("heading", { level: 1 });
      const versions = heading.locator("[lang]");
      await expect(versions).toHaveCount(2);
      await expect(versions.nth(0)).toHaveAttribute("lang", "cy");
      await expect(versions.nth(0)).toHaveText(welshTitle);
      await expect(versions.nth(1)).toHaveAttribute("lang", "en-GB");
      await expect(versions.nth(1)).toHaveText(title);
      await expect(guest.locator('p[lang="cy"]', { hasText: welshSummary })).toBeVisible();
      await expect(guest.locator('p[lang="en-GB"]', { hasText: "housing for newcomers" })).toBeVisible();
      expect(await guest.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(guest, `bilingual-share-both-${width}`);

      // Welsh alone, by a plain link (no JavaScript needed).
      await guest.getByRole("link", { name: "Cymraeg", exact: true }).click();
      await expect(heading).toHaveText(welshTitle);
      await expect(heading).toHaveAttribute("lang", "cy");
      await expect(guest.getByText("housing for newcomers")).toHaveCount(0);
      await screenshot(guest, `bilingual-share-welsh-${width}`);
      await guest.getByRole("link", { name: "English", exact: true }).last().click();
      await expect(heading).toHaveText(title);
    }

    await page.goto(`${meeting.path}/print?content=both`);
    await expect(page.locator('[lang="cy"]', { hasText: welshTitle }).first()).toBeVisible();
    await expect(page.locator('[lang="en-GB"]', { hasText: title }).first()).toBeVisible();
    await screenshot(page, "bilingual-print-both");
  });
});
