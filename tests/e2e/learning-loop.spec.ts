// The learning loop as the demo shows it: a past meeting's session notes, its feedback results
// and the phase-one learning report as a page, in print and as a PDF download.
import fs from "node:fs";
import { demoAccount, expect, expectNoSeriousAxeViolations, screenshot, signIn, test } from "./playwright-utils";

test("the phase-one learning report reads as a page, prints, and downloads as a PDF", async ({ newPage }) => {
  const page = await newPage();
  await signIn(page, demoAccount("manager@example.org"));
  await page.getByRole("link", { name: "Reports" }).click();
  await page.getByRole("link", { name: "Phase one learning report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phase one learning report");
  await expect(page.getByText("More time in city pairs, fewer presentations.").first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, "learning-report");
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "learning-report-print");
  await page.emulateMedia({ media: "screen" });

  const pdf = await page.request.get(`${page.url()}.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  // Kept beside the screenshots, to be opened and looked at.
  fs.mkdirSync("tests/e2e/screenshots", { recursive: true });
  fs.writeFileSync("tests/e2e/screenshots/learning-report.pdf", bytes);
});

test("a past meeting's session notes and feedback results, on a phone", async ({ newPage }) => {
  const page = await newPage({ width: 390 });
  await signIn(page, demoAccount("manager@example.org"));
  await page.goto("/convenings?when=past");
  await page.getByRole("link", { name: "Second City Working Group meeting (mid-point)" }).click();
  await page.getByRole("link", { name: "Session notes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Session notes");
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, "session-notes-phone");
  await page.goBack();
  await page.getByRole("link", { name: "Feedback results" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Feedback");
  await screenshot(page, "feedback-results-demo-phone");
});
