// Calendar subscriptions in the browser, and the feeds over the real production server
// (scripts/server.ts: HEAD, gzip from its compression middleware, 304).
import { gunzipSync } from "node:zlib";
import {
  baseUrl,
  createMeeting,
  expect,
  expectNoSeriousAxeViolations,
  register,
  screenshot,
  test,
} from "./playwright-utils";
import { rawGet } from "./raw-http";

test.describe("calendar subscriptions", () => {
  test("lets a signed-in city rep create, copy, use and rotate their personal feed link", async ({ login, tag }) => {
    const title = `City Working Group meeting: Bristol ${tag}`;
    const { page, person } = await login({ role: "city-rep", city: "bristol" });
    await register((await createMeeting({ title })).id, person.id, person.cityId);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).click();
    await page.waitForURL((url) => url.pathname === "/me/calendar");
    await page.getByRole("heading", { name: "Calendar subscriptions", level: 1 }).waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole("button", { name: "Create my personal feed link" }).click();
    const urlField = page.getByLabel("Your personal feed link", { exact: true });
    await urlField.waitFor();
    const feedUrl = await urlField.inputValue();
    expect(feedUrl).toMatch(new RegExp(`^${baseUrl()}/calendar/me/[A-Za-z0-9_-]{43}\\.ics$`));
    await page.getByRole("button", { name: "Copy Your personal feed link", exact: true }).click();
    await page.getByText("Copied.").first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feedUrl);
    await expect(page.getByRole("link", { name: /webcal/ }).first()).toHaveAttribute(
      "href",
      feedUrl.replace(/^http:/, "webcal:"),
    );
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "calendar-subscriptions");

    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(feed.headers.get("cache-control")).toBe("private, max-age=300");
    const text = await feed.text();
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain(title); // the rep is registered for it

    await page.getByRole("button", { name: /Get a new link/ }).click();
    // Replacing is final, so a dialog asks first; its safe choice has the focus.
    const dialog = page.getByRole("dialog", { name: "Replace your personal feed link?" });
    await expect(dialog.getByRole("button", { name: "No, keep my link" })).toBeFocused();
    await dialog.getByRole("button", { name: "Yes, replace my link" }).click();
    await page.waitForFunction((old) => {
      const input = document.getElementById("personal-feed-url") as HTMLInputElement | null;
      return input !== null && input.value !== old;
    }, feedUrl);
    const newUrl = await urlField.inputValue();
    expect(newUrl).not.toBe(feedUrl);
    const old = await fetch(feedUrl);
    expect(old.status).toBe(404);
    expect(await old.text()).toBe("Not found.\n");
    expect((await fetch(newUrl)).status).toBe(200);

    // After a reload the secret is no longer shown.
    await page.reload();
    await expect(page.getByLabel("Your personal feed link", { exact: true })).toHaveCount(0);
    await expect(page.getByText(/You have a personal feed link/)).toBeVisible();
    const { page: narrow } = await login({ role: "city-rep", city: "cardiff", width: 390 });
    await narrow.goto("/me/calendar");
    await expectNoSeriousAxeViolations(narrow);
    await screenshot(narrow, "calendar-subscriptions-narrow");
  });
});

test.describe("feeds over the production server", () => {
  test("gzips the programme feed when asked, keeps the ETag, and answers 304 and HEAD", async () => {
    const url = `${baseUrl()}/calendar/programme.ics`;
    const plain = await rawGet(url);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    const etag = plain.headers.etag!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);

    const zipped = await rawGet(url, { "Accept-Encoding": "gzip" });
    expect(zipped.status).toBe(200);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);

    const notModified = await rawGet(url, { "If-None-Match": zipped.headers.etag!, "Accept-Encoding": "gzip" });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect((await rawGet(url, { "If-Modified-Since": plain.headers["last-modified"]! })).status).toBe(304);

    const head = await rawGet(url, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(head.headers.etag).toBe(etag);
    expect(head.body.length).toBe(0);
  });

  test("lets a guest add one agenda session to Google, Outlook or as a .ics from the keyboard", async ({ newPage }) => {
    const page = await newPage();
    await page.goto("/convenings");
    await page.getByRole("link", { name: "City Working Group meeting: Sheffield", exact: true }).click();
    await page.getByRole("heading", { name: "City Working Group meeting: Sheffield", level: 1 }).waitFor();
    const firstSession = page.locator(".agenda__item").first();
    const sessionTitle = (await firstSession.locator(".agenda__title").textContent())!.trim();
    const disclosure = firstSession.locator("summary", { hasText: "Add to calendar" });
    await disclosure.focus();
    await page.keyboard.press("Enter");
    const links = firstSession.getByRole("list", { name: `Add ${sessionTitle} to your calendar` });
    await links.waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "agenda-session-add-to-calendar");

    const href = async (name: string) => (await links.getByRole("link", { name }).getAttribute("href"))!;
    const google = await rawGet(`${baseUrl()}${await href("Google Calendar (opens in a new tab)")}`);
    expect(google.status).toBe(302);
    const googleUrl = new URL(google.headers.location!);
    expect(googleUrl.origin).toBe("https://calendar.google.com");
    expect(googleUrl.searchParams.get("text")).toBe(sessionTitle);
    expect(googleUrl.searchParams.get("ctz")).toBe("Europe/London");
    const outlook = await rawGet(`${baseUrl()}${await href("Outlook (opens in a new tab)")}`);
    expect(outlook.status).toBe(302);
    expect(new URL(outlook.headers.location!).searchParams.get("subject")).toBe(sessionTitle);
    const ics = await rawGet(`${baseUrl()}${await href(`Download .ics for ${sessionTitle}`)}`);
    expect(ics.status).toBe(200);
    expect(ics.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(ics.body.toString()).toContain("TZID=Europe/London");
  });

  test("answers 404 in plain text for an unknown city and a draft convening's feed", async () => {
    const draft = await createMeeting({ status: "draft" });
    const draftFeed = await rawGet(`${baseUrl()}/calendar/convenings/${draft.id}.ics`);
    expect(draftFeed.status).toBe(404);
    expect(draftFeed.headers["content-type"]).toBe("text/plain; charset=utf-8");
    const city = await rawGet(`${baseUrl()}/calendar/cities/atlantis.ics`);
    expect(city.status).toBe(404);
    expect(city.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect((await rawGet(`${baseUrl()}/calendar/cities/bristol.ics`)).status).toBe(200);
    expect((await rawGet(`${baseUrl()}/calendar/convenings/not-an-id.ics`)).status).toBe(404);
  });

  test("keeps pages out of shared caches and lets the subscriptions page keep its stricter referrer policy", async ({
    login,
  }) => {
    const home = await rawGet(`${baseUrl()}/`);
    expect(home.headers["cache-control"]).toBe("private, no-cache");
    expect(home.headers["referrer-policy"]).toBe("same-origin");
    const { page } = await login({ role: "city-rep", city: "bristol" });
    const response = await page.goto("/me/calendar");
    expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
  });
});
