// The translated pages in Welsh: chosen by the header switch without JavaScript, no English
// interface text left on them, laid out on a desktop and a 390 px phone.
import { createMeeting, expect, screenshot, test } from "./playwright-utils";
import { englishLeftOn } from "./welsh-utils";

test.describe("the planner in Welsh", () => {
  for (const width of [1280, 390]) {
    test(`switches to Cymraeg without JavaScript and shows no English interface text (${width} px)`, async ({
      newPage,
      tag,
    }) => {
      const page = await newPage({ width, javaScriptEnabled: false });
      await page.goto("/login");
      await page.getByRole("button", { name: "Cymraeg" }).click();
      await page.waitForURL((url) => url.pathname === "/login");
      await expect(page.locator("html")).toHaveAttribute("lang", "cy");
      await expect(page.getByRole("heading", { name: "Mewngofnodi", level: 1 })).toBeVisible();
      const pages = ["/login", "/", `/share/${(await createMeeting({ title: `Cyfarfod ${tag}` })).shareToken}`];
      for (const path of pages) {
        await page.goto(path);
        expect(await englishLeftOn(page), path).toEqual([]);
        await screenshot(page, `welsh-${path.split("/")[1] || "home"}-${width}`);
      }
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    });
  }
});
