import type { Page } from "@playwright/test";
import { createCity } from "../factories/people";
import {
  at,
  cityIdOf,
  createMeeting,
  expect,
  expectNoSeriousAxeViolations,
  register,
  screenshot,
  signOut,
  test,
} from "./playwright-utils";

async function registerColleague(page: Page, name: string, email: string) {
  await page.getByLabel("Who are you registering?").selectOption({ label: "A colleague not listed yet" });
  await page.getByLabel("Colleague's full name").fill(name);
  await page.getByLabel("Colleague's email address").fill(email);
  await page.getByLabel("Role at the event (optional)").fill("Delegate");
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await page.getByRole("status").filter({ hasText: name }).waitFor();
  // The action's message shows while the page data is still reloading: wait for the new row.
  await rowOf(page, name).waitFor();
}

function rowOf(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });
}

test.describe("registering a city's people with per-city places", () => {
  test("a Liverpool rep registers two colleagues, the third is waitlisted, and a cancellation promotes them", async ({
    login,
    tag,
  }) => {
    const title = `City Working Group meeting: Liverpool ${tag}`;
    const meeting = await createMeeting({ title, registration: { placesPerCity: 2 } });
    const { page } = await login({ role: "city-rep", city: "liverpool" });
    await page.goto(`${meeting.path}/register`);
    await expect(page.getByRole("heading", { name: `Register for ${title}`, level: 1 })).toBeVisible();
    await expect(page.getByText("Liverpool has 2 places: 0 taken, 2 free.")).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await registerColleague(page, "Lina Officer", `lina.officer.${tag}@liverpool.example`);
    await expect(page.getByRole("status")).toContainText("Lina Officer is registered");
    await registerColleague(page, "Marcus Officer", `marcus.officer.${tag}@liverpool.example`);
    await registerColleague(page, "Nadia Officer", `nadia.officer.${tag}@liverpool.example`);
    await expect(page.getByRole("status")).toContainText("Nadia Officer is on the waitlist");
    await rowOf(page, "Nadia Officer").getByText("Waitlisted (1)").waitFor();
    await page.getByText("Liverpool has 2 places: 2 taken, 0 free.").waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "registration-rep-waitlist");

    await page.getByRole("button", { name: "Cancel Lina Officer's registration" }).click();
    await page.getByRole("button", { name: "Yes, cancel Lina Officer's registration" }).click();
    await page.getByRole("status").filter({ hasText: "cancelled" }).waitFor();
    await rowOf(page, "Lina Officer").waitFor({ state: "detached" });
    await expect(rowOf(page, "Nadia Officer").getByRole("cell").nth(2)).toHaveText("Registered");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "registration-rep-promoted");
    await signOut(page);
  });

  test("shows the form error next to the field and keeps the input on a narrow phone screen", async ({ login }) => {
    const meeting = await createMeeting();
    const { page } = await login({ role: "city-rep", city: "peterborough", width: 390 });
    await page.goto(`${meeting.path}/register`);
    await page.getByLabel("Who are you registering?").selectOption({ label: "A colleague not listed yet" });
    await page.getByLabel("Colleague's full name").fill("Pat Typo");
    await page.getByLabel("Colleague's email address").fill("not-an-email");
    await page.getByLabel("Dietary needs (optional)").fill("Vegetarian");
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await page.getByText("Enter an email address like name@example.org").first().waitFor();
    await expect(page.getByLabel("Colleague's full name")).toHaveValue("Pat Typo");
    await expect(page.getByLabel("Dietary needs (optional)")).toHaveValue("Vegetarian");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "registration-error-narrow");
  });

  test("gives the manager the attendee list by city with needs, and a phone-friendly attendance list", async ({
    login,
    createUser,
    tag,
  }) => {
    // A meeting in March 2027 with a Liverpool officer registered.
    const zone = "Europe/London";
    const meeting = await createMeeting({
      title: `City Working Group meeting: Liverpool ${tag}`,
      startsAt: at("2027-03-25T09:00", zone),
      endsAt: at("2027-03-26T17:00", zone),
    });
    const nadia = await createUser({ role: "participant", city: "liverpool", name: "Nadia Officer" });
    await register(meeting.id, nadia.id, nadia.cityId);
    const { page } = await login({ role: "manager" });
    await page.goto(`${meeting.path}/attendees`);
    await page.getByRole("heading", { name: "Attendees", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Catering and access" }).waitFor();
    await page.getByRole("heading", { name: "Liverpool", level: 2 }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "registration-attendees-manager");

    const { page: phone } = await login({ role: "manager", width: 390 });
    await phone.goto(`${meeting.path}/attendance`);
    // The meeting is in March 2027: the list is there to read, marking opens on the day.
    await phone.getByText("Attendance can be marked from the first day, Thursday 25 March 2027.").waitFor();
    await phone.getByText("Nadia Officer").waitFor();
    await expect(phone.getByRole("button", { name: "Here: Nadia Officer" })).toHaveCount(0);
    await expectNoSeriousAxeViolations(phone);
    await screenshot(phone, "registration-attendance-narrow");
  });

  test("lets the manager edit a city's details, with the nation list working once the page is live", async ({
    login,
    tag,
  }) => {
    const name = `Cardiff ${tag}`;
    const slug = `cardiff-${tag}`;
    await createCity(slug, { name, nation: "Wales" });
    const { page } = await login({ role: "manager" });
    await page.goto(`/cities/${slug}`);
    await page.getByRole("link", { name: "Edit city details" }).click();
    await page.getByRole("heading", { name: `Edit ${name}`, level: 1 }).waitFor();
    await expect(page.getByLabel("Nation")).toHaveValue("Wales");
    await page.getByLabel("Department where the programme sits").fill("Cyngor Caerdydd – Communities, ŵ");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "city-edit-manager");
    await Promise.all([
      page.waitForURL((url) => url.pathname === `/cities/${slug}`),
      page.getByRole("button", { name: "Save city" }).click(),
    ]);
    await page.getByText("Cyngor Caerdydd – Communities, ŵ").waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  test("shows the rep's city page with its taskforce form", async ({ login, tag }) => {
    const slug = `liverpool-${tag}`;
    await createCity(slug, { name: `Liverpool ${tag}` });
    const { page } = await login({ role: "city-rep", city: slug, width: 390 });
    await page.goto(`/cities/${slug}`);
    await page.getByLabel("Name", { exact: true }).fill("Tom Taskforce");
    await page.getByLabel("Organisation (optional)").fill("Liverpool Housing Trust");
    await page.getByLabel("Sector").selectOption({ label: "Housing association" });
    await page.getByRole("button", { name: "Add member" }).click();
    await page.getByRole("cell", { name: "Tom Taskforce", exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "city-page-rep-narrow");
    await page.goto("/me/convenings");
    await expect(page.getByRole("heading", { name: "My convenings", level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test("fits registration, attendee and city pages on a phone and city cards on a desktop", async ({
    newPage,
    login,
    tag,
  }) => {
    // Registrations stack into labelled blocks on a phone: the Cancel button needs no sideways scrolling.
    const meeting = await createMeeting({ title: `City Working Group meeting: Bristol ${tag}` });
    const repName = `Bristol Representative ${tag}`;
    const { page: rep, person } = await login({ role: "city-rep", city: "bristol", name: repName, width: 390 });
    await register(meeting.id, person.id, await cityIdOf("bristol"));
    await rep.goto(`${meeting.path}/register`);
    const cancel = rep.getByRole("button", { name: `Cancel ${repName}'s registration` });
    await cancel.scrollIntoViewIfNeeded();
    const box = await cancel.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await rep.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(rowOf(rep, repName).getByRole("cell")).toHaveCount(4);
    await expectNoSeriousAxeViolations(rep);
    await screenshot(rep, "registration-rep-narrow");
    await rep.goto("/cities/bristol");
    await rep.getByRole("link", { name: "Action plan" }).waitFor();
    await screenshot(rep, "city-page-bristol-rep-narrow");

    const { page: manager } = await login({ role: "manager", width: 390 });
    await manager.goto(`${meeting.path}/attendees`);
    await manager.getByRole("heading", { name: "Bristol", level: 2 }).waitFor();
    const managerCancel = manager.getByRole("button", { name: `Cancel ${repName}'s registration` });
    await managerCancel.scrollIntoViewIfNeeded();
    const managerBox = await managerCancel.boundingBox();
    expect(managerBox!.x + managerBox!.width).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations(manager);
    await screenshot(manager, "registration-attendees-narrow");

    // City cards: no value overflows its card, at desktop, small laptop and phone widths.
    for (const width of [1280, 1024, 390]) {
      const guest = await newPage({ width });
      await guest.goto("/cities");
      const overflowing = await guest.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".city-card")]
          .filter((card) => card.scrollWidth > card.clientWidth)
          .map((card) => card.querySelector("h2")?.textContent),
      );
      expect(overflowing, `cards overflowing at ${width}px`).toEqual([]);
      if (width === 1280) {
        await expectNoSeriousAxeViolations(guest);
        await screenshot(guest, "cities-directory-wide");
      }
      if (width === 390) await screenshot(guest, "cities-directory-narrow");
    }

    // A guest is not offered the action plan (it would only send them to sign in), and the sponsor reads as one value.
    const guest = await newPage({ width: 390 });
    await guest.goto("/cities/bristol");
    await guest.getByRole("heading", { name: "Bristol", level: 1 }).waitFor();
    await expect(guest.getByRole("link", { name: "Action plan" })).toHaveCount(0);
    await expect(
      guest.locator("dt", { hasText: "Strategic sponsor" }).locator("xpath=following-sibling::dd[1]"),
    ).toHaveText("Deputy Mayor (person not named yet)");
    await expectNoSeriousAxeViolations(guest);
    await screenshot(guest, "city-page-bristol-guest-narrow");
  });
});
