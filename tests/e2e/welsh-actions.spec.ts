// A Cardiff representative's follow-up actions in Welsh: the action page (a progress update
// saved in Cymraeg), the city's plan, fast entry, a convening's outcomes and feedback results
// and the home page's queue; the manager's dashboard. No English interface text is left on any of them.
import type { Page } from "@playwright/test";
import { createAction } from "../factories/calendar";
import { cityIdOf, createMeeting, expect, screenshot, test } from "./playwright-utils";
import { englishLeftOn } from "./welsh-utils";

/** Turns the signed-in page Welsh with the header's switch, as a reader would. */
async function switchToWelsh(page: Page) {
  await page.getByRole("button", { name: "Cymraeg" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
}

async function cardiffAction(tag: string) {
  const meeting = await createMeeting({ title: `Cyfarfod ${tag}` });
  const inTwentyDays = new Date(Date.now() + 20 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const actionId = await createAction({
    ownerCityId: await cityIdOf("cardiff"),
    ownerPersonId: null,
    title: `Strategaeth groeso ${tag}`,
    dueOn: inTwentyDays,
    conveningId: meeting.id,
  });
  return { meeting, actionId };
}

test.describe("follow-up actions in Welsh", () => {
  test("a Cardiff rep records progress on an action in Welsh, and finds no English on their action pages", async ({
    login,
    tag,
  }) => {
    const { meeting, actionId } = await cardiffAction(tag);
    const { page } = await login({ role: "city-rep", city: "cardiff", name: "Catrin Jones", width: 390 });
    await switchToWelsh(page);

    await page.goto(`/actions/${actionId}`);
    expect(await englishLeftOn(page), "the action page").toEqual([]);
    await page.getByLabel("Statws").selectOption({ label: "Yn mynd rhagddo" });
    await page.getByLabel("Beth ddigwyddodd").fill(`Cyfarfod tasglu cyntaf ${tag}`);
    await page.getByRole("button", { name: "Cadw'r diweddariad" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Mae'r statws wedi newid" })).toBeVisible();
    await expect(page.getByText(`Cyfarfod tasglu cyntaf ${tag}`)).toBeVisible();
    expect(await englishLeftOn(page), "the action page after an update").toEqual([]);
    await screenshot(page, "welsh-action-390");

    await page.goto("/cities/cardiff/plan");
    await expect(page.getByRole("heading", { level: 1, name: "Cynllun gweithredu Cardiff" })).toBeVisible();
    expect(await englishLeftOn(page), "the city plan").toEqual([]);
    await screenshot(page, "welsh-plan-390");

    for (const path of [
      `${meeting.path}/actions/new`,
      `${meeting.path}/outcomes`,
      `${meeting.path}/feedback/results`,
      "/",
    ]) {
      await page.goto(path);
      expect(await englishLeftOn(page), path).toEqual([]);
    }
  });

  test("a manager's dashboard and a refused progress update read Welsh", async ({ login, tag }) => {
    const { actionId } = await cardiffAction(tag);
    const { page } = await login({ role: "manager", name: "Rhian Morgan" });
    await switchToWelsh(page);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Dangosfwrdd y rhaglen" })).toBeVisible();
    expect(await englishLeftOn(page), "/dashboard").toEqual([]);

    await page.goto(`/actions/${actionId}`);
    await page.getByRole("button", { name: "Cadw'r diweddariad" }).click();
    await expect(
      page
        .getByText("Ysgrifennwch beth ddigwyddodd, ychwanegwch ddolen at dystiolaeth, neu newidiwch y statws")
        .first(),
    ).toBeVisible();
    expect(await englishLeftOn(page), "the refused update").toEqual([]);
  });
});
