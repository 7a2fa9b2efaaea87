// A Cardiff representative registers people and reads their own pages in Welsh: no English
// interface text left (content people wrote carries its own lang), on a desktop and a 390 px phone.
import type { Page } from "@playwright/test";
import { cityIdOf, createMeeting, expect, register, screenshot, test } from "./playwright-utils";
import { englishLeftOn } from "./welsh-utils";

async function switchToWelsh(page: Page) {
  await page.getByRole("button", { name: "Cymraeg" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
}

test.describe("registering and one's own pages in Welsh", () => {
  test("a Cardiff rep registers a colleague in Welsh, with Welsh messages, and sees My convenings in Welsh", async ({
    login,
    tag,
  }) => {
    const title = `Working Group meeting ${tag}`;
    const meeting = await createMeeting({ title, registration: { placesPerCity: 2 } });
    const { page, person } = await login({ role: "city-rep", city: "cardiff", name: `Siân Prys ${tag}` });
    await register(meeting.id, person.id, await cityIdOf("cardiff"));
    await page.goto(`${meeting.path}/register`);
    await switchToWelsh(page);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Cofrestru ar gyfer ${title}`);
    expect(await englishLeftOn(page), "register page").toEqual([]);

    // A refused form: the summary and each message in Welsh.
    await page
      .getByLabel("Pwy ydych chi’n ei gofrestru?")
      .selectOption({ label: "Cydweithiwr sydd heb ei restru eto" });
    await page.getByRole("button", { name: "Cofrestru", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Mae problem" })).toBeVisible();
    await expect(page.getByText("Rhowch enw eich cydweithiwr").first()).toBeVisible();
    expect(await englishLeftOn(page), "register page with errors").toEqual([]);

    await page.getByLabel("Enw llawn y cydweithiwr").fill(`Gwyn Ifan ${tag}`);
    await page.getByLabel("Cyfeiriad e-bost y cydweithiwr").fill(`gwyn.${tag}@cardiff.example`);
    await page.getByRole("button", { name: "Cofrestru", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Mae Gwyn Ifan ${tag} wedi cofrestru.` })).toBeVisible();
    await page.getByRole("cell", { name: `Gwyn Ifan ${tag}`, exact: true }).waitFor();
    expect(await englishLeftOn(page), "register page after registering").toEqual([]);
    await screenshot(page, "welsh-register-1280");

    // The cancel question in Welsh (the dialog).
    await page.getByRole("button", { name: `Canslo cofrestriad Gwyn Ifan ${tag}` }).click();
    const dialog = page.getByRole("dialog", { name: `Canslo cofrestriad Gwyn Ifan ${tag}?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Na, ei gadw" }).click();

    await page.goto("/me/convenings");
    await expect(page.getByRole("heading", { name: "Fy nghyfarfodydd", level: 1 })).toBeVisible();
    expect(await englishLeftOn(page), "/me/convenings").toEqual([]);
  });

  test("the register page and My convenings fit a 390 px phone in Welsh", async ({ login, tag }) => {
    const meeting = await createMeeting({ title: `Working Group meeting ${tag}`, registration: { placesPerCity: 2 } });
    const { page, person } = await login({ role: "city-rep", city: "cardiff", name: `Siân Prys ${tag}`, width: 390 });
    await register(meeting.id, person.id, await cityIdOf("cardiff"));
    await page.goto(`${meeting.path}/register`);
    await switchToWelsh(page);
    expect(await englishLeftOn(page), "register page").toEqual([]);
    await screenshot(page, "welsh-register-390");
    await page.goto("/me/convenings");
    expect(await englishLeftOn(page), "/me/convenings").toEqual([]);
    await screenshot(page, "welsh-me-convenings-390");
    await page.goto("/me/data");
    await expect(page.getByRole("heading", { name: "Fy nata", level: 1 })).toBeVisible();
    expect(await englishLeftOn(page), "/me/data").toEqual([]);
  });

  test("the cities and Cardiff's own page read in Welsh, with the rep's taskforce form", async ({ login, tag }) => {
    const { page } = await login({ role: "city-rep", city: "cardiff", name: `Siân Prys ${tag}` });
    await page.goto("/cities");
    await switchToWelsh(page);
    await expect(page.getByRole("heading", { name: "Dinasoedd", level: 1 })).toBeVisible();
    expect(await englishLeftOn(page), "/cities").toEqual([]);
    await page.goto("/cities/cardiff");
    await expect(page.getByRole("heading", { name: "Ychwanegu aelod o’r tasglu" })).toBeVisible();
    await page.getByRole("button", { name: "Ychwanegu aelod" }).click();
    await expect(page.getByText("Rhowch enw’r aelod").first()).toBeVisible();
    expect(await englishLeftOn(page), "/cities/cardiff").toEqual([]);
  });
});
