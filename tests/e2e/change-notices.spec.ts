// A change a manager saves reaches the people registered: the edit page says who will be told,
// and the notice, with its calendar update, is in the outbox (no transport in the browser tests).
import { createMeeting, expect, expectNoSeriousAxeViolations, register, screenshot, test } from "./playwright-utils";

test.describe("change notices", () => {
  test("tells a manager who will hear of a session's new time, then sends the registered person one notice", async ({
    login,
    createUser,
    tag,
  }) => {
    const title = `City Working Group meeting: Glasgow ${tag}`;
    const meeting = await createMeeting({ title, sessions: [{ title: `Opening plenary ${tag}` }] });
    const delegate = await createUser({ role: "participant", city: "glasgow" });
    await register(meeting.id, delegate.id, delegate.cityId);
    const { page } = await login({ role: "manager" });
    await page.goto(`${meeting.path}/sessions/${meeting.sessionIds[0]}/edit`);
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Save session" }) });
    await expect(form.getByText("1 person will be told by email", { exact: false })).toBeVisible();
    await expect(form.getByLabel("Don't notify attendees", { exact: false })).not.toBeChecked();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "change-notice-session-edit");
    await form.getByLabel("Starts at").fill("11:30");
    await form.getByLabel("Ends at").fill("12:30");
    await form.getByRole("button", { name: "Save session" }).click();
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();

    await expect(async () => {
      await page.goto("/dev/outbox");
      await expect(page.getByRole("article").filter({ hasText: delegate.email })).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 90_000 });
    const notice = page.getByRole("article").filter({ hasText: delegate.email });
    await expect(notice.getByRole("heading", { level: 2 })).toContainText(`Changes to ${title}`);
    await expect(notice).toContainText("11:30");
    await expect(notice.getByText("(METHOD:REQUEST)")).toBeVisible();
    await screenshot(page, "change-notice-outbox");
  });
});
