import type { Page } from "@playwright/test";
import {
  at,
  cityIdOf,
  createMeeting,
  expect,
  expectNoSeriousAxeViolations,
  screenshot,
  test,
} from "./playwright-utils";

const SESSIONS = [
  { date: "2031-06-12", start: "09:30", end: "10:30", title: "Welcome and introductions", room: "Council Chamber" },
  { date: "2031-06-12", start: "10:45", end: "12:30", title: "Action plans round the table", room: "Council Chamber" },
  { date: "2031-06-12", start: "13:30", end: "16:00", title: "Site visit: welcome hub", room: "" },
  {
    date: "2031-06-13",
    start: "09:30",
    end: "11:00",
    title: "Workshop: owners for follow-up actions",
    room: "Committee Room 1",
  },
  { date: "2031-06-13", start: "11:15", end: "12:30", title: "Panel: data and evidence", room: "Council Chamber" },
  { date: "2031-06-13", start: "13:30", end: "14:30", title: "Close and next steps", room: "Council Chamber" },
];

/** The two-day Newport meeting the first test plans in the browser, made directly for the tests that read it. */
async function newportMeeting(title: string) {
  const zone = "Europe/London";
  return createMeeting({
    title,
    hostCityId: await cityIdOf("newport"),
    places: [{ name: "Newport Civic Centre", timeZone: zone }],
    startsAt: at("2031-06-12T09:00", zone),
    endsAt: at("2031-06-13T17:00", zone),
    aims: ["Review action plan progress", "Agree owners and due dates"],
    sessions: SESSIONS.map((session) => ({
      title: session.title,
      startsAt: at(`${session.date}T${session.start}`, zone),
      endsAt: at(`${session.date}T${session.end}`, zone),
      timeZone: zone,
      room: session.room,
      placeName: "Newport Civic Centre",
    })),
  });
}

async function submit(page: Page, name: string) {
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name }).click()]);
}

test.describe("planning a convening and sharing its agenda", () => {
  test("lets a manager create a two-day meeting with six sessions and publish it", async ({ login, tag }) => {
    const title = `City Working Group meeting: Newport ${tag}`;
    const { page } = await login({ role: "manager" });
    await page.goto("/convenings");
    await page.getByRole("link", { name: "New convening" }).click();
    await page.getByRole("heading", { name: "New convening", level: 1 }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // A first attempt with no title shows the error next to the field and keeps the rest.
    await page.getByLabel("Summary", { exact: true }).fill("Two days in Newport on making action plans land.");
    await page.locator("#places\\.0\\.name").fill("Newport Civic Centre");
    await page.getByLabel("First day").fill("2031-06-12");
    await page.getByLabel("Last day").fill("2031-06-13");
    await submit(page, "Save draft");
    await page.getByText("Enter a title").first().waitFor();
    await expect(page.getByLabel("Summary", { exact: true })).toHaveValue(
      "Two days in Newport on making action plans land.",
    );
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "convening-new-errors");

    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Host city").selectOption({ label: "Newport" });
    await page.getByLabel("Aims", { exact: true }).fill("Review action plan progress\nAgree owners and due dates");
    await submit(page, "Save draft");
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    await expect(page.getByText("Only the programme team can see this")).toBeVisible();
    const conveningPath = new URL(page.url()).pathname;

    for (const session of SESSIONS) {
      await page.goto(`${conveningPath}/sessions/new`);
      await page.getByLabel("Title", { exact: true }).fill(session.title);
      await page.getByLabel("Date", { exact: true }).fill(session.date);
      await page.getByLabel("Starts at").fill(session.start);
      await page.getByLabel("Ends at").fill(session.end);
      await page.getByLabel("Room").fill(session.room);
      if (session === SESSIONS[0]) {
        await expectNoSeriousAxeViolations(page);
        await screenshot(page, "session-new");
      }
      await submit(page, "Add session");
      await page.getByText(`Added “${session.title}”.`).waitFor();
    }
    await expect(page.locator(".agenda__item")).toHaveCount(6);
    await expect(page.getByRole("heading", { name: "Thursday 12 June 2031" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Friday 13 June 2031" })).toBeVisible();

    await submit(page, "Publish");
    await page.getByText("Published: everyone can now see it").waitFor();
    await expect(page.getByText("Only the programme team can see this")).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "convening-published-manager");
    await expect(page.locator(".convening-actions__share a")).toHaveAttribute("href", /\/share\/[A-Za-z0-9_-]+$/);

    // The printable agenda, as the print stylesheet lays it out.
    await page.goto(`${conveningPath}/print`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".agenda__item")).toHaveCount(6);
    await expect(page.getByRole("link", { name: "Back to the convening" })).toBeHidden();
    await screenshot(page, "convening-print");
    await page.emulateMedia({ media: "screen" });
  });

  test("lets a guest with no account read the agenda from the share link, in their own time zone too", async ({
    newPage,
    tag,
  }) => {
    const title = `City Working Group meeting: Newport ${tag}`;
    const { shareToken } = await newportMeeting(title);
    const page = await newPage({ timezoneId: "America/New_York" });
    await page.goto(`/share/${shareToken}`);
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await expect(page.locator(".agenda__item")).toHaveCount(6);
    await expect(page.getByText("Review action plan progress")).toBeVisible();
    await expect(page.getByText("09:30–10:30 BST")).toBeVisible();
    // The page learns the viewer's zone and shows their time beside the place's.
    await page.getByText("04:30–05:30 EDT your time").waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "share-guest");

    const narrow = await newPage({ width: 390 });
    await narrow.goto(`/share/${shareToken}`);
    await narrow.getByRole("heading", { name: "Friday 13 June 2031" }).waitFor();
    await expectNoSeriousAxeViolations(narrow);
    await screenshot(narrow, "share-guest-narrow");
  });

  test("shows a guest the seeded demo meeting's agenda from the convenings list, without names or the joining link", async ({
    newPage,
  }) => {
    const page = await newPage();
    await page.goto("/convenings");
    await page.getByRole("link", { name: "City Working Group meeting: Sheffield", exact: true }).click();
    await page.getByRole("heading", { name: "City Working Group meeting: Sheffield", level: 1 }).waitFor();
    await expect(page.locator(".agenda__item")).toHaveCount(6);
    await expect(page.getByRole("link", { name: "Sign in", exact: true }).last()).toBeVisible();
    await expect(page.getByRole("cell", { name: "Bristol" })).toBeVisible();
    await expect(page.getByText("Bristol Representative")).toHaveCount(0);
    await expect(page.getByText("Online joining link:")).toHaveCount(0);
    // Outcomes are for the programme team and city representatives: no link that ends at sign-in.
    await expect(page.getByRole("link", { name: "Outcomes and follow-up actions" })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "convening-demo-guest");
  });

  test("lists a new convening for a city representative and shows its page with counts", async ({ login, tag }) => {
    const title = `City Working Group meeting: Newport ${tag}`;
    await newportMeeting(title);
    const { page } = await login({ role: "city-rep", city: "newport", width: 390 });
    await page.goto("/convenings");
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { name: "Who is coming" }).waitFor();
    await expect(page.getByRole("link", { name: "Edit details" })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "convening-rep-narrow");
  });
});
