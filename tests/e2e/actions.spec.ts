import type { Page } from "@playwright/test";
import {
  at,
  createMeeting,
  expect,
  expectNoSeriousAxeViolations,
  screenshot,
  signIn,
  signOut,
  test,
} from "./playwright-utils";

/** A published meeting of the test's own with the round-table session where actions are raised. */
async function meetingWithSession(tag: string) {
  const zone = "Europe/London";
  const meeting = await createMeeting({
    title: `Action planning day ${tag}`,
    startsAt: at("2027-03-25T09:00", zone),
    endsAt: at("2027-03-25T17:00", zone),
    sessions: [
      {
        title: "Action plan progress: round the table",
        kind: "roundtable",
        startsAt: at("2027-03-25T10:45", zone),
        endsAt: at("2027-03-25T12:30", zone),
        timeZone: zone,
      },
    ],
  });
  return { conveningId: meeting.id, sessionId: meeting.sessionIds[0] };
}

async function dashboardFigure(page: Page, stat: string): Promise<number> {
  await page.goto("/dashboard");
  return Number(await page.locator(`[data-stat="${stat}"] .action-stat__number`).textContent());
}

async function recordAction(
  page: Page,
  fields: { title: string; city: string; owner?: string; dueOn: string; theme: RegExp },
) {
  await page.getByLabel("Action", { exact: true }).fill(fields.title);
  await page.getByLabel("Owning city").selectOption({ label: fields.city });
  if (fields.owner) await page.getByLabel("Owner (optional)").selectOption({ label: fields.owner });
  await page.getByLabel("Due date (optional)").fill(fields.dueOn);
  await page.getByRole("checkbox", { name: fields.theme }).check();
  await page.getByRole("button", { name: "Save and add another" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: `Saved “${fields.title}”` })
    .waitFor();
  // The list of recorded actions refreshes right after the save.
  await page
    .getByRole("table", { name: /Actions raised at this convening/ })
    .getByRole("link", { name: fields.title })
    .waitFor();
}

test.describe("follow-up actions from a convening to done", () => {
  test("a manager records three actions during a session, the Bristol rep marks one done with evidence, and the dashboard counts follow", async ({
    newPage,
    createUser,
    tag,
  }) => {
    const { conveningId, sessionId } = await meetingWithSession(tag);
    const manager = await createUser({ role: "manager" });
    const bristolRep = await createUser({ role: "city-rep", city: "bristol", name: `Bea Bristol ${tag}` });
    const titles = {
      bristol: `Publish Bristol's welcome hub evaluation (${tag})`,
      sheffield: `Share Sheffield's hub staffing model (${tag})`,
      cardiff: `Draft Cardiff's employer pledge (${tag})`,
    };
    const page = await newPage();
    await signIn(page, manager);
    const before = {
      all: await dashboardFigure(page, "all"),
      open: await dashboardFigure(page, "open"),
      done: await dashboardFigure(page, "done"),
    };
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "actions-dashboard-before");

    await page.goto(`/convenings/${conveningId}/actions/new?sessionId=${sessionId}`);
    await expect(page.getByLabel("Raised in session")).toHaveValue(sessionId);
    await recordAction(page, {
      title: titles.bristol,
      city: "Bristol",
      owner: bristolRep.name,
      dueOn: "2027-04-30",
      theme: /Connecting communities/,
    });
    // The form clears but keeps the session and city, ready for the next action.
    await expect(page.getByLabel("Action", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Raised in session")).toHaveValue(sessionId);
    await recordAction(page, {
      title: titles.sheffield,
      city: "Sheffield",
      dueOn: "2027-05-14",
      theme: /Mainstreaming/,
    });
    await recordAction(page, {
      title: titles.cardiff,
      city: "Cardiff",
      owner: "Cardiff Representative",
      dueOn: "2027-06-01",
      theme: /Inclusive economic growth/,
    });
    const recorded = page.getByRole("table", { name: /Actions raised at this convening/ });
    await expect(recorded.getByRole("row")).toHaveCount(4);
    await expect(recorded.getByText("Session: Action plan progress: round the table")).toHaveCount(3);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "actions-fast-entry");

    expect(await dashboardFigure(page, "all")).toBe(before.all + 3);
    expect(await dashboardFigure(page, "open")).toBe(before.open + 3);
    await page.goto(`/convenings/${conveningId}/outcomes`);
    await expect(page.getByRole("heading", { name: "Bristol", level: 2 })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "actions-outcomes");
    await signOut(page);

    const rep = await newPage({ width: 390 });
    await signIn(rep, bristolRep);
    await rep.goto("/cities/bristol/plan");
    await expectNoSeriousAxeViolations(rep);
    await screenshot(rep, "actions-plan-bristol-narrow");
    await rep.getByRole("link", { name: titles.bristol }).click();
    await rep.getByRole("heading", { name: titles.bristol, level: 1 }).waitFor();
    await rep.getByLabel("Status").selectOption({ label: "Done" });
    await rep.getByLabel("What happened").fill("Evaluation published and shared with the taskforce.");
    await rep.getByLabel("Evidence link (optional)").fill("https://www.bristol.gov.uk/welcome-hub-evaluation");
    await rep.getByRole("button", { name: "Save update" }).click();
    await rep.getByRole("status").filter({ hasText: "Status changed and recorded in the timeline." }).waitFor();
    const latest = rep.locator(".action-timeline__entry").filter({ hasText: "Status changed from Open to Done" });
    await latest.waitFor();
    await expect(latest).toContainText("Evaluation published and shared with the taskforce.");
    await expect(latest.getByRole("link", { name: "https://www.bristol.gov.uk/welcome-hub-evaluation" })).toBeVisible();
    await expectNoSeriousAxeViolations(rep);
    await screenshot(rep, "actions-detail-done-narrow");

    // Cardiff's action is readable by Bristol's rep but offers no way to change it.
    await rep.goto(`/convenings/${conveningId}/outcomes`);
    await rep.getByRole("link", { name: titles.cardiff }).click();
    await rep.getByText("You can only change your own city's actions.").waitFor();
    await expect(rep.getByRole("button", { name: "Save update" })).toHaveCount(0);
    expect((await rep.goto("/dashboard"))?.status()).toBe(403);
    await signOut(rep);

    await signIn(page, manager);
    expect(await dashboardFigure(page, "done")).toBe(before.done + 1);
    expect(await dashboardFigure(page, "open")).toBe(before.open + 2);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, "actions-dashboard-after");
    const narrow = await newPage({ width: 390 });
    await signIn(narrow, manager);
    await narrow.goto("/dashboard");
    // The wide tables scroll sideways in focusable, labelled regions, so the keyboard can scroll them too.
    for (const name of ["Actions by framework theme and status", "Each city's actions by status"]) {
      const region = narrow.getByRole("region", { name });
      await expect(region).toHaveAttribute("tabindex", "0");
      await region.focus();
      await narrow.keyboard.press("ArrowRight");
      await narrow.waitForFunction((label) => {
        const scroller = [...document.querySelectorAll<HTMLElement>('[role="region"]')].find(
          (element) => element.querySelector("caption")?.textContent === label,
        );
        return Boolean(scroller && scroller.scrollLeft > 0);
      }, name);
    }
    await expectNoSeriousAxeViolations(narrow);
    await screenshot(narrow, "actions-dashboard-narrow");
  });

  test("records actions without JavaScript, keeping the session for the next one", async ({ login, tag }) => {
    const { conveningId, sessionId } = await meetingWithSession(tag);
    const { page } = await login({ role: "manager", javaScriptEnabled: false });
    await page.goto(`/convenings/${conveningId}/actions/new?sessionId=${sessionId}`);
    await page.getByLabel("Action", { exact: true }).fill("");
    await page.getByLabel("Owning city").selectOption({ label: "Glasgow" });
    await page.getByRole("button", { name: "Save and add another" }).click();
    await page.getByText("Enter what needs to be done").first().waitFor();
    await expect(page.getByLabel("Owning city")).not.toHaveValue("");
    await page
      .getByLabel("Action", { exact: true })
      .fill(`Invite Glasgow's housing association to the taskforce (${tag})`);
    await page.getByRole("button", { name: "Save and add another" }).click();
    await page.getByText(`Saved “Invite Glasgow's housing association to the taskforce (${tag})”`).waitFor();
    await expect(page.getByLabel("Raised in session")).toHaveValue(sessionId);
  });
});
