// Documents on a convening in the browser: a manager uploads a PDF with the page's form, sees it
// listed, downloads it intact; a guest opens it from the share link; a file whose content is not
// what its name says is refused at the field, with JavaScript and without.
import fs from "node:fs";
import path from "node:path";
import type { Download, Page } from "@playwright/test";
import { Convening } from "../../models/convening.server";
import { actionPlanTemplatePdf } from "~/seed/demo-documents";
import { pdfBytes, pngBytes } from "../factories/documents";
import { createMeeting, expect, expectNoSeriousAxeViolations, test } from "./playwright-utils";

const SHOTS = "/tmp/shots/helper-resources";

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function bytesOf(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test.describe("documents on a convening", () => {
  test("a manager uploads a PDF, sees it listed, downloads it intact, and a guest opens it from the share link", async ({
    login,
    newPage,
    tag,
  }) => {
    const title = `Resources meeting ${tag}`;
    const meeting = await createMeeting({ title, sessions: [{ title: "Workshop on action plans" }] });
    const pdf = Buffer.from(pdfBytes(`Pre-reading ${tag}`, 40_000));
    const { page } = await login({ role: "manager" });

    await page.goto(meeting.path);
    await page.getByRole("link", { name: "Add or change documents and links" }).click();
    await expect(page.getByRole("heading", { name: "Documents and links", level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page
      .getByLabel("Document", { exact: true })
      .setInputFiles({ name: "pre-reading.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByLabel("Title (optional)").fill("Pre-reading for the workshop");
    await page.locator("#file-sessionId").selectOption({ index: 1 });
    await page.locator("#file-isPublic").check();
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByRole("status")).toContainText(
      "Added “Pre-reading for the workshop”, public: it shows on the share link.",
    );
    // The form starts empty again, so the same file is not sent twice by mistake.
    await expect(page.getByLabel("Document", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Title (optional)")).toHaveValue("");
    const listed = page.getByRole("link", { name: "Pre-reading for the workshop" });
    await expect(listed).toBeVisible();
    await expect(page.getByText("(PDF · 41 KB)")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await shot(page, "resources-page-desktop");

    const [download] = await Promise.all([page.waitForEvent("download"), listed.click()]);
    expect(download.suggestedFilename()).toBe("pre-reading.pdf");
    expect((await bytesOf(download)).equals(pdf)).toBe(true);

    // In the session's place on the agenda.
    await page.goto(meeting.path);
    const session = page.locator(`#session-${meeting.sessionIds[0]}`);
    await expect(session.getByRole("link", { name: "Pre-reading for the workshop" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await shot(page, "convening-page-desktop");

    // A guest without an account, from the share link.
    const guest = await newPage();
    await guest.goto(`/share/${meeting.shareToken}`);
    const shared = guest.getByRole("link", { name: "Pre-reading for the workshop" });
    await expect(shared).toHaveAttribute("href", new RegExp(`^/share/${meeting.shareToken}/resources/[0-9a-f]{24}$`));
    await expectNoSeriousAxeViolations(guest);
    const [guestDownload] = await Promise.all([guest.waitForEvent("download"), shared.click()]);
    expect((await bytesOf(guestDownload)).equals(pdf)).toBe(true);
    await shot(guest, "share-page-desktop");
  });

  test("an image named .pdf is refused at the file field, the title kept, with JavaScript and without", async ({
    login,
    tag,
  }) => {
    const meeting = await createMeeting({ title: `Refusals ${tag}` });
    const message =
      "“scan.pdf” is named .pdf but its content is not a PDF (it reads as .png): choose a PDF, a Word document (.docx, .doc, .odt), slides (.pptx, .ppt, .odp) or a spreadsheet (.xlsx, .xls, .ods).";
    for (const javaScriptEnabled of [false, true]) {
      const { page } = await login({ role: "manager", javaScriptEnabled });
      await page.goto(`${meeting.path}/resources`);
      await page
        .getByLabel("Document", { exact: true })
        .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from(pngBytes()) });
      await page.getByLabel("Title (optional)").fill("Scanned notes");
      await page.getByRole("button", { name: "Upload" }).click();
      await expect(page.getByRole("alert")).toContainText(message);
      await expect(page.getByLabel("Document", { exact: true })).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#file-error")).toHaveText(`Error: ${message}`);
      await expect(page.getByLabel("Title (optional)")).toHaveValue("Scanned notes");
      await expect(page.getByText("No documents or links yet.")).toBeVisible();
      // axe runs in the page, so only where scripts run.
      if (javaScriptEnabled) {
        await expectNoSeriousAxeViolations(page);
        await shot(page, "resources-refused-desktop");
      }
    }
  });

  test("the resources page and the agenda's documents fit a phone", async ({ login, tag }) => {
    const meeting = await createMeeting({ title: `Phone ${tag}`, sessions: [{ title: "Round the table" }] });
    const { page } = await login({ role: "manager", width: 390 });
    await page.goto(`${meeting.path}/resources`);
    await page.getByLabel("Document", { exact: true }).setInputFiles({
      name: "A long file name for the action-planning template, version two.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(pdfBytes()),
    });
    await page.locator("#file-sessionId").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByRole("status")).toContainText("Added");
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await expectNoSeriousAxeViolations(page);
    await shot(page, "resources-page-phone");
    await page.goto(meeting.path);
    await expect(page.getByRole("link", { name: /A long file name/ })).toBeVisible();
    const pageWidths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(pageWidths[0]).toBeLessThanOrEqual(pageWidths[1]);
    await shot(page, "convening-page-phone");
  });

  test("the demo's action-planning template opens from the mid-point meeting's share link, intact", async ({
    newPage,
  }) => {
    const liverpool = await Convening.findOne({ seedKey: "cwg-2018-liverpool" }).select("shareToken").lean();
    const guest = await newPage({ width: 390 });
    await guest.goto(`/share/${liverpool!.shareToken}`);
    const section = guest.getByRole("region", { name: "Documents and links" });
    const template = section.getByRole("link", { name: "Action-planning template" });
    await expect(section).toContainText("Action-planning template (PDF · ");
    await expectNoSeriousAxeViolations(guest);
    await shot(guest, "demo-share-page-phone");
    const [download] = await Promise.all([guest.waitForEvent("download"), template.click()]);
    expect(download.suggestedFilename()).toBe("Action-planning template.pdf");
    expect((await bytesOf(download)).equals(Buffer.from(actionPlanTemplatePdf()))).toBe(true);
  });
});
