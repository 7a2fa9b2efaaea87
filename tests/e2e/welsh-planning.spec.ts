// The manager's planning and people pages in Welsh: after the header's switch, each page with data
// on it shows no English interface text (the convening's title and people's names keep their own
// lang), and the two pages a manager uses most are looked at on a 390 px phone.
import { createMeeting, expect, screenshot, test } from "./playwright-utils";
import { englishLeftOn } from "./welsh-utils";

test.describe("the planning pages in Welsh", () => {
  test("a manager plans a convening and manages people in Cymraeg without English left", async ({
    login,
    createUser,
    tag,
  }) => {
    const { page } = await login({ role: "manager", width: 1280 });
    await page.getByRole("button", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    const published = await createMeeting({ title: `Cyfarfod ${tag}` });
    const draft = await createMeeting({ title: `Drafft ${tag}`, status: "draft" });
    const cancelled = await createMeeting({ title: `Canslwyd ${tag}`, status: "cancelled", cancelReason: "Ar gau" });
    const guest = await createUser({ role: "participant", name: `Gwestai ${tag}` });
    const pages = [
      "/convenings/new",
      `${published.path}/edit`,
      `${draft.path}/edit`,
      `${published.path}/cancel`,
      `${published.path}/duplicate`,
      `${published.path}/share`,
      `${draft.path}/delete`,
      `${cancelled.path}/reinstate`,
      "/people",
      `/people/${guest.id}`,
    ];
    for (const path of pages) {
      await page.goto(path);
      expect(await englishLeftOn(page), path).toEqual([]);
    }
  });

  test("the new convening form and the people page fit a phone in Welsh", async ({ login }) => {
    const { page } = await login({ role: "manager", width: 390 });
    await page.getByRole("button", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await page.goto("/convenings/new");
    await expect(page.getByRole("heading", { name: "Cyfarfod newydd", level: 1 })).toBeVisible();
    await screenshot(page, "welsh-convening-new-390");
    await page.goto("/people");
    await expect(page.getByRole("heading", { name: "Pobl", level: 1 })).toBeVisible();
    await screenshot(page, "welsh-people-390");
  });
});
