// A manager approves three pending registrations at once from the attendee list, then cancels
// one through the confirmation dialog and undoes it from the notice; desktop and phone widths.
import { createColleagues } from "../factories/registration";
import {
  cityIdOf,
  createMeeting,
  expect,
  expectNoSeriousAxeViolations,
  register,
  screenshot,
  test,
} from "./playwright-utils";

test("approve three selected registrations, cancel one with the dialog and undo it", async ({ login, tag }) => {
  const title = `City Working Group meeting: bulk ${tag}`;
  const meeting = await createMeeting({ title, registration: { placesPerCity: 4, isApprovalRequired: true } });
  const bristol = await cityIdOf("bristol");
  const people = await createColleagues(bristol, 3, `bulk${tag}`);
  for (const personId of people) await register(meeting.id, personId, bristol, "pending");
  const names = [1, 2, 3].map((number) => `Bulk${tag} 0${number}`);

  const { page } = await login({ role: "manager" });
  await page.goto(`${meeting.path}/attendees`);
  for (const name of names) await page.getByRole("checkbox", { name: `Select ${name}` }).check();
  await expect(page.getByRole("status").filter({ hasText: "selected" })).toContainText("3 of 3 selected");
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, "registration-bulk-selected");
  await page.getByRole("button", { name: "Approve selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved" })).toHaveText(
    "Approved 3 registrations: each person was emailed a confirmation with the calendar invitation.",
  );
  const rowOf = (name: string) => page.getByRole("row").filter({ hasText: name });
  for (const name of names) await expect(rowOf(name)).toContainText("Registered");

  // Cancelling asks in a dialog; the notice then offers Undo, which gives the free place back.
  await page.getByRole("button", { name: `Cancel ${names[0]}'s registration` }).click();
  const dialog = page.getByRole("dialog", { name: `Cancel ${names[0]}'s registration?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "No, keep it" })).toBeFocused();
  await screenshot(page, "registration-bulk-cancel-dialog");
  await dialog.getByRole("button", { name: `Yes, cancel ${names[0]}'s registration` }).click();
  const notice = page.getByRole("status").filter({ hasText: "is cancelled" });
  await expect(notice).toContainText(`${names[0]}'s registration is cancelled`);
  await expect(notice).toContainText("You can undo this until");
  await expect(rowOf(names[0])).toContainText("Cancelled");
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, "registration-bulk-undo-offer");
  await notice.getByRole("button", { name: `Undo: put back ${names[0]}'s registration` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone" })).toHaveText(
    `Undone: ${names[0]} has their place back, and was emailed a new calendar invitation.`,
  );
  await expect(rowOf(names[0])).toContainText("Registered");
});

test("the attendee list's selection fits a phone, and Select all works without JavaScript", async ({ login, tag }) => {
  const meeting = await createMeeting({ title: `City Working Group meeting: phone ${tag}` });
  const bristol = await cityIdOf("bristol");
  const people = await createColleagues(bristol, 2, `phone${tag}`);
  for (const personId of people) await register(meeting.id, personId, bristol, "registered");

  const { page } = await login({ role: "manager", width: 390, javaScriptEnabled: false });
  await page.goto(`${meeting.path}/attendees`);
  await page.getByRole("link", { name: "Select all" }).click();
  for (const number of [1, 2])
    await expect(page.getByRole("checkbox", { name: `Select Phone${tag} 0${number}` })).toBeChecked();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "registration-bulk-phone");
  // Without a script the cancel button is answered by the server's question, on the page.
  await page.getByRole("button", { name: `Cancel Phone${tag} 01's registration` }).click();
  await expect(page.getByRole("alertdialog", { name: `Cancel Phone${tag} 01's registration?` })).toBeVisible();
  await screenshot(page, "registration-bulk-phone-confirm");
});
