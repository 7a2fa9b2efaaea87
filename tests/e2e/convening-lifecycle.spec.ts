// A manager reinstates a cancelled convening and deletes a draft, each asked first: a dialog with
// JavaScript (focus on the safe choice, Escape and "No" keep things), a page without.
import type { Page } from "@playwright/test";
import { createMeeting, expect, expectNoSeriousAxeViolations, screenshot, test } from "./playwright-utils";

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

async function screenshotBoth(page: Page, name: string) {
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

test.describe("a convening's lifecycle asks first", () => {
  test("reinstating a cancelled convening in the dialog puts it back, without the reason", async ({ login, tag }) => {
    const title = `Reinstated meeting ${tag}`;
    const meeting = await createMeeting({
      title,
      status: "cancelled",
      cancelReason: "The venue flooded.",
      cancelledAt: new Date(),
      sequence: 2,
    });
    const { page } = await login({ role: "manager" });
    await page.goto(meeting.path);
    await expect(page.getByText("Reason: The venue flooded.")).toBeVisible();

    await page.getByRole("button", { name: "Reinstate this convening" }).click();
    const dialog = page.getByRole("dialog", { name: `Reinstate “${title}”?` });
    await expect(dialog.getByRole("button", { name: "No, keep it cancelled" })).toBeFocused();
    await expectNoSeriousAxeViolations(page);
    await screenshotBoth(page, "lifecycle-reinstate-dialog");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Reinstate this convening" })).toBeFocused();

    await page.getByRole("button", { name: "Reinstate this convening" }).click();
    await Promise.all([
      page.waitForURL(meeting.path),
      dialog.getByRole("button", { name: "Yes, reinstate it" }).click(),
    ]);
    await expect(page.getByText(/Reinstated: it is published again/)).toBeVisible();
    await expect(page.getByText("Reason: The venue flooded.")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Cancel convening" })).toBeVisible();
    await screenshot(page, "lifecycle-reinstated-desktop");
  });

  test("deleting a draft asks in a dialog, and without JavaScript on its page", async ({ login, tag }) => {
    const title = `Draft to delete ${tag}`;
    const draft = await createMeeting({ title, status: "draft" });
    const { page } = await login({ role: "manager" });
    await page.goto(draft.path);
    await page.getByRole("button", { name: "Delete draft" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete the draft “${title}”?` });
    await expect(dialog.getByRole("button", { name: "No, keep it" })).toBeFocused();
    await screenshotBoth(page, "lifecycle-delete-dialog");
    await dialog.getByRole("button", { name: "No, keep it" }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole("button", { name: "Delete draft" }).click();
    await Promise.all([
      page.waitForURL("/convenings"),
      dialog.getByRole("button", { name: "Yes, delete the draft" }).click(),
    ]);
    await expect(page.getByText(`The draft “${title}” was deleted.`)).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    expect((await page.goto(draft.path))?.status()).toBe(404);

    const other = await createMeeting({ title: `${title} (no script)`, status: "draft" });
    const { page: plain } = await login({ role: "manager", javaScriptEnabled: false, width: PHONE.width });
    await plain.goto(`${other.path}/edit`);
    await Promise.all([
      plain.waitForURL(`${other.path}/delete`),
      plain.getByRole("button", { name: "Delete draft" }).click(),
    ]);
    const asked = plain.getByRole("alertdialog", { name: `Delete the draft “${title} (no script)”?` });
    await expect(asked).toBeVisible();
    await screenshot(plain, "lifecycle-delete-page-phone");
    await Promise.all([
      plain.waitForURL("/convenings"),
      asked.getByRole("button", { name: "Yes, delete the draft" }).click(),
    ]);
    expect((await plain.goto(other.path))?.status()).toBe(404);
  });
});
