// Taking attendance on a phone at a five-day exchange: the day picker, large here / not-here
// toggles with the count at the top, the search by name or city, a mark that could not be saved,
// sessions taking attendance, and the same page without JavaScript.
import { DateTime } from "luxon";
import type { Page } from "@playwright/test";
import { switchOffSessionAttendance, switchOnSessionAttendance } from "../../models/session-attendance.server";
import {
  at,
  createMeeting,
  demoAccount,
  expect,
  expectNoSeriousAxeViolations,
  register,
  screenshot,
  signIn,
  test,
  type MeetingOptions,
  type TestPerson,
} from "./playwright-utils";

const ZONE = "America/New_York";
const SHOTS = "attendance";

/** A five-day exchange in New York whose third day is today there, with three delegates. */
async function runningExchange(
  createUser: (options: { role: "participant"; city: string; name: string }) => Promise<TestPerson>,
  tag: string,
  sessions: MeetingOptions["sessions"] = [],
) {
  const today = DateTime.now().setZone(ZONE).startOf("day");
  const days = [-2, -1, 0, 1, 2].map((offset) => today.plus({ days: offset }).toISODate()!);
  const meeting = await createMeeting({
    title: `US learning exchange ${tag}`,
    timeZone: ZONE,
    places: [{ name: "Pittsburgh PA", timeZone: ZONE }],
    startsAt: at(`${days[0]}T09:00`, ZONE),
    endsAt: at(`${days[4]}T17:00`, ZONE),
    sessions,
  });
  const people = [
    await createUser({ role: "participant", city: "bristol", name: `Ada Okafor ${tag}` }),
    await createUser({ role: "participant", city: "bristol", name: `Bo Lindqvist ${tag}` }),
    await createUser({ role: "participant", city: "cardiff", name: `Siân Evans ${tag}` }),
  ];
  for (const person of people) await register(meeting.id, person.id, person.cityId);
  return { meeting, days, people };
}

/** Every button and link a thumb presses is at least 44 px tall and wide. */
async function expectLargeTargets(page: Page) {
  const small = await page.evaluate(
    () =>
      [...document.querySelectorAll(".attendance-toggle, .attendance-days__day")]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.height < 44 || box.width < 44).length,
  );
  expect(small).toBe(0);
}

test.describe("attendance on a phone", () => {
  test("marks today with large toggles, counts at the top and a search as you type", async ({
    login,
    createUser,
    tag,
  }) => {
    const { meeting, days, people } = await runningExchange(createUser, tag);
    const [ada, , sian] = people;
    const { page } = await login({ role: "manager", width: 390 });
    await page.goto(`${meeting.path}/attendance`);
    const todayLink = page.getByRole("navigation", { name: "Days of the convening" }).getByRole("link", {
      name: new RegExp(`^${DateTime.fromISO(days[2]).toFormat("ccc d LLL")} today`),
    });
    await expect(todayLink).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("status").filter({ hasText: "here today" })).toHaveText(
      "0 of 3 here today · 0 not here · 3 not marked",
    );

    const here = page.getByRole("button", { name: `Here: ${ada.name}`, exact: true });
    await expect(here).toHaveAttribute("aria-pressed", "false");
    await here.click();
    await expect(here).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("1 of 3 here today")).toBeVisible();
    await page.getByRole("button", { name: `Not here: ${sian.name}` }).click();
    await expect(page.getByText("1 of 3 here today · 1 not here · 1 not marked")).toBeVisible();
    await expectLargeTargets(page);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, `${SHOTS}-phone-today`);

    await page.getByLabel("Find a person by name or city").fill("cardiff");
    await expect(page.getByText(`1 of 3 people match “cardiff”.`)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Here: / })).toHaveCount(1);
    await expect(page.getByRole("button", { name: `Here: ${sian.name}`, exact: true })).toBeVisible();
    await page.getByLabel("Find a person by name or city").fill("ada oka");
    await expect(page.getByRole("button", { name: /^Here: / })).toHaveCount(1);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, `${SHOTS}-phone-search`);

    // Saved, not just shown: a fresh page has the marks, and yesterday has none.
    await page.reload();
    await expect(page.getByRole("button", { name: `Here: ${ada.name}`, exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await page.getByRole("link", { name: new RegExp(`^${DateTime.fromISO(days[1]).toFormat("ccc d LLL")}`) }).click();
    await expect(page.getByText("0 of 3 here on")).toBeVisible();
    await expect(page.getByRole("button", { name: `Here: ${ada.name}`, exact: true })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  test("says on the row when a mark could not be saved", async ({ login, createUser, tag }) => {
    const today = DateTime.now().setZone(ZONE).toISODate()!;
    const { meeting, people } = await runningExchange(createUser, tag, [
      {
        title: "Site visit: welcome centre",
        kind: "site-visit",
        timeZone: ZONE,
        startsAt: at(`${today}T10:00`, ZONE),
        endsAt: at(`${today}T12:00`, ZONE),
      },
    ]);
    const [, bo] = people;
    const [visit] = meeting.sessionIds;
    await switchOnSessionAttendance(meeting.id, visit, bo.id);
    const { page } = await login({ role: "manager", width: 390 });
    await page.goto(`${meeting.path}/attendance?session=${visit}`);
    await page.getByText("0 of 3 here at this session").waitFor();
    // Another manager stops taking attendance at the session after this list was opened.
    await switchOffSessionAttendance(meeting.id, visit);
    const here = page.getByRole("button", { name: `Here: ${bo.name}`, exact: true });
    await here.click();
    const row = page.locator(".attendance-row").filter({ has: here });
    await expect(
      row.getByText(
        "Not saved: Attendance is not taken at “Site visit: welcome centre”: switch it on for the session first.",
      ),
    ).toBeVisible();
    await expect(here).toHaveAttribute("aria-pressed", "false");
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, `${SHOTS}-phone-failed`);
  });

  test("works without JavaScript: each mark comes back to its row, and the search is a GET", async ({
    login,
    createUser,
    tag,
  }) => {
    const { meeting, days, people } = await runningExchange(createUser, tag);
    const [, bo] = people;
    const { page } = await login({ role: "manager", width: 390, javaScriptEnabled: false });
    await page.goto(`${meeting.path}/attendance`);
    await page.getByRole("button", { name: `Not here: ${bo.name}` }).click();
    await page.waitForURL((url) => url.hash.startsWith("#person-"));
    expect(new URL(page.url()).search).toBe(`?day=${days[2]}`);
    await expect(page.getByRole("button", { name: `Not here: ${bo.name}` })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("0 of 3 here today · 1 not here · 2 not marked")).toBeVisible();

    await page.getByLabel("Find a person by name or city").fill("lindqvist");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL((url) => url.searchParams.get("q") === "lindqvist");
    await expect(page.getByRole("button", { name: /^Here: / })).toHaveCount(1);
    // Pressing the pressed button takes the mark away, and the search is kept.
    await page.getByRole("button", { name: `Not here: ${bo.name}` }).click();
    await page.waitForURL((url) => url.hash.startsWith("#person-") && url.searchParams.get("q") === "lindqvist");
    await expect(page.getByRole("button", { name: `Not here: ${bo.name}` })).toHaveAttribute("aria-pressed", "false");
    // axe runs in the page's JavaScript: the scripted tests check this same page.
    await screenshot(page, `${SHOTS}-phone-no-script`);
  });
});

test("takes attendance for a chosen session on the desktop", async ({ login, createUser, tag }) => {
  const today = DateTime.now().setZone(ZONE).toISODate()!;
  const { meeting, people } = await runningExchange(createUser, tag, [
    {
      title: "Site visit: welcome centre",
      kind: "site-visit",
      timeZone: ZONE,
      startsAt: at(`${today}T10:00`, ZONE),
      endsAt: at(`${today}T12:00`, ZONE),
    },
    {
      title: "Dinner with the host city",
      kind: "meal",
      timeZone: ZONE,
      startsAt: at(`${today}T19:00`, ZONE),
      endsAt: at(`${today}T21:00`, ZONE),
    },
  ]);
  const [ada] = people;
  const { page } = await login({ role: "manager" });
  await page.goto(`${meeting.path}/attendance`);
  await page.getByText("Sessions this day: 2").click();
  await page.getByRole("button", { name: "Take attendance for this session: Site visit: welcome centre" }).click();
  await page.waitForURL((url) => url.searchParams.get("session") === meeting.sessionIds[0]);
  await expect(page.getByRole("heading", { name: /^Site visit: welcome centre 10:00–12:00/ })).toBeVisible();
  await page.getByRole("button", { name: `Here: ${ada.name}`, exact: true }).click();
  await expect(page.getByText("1 of 3 here at this session")).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Stop taking attendance at Site visit: welcome centre" }),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, `${SHOTS}-desktop-session`);

  await page.goto(`${meeting.path}/attendees`);
  await expect(page.getByRole("row", { name: new RegExp(ada.name) }).getByText("1 of 5 days")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, `${SHOTS}-desktop-attendees`);
});

test("labels each day of the demo's 2018 exchange with its place, on a phone", async ({ newPage }) => {
  // Read only: the demo seed is the baseline every test shares.
  const page = await newPage({ width: 390 });
  await signIn(page, demoAccount("manager@example.org"));
  await page.goto("/convenings?when=all");
  await page.getByRole("link", { name: "US learning exchange", exact: true }).first().click();
  await page.waitForURL(/\/convenings\/[0-9a-f]{24}$/);
  await page.goto(`${new URL(page.url()).pathname}/attendance`);
  const days = page.getByRole("navigation", { name: "Days of the convening" }).getByRole("link");
  await expect(days).toHaveText([
    "Mon 21 MayPittsburgh",
    "Tue 22 MayPittsburgh",
    "Wed 23 MayMontgomery County",
    "Thu 24 MayMontgomery County",
    "Fri 25 MayWashington DC",
  ]);
  // The exchange is over: the page opens on its last day.
  await expect(days.last()).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Friday 25 May 2018 · Washington DC", level: 2 })).toBeVisible();
  // Nobody holds a place in the demo's record of it: no "0 of 0 here" count above the empty list.
  await expect(page.getByText("Nobody has a place yet.")).toBeVisible();
  await expect(page.getByText(/ here on /)).toHaveCount(0);
  await expectLargeTargets(page);
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, `${SHOTS}-phone-demo-exchange`);
});
