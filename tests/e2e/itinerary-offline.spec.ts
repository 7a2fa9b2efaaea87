// A delegate's itinerary on a phone: it opens offline once visited (the service worker keeps this
// person's itinerary pages and the build files they load, nothing else), says when its copy was
// made, and signing out clears the copy. The printed pack and a city's packs, checked with axe and
// looked at in print.
import type { Page } from "@playwright/test";
import { Registration } from "../../models/registration.server";
import { createSession } from "../factories/calendar";
import { addHotelWithRoom, addSegment, createExchange, putInRoom } from "../factories/exchanges";
import {
  at,
  cityIdOf,
  expect,
  expectNoSeriousAxeViolations,
  register,
  screenshot,
  demoAccount,
  signIn,
  signOut,
  test,
  type TestPerson,
} from "./playwright-utils";

const NY = "America/New_York";
const DAY = 24 * 3600 * 1000;

/** An exchange in Pittsburgh starting a month from now, with the person's flight and room. */
async function exchangeFor(person: TestPerson, tag: string) {
  const start = new Date(Date.now() + 30 * DAY);
  const day = (offset: number) => new Date(start.getTime() + offset * DAY).toISOString().slice(0, 10);
  const conveningId = await createExchange({
    title: `US learning exchange ${tag}`,
    startsAt: at(`${day(0)}T09:00`, NY),
    endsAt: at(`${day(4)}T17:00`, NY),
    places: [{ name: "Pittsburgh", region: "Pennsylvania", country: "United States", timeZone: NY }],
  });
  await register(conveningId, person.id, person.cityId);
  await addSegment(conveningId, {
    departsAt: at(`${day(-1)}T11:00`, "Europe/London"),
    arrivesAt: at(`${day(-1)}T14:30`, NY),
    personIds: [person.id],
    bookingReference: "QX7P2L",
  });
  const room = await addHotelWithRoom(conveningId, {
    hotel: { checkInDate: day(-1), checkOutDate: day(4) },
    label: "1201",
  });
  await putInRoom(conveningId, room, person.id);
  for (const [offset, title] of [
    [0, "Welcome at the City-County Building"],
    [1, "Site visit: Welcoming Pittsburgh"],
  ] as const)
    await createSession(conveningId, {
      title,
      timeZone: NY,
      startsAt: at(`${day(offset)}T09:00`, NY),
      endsAt: at(`${day(offset)}T10:30`, NY),
      room: "Council Chamber",
      placeName: "Pittsburgh",
    });
  return conveningId;
}

/** The paths the itinerary's worker holds, build files apart. */
async function savedPages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open("itinerary-v1");
    return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
  });
}

test("a delegate's itinerary opens offline once visited, and signing out clears it", async ({
  newPage,
  createUser,
  tag,
}) => {
  const person = await createUser({ role: "participant", city: "bristol", name: `Bethan Rees ${tag}` });
  const conveningId = await exchangeFor(person, tag);
  const page = await newPage({ width: 390 });
  await signIn(page, person);

  await page.goto("/me/itinerary");
  await expect(page.getByRole("status")).toHaveText(
    /^Saved for offline use on this device, as of \w{3} \d+ \w{3}, \d\d:\d\d\.$/,
  );
  const saved = await savedPages(page);
  expect(saved.filter((path) => !path.startsWith("/build/"))).toEqual([
    "/favicon.svg",
    "/me/itinerary",
    `/me/itinerary/${conveningId}/pack`,
  ]);
  expect(saved.filter((path) => path.endsWith(".css")).length).toBeGreaterThanOrEqual(2);
  expect(saved.filter((path) => path.endsWith(".js")).length).toBeGreaterThanOrEqual(3);

  // Other pages are never stored, even after the itinerary's worker is installed.
  await page.goto("/me/convenings");
  await page.goto("/convenings");
  expect((await savedPages(page)).filter((path) => !path.startsWith("/build/"))).toEqual(
    saved.filter((path) => !path.startsWith("/build/")),
  );

  // A change made after the copy was saved is not in it: what shows offline is the copy.
  await page.goto("/me/itinerary");
  await expect(page.getByRole("status")).toHaveText(/^Saved for offline/);
  await addSegment(conveningId, {
    number: "BA 999",
    personIds: [person.id],
    departsAt: new Date(Date.now() + 40 * DAY),
    arrivesAt: new Date(Date.now() + 40 * DAY + 8 * 3600 * 1000),
  });
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My itinerary" })).toBeVisible();
  await expect(page.getByText("Flight British Airways BA 231: London Heathrow → Pittsburgh").first()).toBeVisible();
  await expect(page.getByText("BA 999")).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText(/^You are offline\. This is the copy saved on this device, as of /);
  await screenshot(page, "itinerary-offline-phone");

  // The pack was saved with the page, and opens offline too.
  await page.getByRole("link", { name: "Printable delegate pack" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Bethan Rees ${tag}: delegate pack` })).toBeVisible();

  await page.context().setOffline(false);
  await page.goto("/me/itinerary");
  await expect(page.getByText("BA 999").first()).toBeVisible();
  await signOut(page);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test("the saved copy is dropped when the itinerary answers that the person is signed out", async ({
  newPage,
  createUser,
  tag,
}) => {
  const person = await createUser({ role: "participant", city: "bristol", name: `Bethan Rees ${tag}` });
  await exchangeFor(person, tag);
  const page = await newPage({ width: 390 });
  await signIn(page, person);
  await page.goto("/me/itinerary");
  await expect(page.getByRole("status")).toHaveText(/^Saved for offline/);
  // As when the session ended elsewhere (signing out ends all of a person's sessions).
  await page.context().clearCookies();
  await page.goto("/me/itinerary");
  await page.waitForURL((url) => url.pathname === "/login");
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
});

test("a pack the person no longer has is dropped from the saved copy", async ({ newPage, createUser, tag }) => {
  const person = await createUser({ role: "participant", city: "bristol", name: `Bethan Rees ${tag}` });
  const conveningId = await exchangeFor(person, tag);
  const page = await newPage({ width: 390 });
  await signIn(page, person);
  await page.goto("/me/itinerary");
  await expect(page.getByRole("status")).toHaveText(/^Saved for offline/);
  expect(await savedPages(page)).toContain(`/me/itinerary/${conveningId}/pack`);
  await Registration.updateOne({ conveningId, personId: person.id }, { $set: { status: "cancelled" } });
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "No learning exchange to come" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/^Saved for offline/);
  expect((await savedPages(page)).filter((path) => !path.startsWith("/build/"))).toEqual([
    "/favicon.svg",
    "/me/itinerary",
  ]);
});

test("the itinerary and the pack read well on a phone, on a desktop and in print", async ({
  newPage,
  createUser,
  tag,
}) => {
  const person = await createUser({ role: "participant", city: "bristol", name: `Bethan Rees ${tag}` });
  const conveningId = await exchangeFor(person, tag);
  for (const width of [390, 1280]) {
    const page = await newPage({ width });
    await signIn(page, person);
    await page.goto("/me/itinerary");
    await expect(page.getByRole("status")).toHaveText(/^Saved for offline/);
    await expect(page.getByRole("link", { name: "911" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(width);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, `itinerary-${width}`);

    await page.goto(`/me/itinerary/${conveningId}/pack`);
    await expectNoSeriousAxeViolations(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    // Each day starts a printed page.
    const breaks = await page.evaluate(() =>
      [...document.querySelectorAll(".delegate-pack .itinerary-day")].map((day) => getComputedStyle(day).breakBefore),
    );
    expect(breaks).toEqual(["page", "page", "page", "page"]);
    await screenshot(page, `pack-print-${width}`);
  }
});

test("a city's representative prints their city's packs in one go", async ({ login, createUser, tag }) => {
  const bristolDelegate = await createUser({ role: "participant", city: "bristol", name: `Bethan Rees ${tag}` });
  const conveningId = await exchangeFor(bristolDelegate, tag);
  const cardiffDelegate = await createUser({ role: "participant", city: "cardiff", name: `Dai Morgan ${tag}` });
  await register(conveningId, cardiffDelegate.id, await cityIdOf("cardiff"));
  const { page } = await login({ role: "city-rep", city: "bristol" });
  await page.goto(`/convenings/${conveningId}/packs`);
  await expect(page.getByRole("heading", { level: 2, name: `Bethan Rees ${tag}: delegate pack` })).toBeVisible();
  await expect(page.getByText(`Dai Morgan ${tag}`)).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "packs-print");
});

test("the demo exchange's twelve packs print for the programme team and fit a phone", async ({ newPage }) => {
  const page = await newPage({ width: 390 });
  await signIn(page, demoAccount("manager@example.org"));
  await page.goto("/convenings");
  const href = await page
    .getByRole("link", { name: "US learning exchange: Pittsburgh, Montgomery County and Washington DC", exact: true })
    .first()
    .getAttribute("href");
  expect(href).toMatch(/^\/convenings\/[0-9a-f]{24}$/);
  await page.goto(`${href}/packs`);
  await expect(page.getByRole("heading", { level: 2, name: /: delegate pack$/ })).toHaveCount(12);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, "demo-packs-390");
  await page
    .locator(".delegate-pack .itinerary-essentials")
    .first()
    .screenshot({ path: "tests/e2e/screenshots/demo-pack-cover-390.png" });
  await page
    .locator(".delegate-pack .itinerary-day")
    .nth(2)
    .screenshot({ path: "tests/e2e/screenshots/demo-pack-day-390.png" });
  await page.emulateMedia({ media: "print" });
  const pageBreaks = await page.evaluate(() =>
    [...document.querySelectorAll(".delegate-pack")].map((pack) => getComputedStyle(pack).breakAfter),
  );
  expect(pageBreaks).toEqual([...Array(11).fill("page"), "auto"]);
});
