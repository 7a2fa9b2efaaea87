// The programme manager's morning (issue 16, "Done when"): the queue on the home page shows the
// seeded demo's real to-dos, each link lands where the item is acted on, and acting clears the
// item (an approval, a free place filled from the waitlist, a registration, feedback sent, an
// action done, documents completed, an email tried again; a dismissal and a snooze); an import of 200 people with 5 bad rows reports exactly those rows and imports
// nothing; every destructive action asks first (cancelling or declining a registration,
// replacing or turning off a feed link or a share link, a draft's deletion, a reinstatement). The
// first test acts on the demo's own to-dos (one of each kind); the others make their own data.
// Screenshots at desktop and phone width.
import type { Locator, Page } from "@playwright/test";
import { ensureFeedbackForm, markFeedbackFormSent } from "../../models/feedback-form.server";
import { insertSeedFeedbackInvitation } from "../../models/feedback-invitation.server";
import { createPerson } from "../../models/person.server";
import { createAction } from "../factories/calendar";
import {
  cityIdOf,
  createMeeting,
  expect,
  expectNoSeriousAxeViolations,
  register,
  screenshot,
  signIn,
  test,
} from "./playwright-utils";

const DAY = 24 * 3600 * 1000;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Where each kind of item is acted on: the page's path and its heading. */
const LANDINGS: Record<string, { path: RegExp; heading: RegExp }> = {
  "pending-approvals": { path: /^\/convenings\/[0-9a-f]{24}\/attendees$/, heading: /^Attendees$/ },
  "waitlist-with-free-places": { path: /^\/convenings\/[0-9a-f]{24}\/attendees$/, heading: /^Attendees$/ },
  "city-with-nobody": { path: /^\/convenings\/[0-9a-f]{24}\/register$/, heading: /^Register for / },
  "unfilled-places": { path: /^\/convenings\/[0-9a-f]{24}\/register$/, heading: /^Register for / },
  "overdue-actions": { path: /^\/cities\/[a-z-]+\/plan$/, heading: /action plan/ },
  "undelivered-mail": { path: /^\/mail$/, heading: /^Mail$/ },
  "travel-documents-missing": { path: /^\/convenings\/[0-9a-f]{24}\/itinerary$/, heading: /^Itinerary$/ },
  "feedback-not-sent": { path: /^\/convenings\/[0-9a-f]{24}\/feedback$/, heading: /^Feedback form$/ },
  "feedback-low-response": { path: /^\/convenings\/[0-9a-f]{24}\/feedback\/results$/, heading: /feedback/i },
};

const queueOf = (page: Page) => page.getByRole("region", { name: /Needs attention/ });
const itemsOf = (page: Page) => queueOf(page).locator("li.attention__item");

/** A screenshot at desktop width and another at phone width, the page left at desktop width. */
async function screenshotBoth(page: Page, name: string) {
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

async function itemTexts(items: Locator) {
  return (await items.getByRole("link").allTextContents()).map((text) => text.trim());
}

/** A meeting of this test two months away (no city's "nobody registered" yet) with people of Bristol. */
async function meetingWithBristolPeople(
  tag: string,
  title: string,
  statuses: Array<"pending" | "registered" | "waitlisted">,
  registration: Record<string, unknown> = {},
) {
  const bristol = await cityIdOf("bristol");
  const meeting = await createMeeting({
    title,
    startsAt: new Date(Date.now() + 60 * DAY),
    registration: { placesPerCity: 2, ...registration },
  });
  const names: string[] = [];
  for (const [index, status] of statuses.entries()) {
    const name = `${["Amal", "Bryn", "Cerys"][index]} ${tag}`;
    const personId = await createPerson({
      name,
      email: `morning.${tag}.${index}.${meeting.id}@bristol.example`,
      role: "participant",
      cityId: bristol,
    });
    await register(meeting.id, personId, bristol, status);
    names.push(name);
  }
  return { meeting, names };
}

/** Registers a colleague not in the programme yet from the register page. */
async function registerColleague(page: Page, name: string) {
  await page.getByLabel("Who are you registering?").selectOption({ label: "A colleague not listed yet" });
  await page.getByLabel("Colleague's full name").fill(name);
  await page.getByLabel("Colleague's email address").fill(`${name.replace(" ", ".").toLowerCase()}@bristol.example`);
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await page.getByRole("status").filter({ hasText: name }).waitFor();
}

test.describe("the manager's morning", () => {
  test("the queue shows the seeded demo's real to-dos; each link lands where it is acted on, and acting clears it", async ({
    login,
  }) => {
    // Only the demo's own items (app/seed/demo-queue-data.ts and the demo exchange and actions):
    // this test makes nothing. It acts on one item of each kind and leaves the rest (Bristol's
    // overdue action, the other delegates' documents) for the tests that read them.
    const partners = "Learning partners' meeting: Newport";
    const exchange = "US learning exchange: Pittsburgh, Montgomery County and Washington DC";
    const demo = {
      approval: `1 registration awaiting approval for ${partners} (Cardiff)`,
      // The seed's waitlisted Bristol officer got the free place when the server started
      // (repairPlaces fills free places), so Bristol's is an approval too; test 2 walks a waitlist.
      waitingApproval: `1 registration awaiting approval for ${partners} (Bristol)`,
      nobody: `Newport has registered nobody for ${partners}, which starts in 3 weeks`,
      feedback: /^No feedback form has gone out for City Working Group online catch-up, which ended [23] days ago$/,
      overdue: "Liverpool has 1 overdue follow-up action",
      documents: `1 delegate (Cardiff) for ${exchange} has travel documents missing`,
      mail: /^\d+ emails? could not be delivered$/,
    };
    const { page } = await login({ role: "manager" });
    await page.goto("/");
    const items = itemsOf(page);
    await expect(items.first()).toBeVisible();
    const texts = await itemTexts(items);
    for (const text of [demo.approval, demo.waitingApproval, demo.nobody, demo.overdue, demo.documents])
      expect(texts).toContain(text);
    expect(texts.filter((text) => demo.feedback.test(text))).toHaveLength(1);
    expect(texts.filter((text) => demo.mail.test(text))).toHaveLength(1);
    await expectNoSeriousAxeViolations(page);
    await screenshotBoth(page, "morning-queue");
    // The queue alone at phone width, to read its rows at full size.
    await page.setViewportSize(PHONE);
    await queueOf(page).screenshot({ path: "tests/e2e/screenshots/morning-queue-only-phone.png" });
    await page.setViewportSize(DESKTOP);

    /** Follows the item's link from the home page and checks the landing page. */
    async function follow(name: string | RegExp, kind: string) {
      await page.goto("/");
      const link = queueOf(page).getByRole("link", { name, exact: typeof name === "string" });
      await expect(link).toHaveCount(1);
      const href = (await link.getAttribute("href"))!;
      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      expect(new URL(page.url()).pathname).toMatch(LANDINGS[kind].path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(LANDINGS[kind].heading);
      await screenshotBoth(page, `morning-landing-${kind}`);
    }
    async function expectCleared(name: string | RegExp) {
      await page.goto("/");
      await expect(queueOf(page).getByRole("link", { name, exact: typeof name === "string" })).toHaveCount(0);
    }

    await follow(demo.approval, "pending-approvals");
    await page.getByRole("button", { name: "Approve Ffion Morgan" }).click();
    await expect(page.getByText("Approved. A confirmation with the calendar file was emailed.")).toBeVisible();
    await expectCleared(demo.approval);

    await follow(demo.nobody, "city-with-nobody");
    await page.getByLabel("Who are you registering?").selectOption({ label: "Someone new" });
    await page.getByLabel("Colleague's full name").fill("Rhian Price");
    await page.getByLabel("Colleague's email address").fill("rhian.price@newport.example");
    await page.getByLabel("Their city").selectOption({ label: "Newport" });
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Rhian Price" }).waitFor();
    await expectCleared(demo.nobody);

    await follow(demo.feedback, "feedback-not-sent");
    await page.getByRole("button", { name: "Send now" }).click();
    await expect(page.getByRole("button", { name: "Send to attendees who do not have it yet" })).toBeVisible();
    await expectCleared(demo.feedback);

    await follow(demo.overdue, "overdue-actions");
    // The plan lists it among the overdue and under its theme: either link goes to the action.
    await page.getByRole("link", { name: "Co-design the welcome event with newcomer groups" }).first().click();
    await page.getByLabel("Status").selectOption({ label: "Done" });
    await page.getByLabel("What happened").fill("The welcome event was co-designed with three newcomer groups.");
    await page.getByRole("button", { name: "Save update" }).click();
    await page.getByRole("status").filter({ hasText: "Status changed and recorded in the timeline." }).waitFor();
    await expectCleared(demo.overdue);

    await follow(demo.documents, "travel-documents-missing");
    await page.getByRole("link", { name: /^Yusuf Rahman \(Cardiff\): travel documents not complete/ }).click();
    await page.getByLabel("Application").selectOption({ label: "Approved" });
    // An approved ESTA needs the date it expires.
    await page.getByLabel("ESTA or visa expires on").fill("2029-05-01");
    await page.getByRole("button", { name: "Save travel documents" }).click();
    await page.getByRole("status").filter({ hasText: "Travel documents saved." }).waitFor();
    await expectCleared(demo.documents);

    await follow(demo.mail, "undelivered-mail");
    await page.getByRole("button", { name: "Try again to rep.newport@exmaple.org" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "The message was put in the outbox: no mail transport is configured, so it is held there.",
    );
    await expectCleared(demo.mail);
  });

  test("approving a pending registration and filling a free place from the waitlist clear their items", async ({
    login,
    tag,
  }) => {
    const pending = await meetingWithBristolPeople(tag, `Approval meeting ${tag}`, ["pending"], {
      isApprovalRequired: true,
    });
    const waiting = await meetingWithBristolPeople(tag, `Waitlist meeting ${tag}`, ["registered", "waitlisted"], {
      capacity: 3,
    });
    const { page } = await login({ role: "manager" });
    await page.goto("/");
    const approval = queueOf(page).getByRole("link", {
      name: `1 registration awaiting approval for Approval meeting ${tag} (Bristol)`,
    });
    await expect(approval).toBeVisible();
    await approval.click();
    await page.waitForURL((url) => url.pathname === `${pending.meeting.path}/attendees`);
    await page.getByRole("button", { name: `Approve ${pending.names[0]}` }).click();
    await expect(page.getByText("Approved. A confirmation with the calendar file was emailed.")).toBeVisible();
    await page.goto("/");
    await expect(queueOf(page).getByText(`Approval meeting ${tag}`)).toHaveCount(0);

    const waitlist = queueOf(page).getByRole("link", {
      name: `1 person on the waitlist for Waitlist meeting ${tag} (Bristol) while 1 place is free`,
    });
    await expect(waitlist).toBeVisible();
    await waitlist.click();
    await page.waitForURL((url) => url.pathname === `${waiting.meeting.path}/attendees`);
    await screenshotBoth(page, "morning-waitlist-attendees");
    await page.getByRole("button", { name: "Offer free places to the waitlist" }).click();
    await expect(page.getByText("1 person from the waitlist got a place and was emailed.")).toBeVisible();
    await page.goto("/");
    await expect(queueOf(page).getByText(`Waitlist meeting ${tag}`)).toHaveCount(0);
  });

  test("a meeting that ended with no feedback sent: the item lands on its form, and sending it clears the item", async ({
    login,
    tag,
  }) => {
    const title = `Feedback meeting ${tag}`;
    const bristol = await cityIdOf("bristol");
    const meeting = await createMeeting({
      title,
      startsAt: new Date(Date.now() - 4 * DAY),
      endsAt: new Date(Date.now() - 3 * DAY),
    });
    const personId = await createPerson({
      name: `Gwen ${tag}`,
      email: `gwen.${tag}@bristol.example`,
      role: "participant",
      cityId: bristol,
    });
    await register(meeting.id, personId, bristol, "registered");
    const { page } = await login({ role: "manager" });
    await page.goto("/");
    const item = queueOf(page).getByRole("link", {
      name: `No feedback form has gone out for ${title}, which ended 3 days ago`,
    });
    await expect(item).toBeVisible();
    await item.click();
    await page.waitForURL((url) => url.pathname === `${meeting.path}/feedback`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Feedback form");
    await screenshotBoth(page, "morning-landing-feedback-not-sent");
    await page.getByRole("button", { name: "Send now" }).click();
    await expect(page.getByRole("button", { name: "Send to attendees who do not have it yet" })).toBeVisible();
    await page.goto("/");
    await expect(queueOf(page).getByText(title)).toHaveCount(0);
  });

  test("a low feedback response shows the programme's rate to the manager and a city's own to its rep", async ({
    login,
    tag,
  }) => {
    const title = `Low response meeting ${tag}`;
    const [bristol, cardiff] = [await cityIdOf("bristol"), await cityIdOf("cardiff")];
    const meeting = await createMeeting({
      title,
      startsAt: new Date(Date.now() - 14 * DAY),
      endsAt: new Date(Date.now() - 13 * DAY),
    });
    const sentAt = new Date(Date.now() - 12 * DAY);
    await ensureFeedbackForm(meeting.id, []);
    await markFeedbackFormSent(meeting.id, sentAt, new Date(sentAt.getTime() + 21 * DAY));
    for (const [index, cityId] of [bristol, bristol, cardiff, cardiff].entries()) {
      const personId = await createPerson({
        name: `Invitee ${tag} ${index}`,
        email: `invitee.${tag}.${index}@example.org`,
        role: "participant",
        cityId,
      });
      await insertSeedFeedbackInvitation({
        conveningId: meeting.id,
        personId,
        cityId,
        role: "participant",
        email: `invitee.${tag}.${index}@example.org`,
        sentAt,
        answeredAt: null,
      });
    }
    const { page } = await login({ role: "manager" });
    await page.goto("/");
    const item = queueOf(page).getByRole("link", {
      name: `4 people have not answered the feedback on ${title}: 0 of 4 answered (0 %)`,
    });
    await item.click();
    await page.waitForURL((url) => url.pathname === `${meeting.path}/feedback/results`);
    await screenshotBoth(page, "morning-landing-feedback-low-response");

    const { page: repPage } = await login({ role: "city-rep", city: "cardiff" });
    await repPage.goto("/");
    await expect(queueOf(repPage).getByRole("link", { name: new RegExp(title) })).toHaveText([
      `2 people (Cardiff) have not answered the feedback on ${title}: 0 of 2 answered (0 %)`,
    ]);
    await screenshotBoth(repPage, "morning-rep-queue");
  });

  test("a rep's city with nobody registered: the item lands on the register page, and filling the places clears it", async ({
    login,
    tag,
  }) => {
    const title = `Nobody yet meeting ${tag}`;
    const meeting = await createMeeting({ title, startsAt: new Date(Date.now() + 10 * DAY) });
    const { page } = await login({ role: "city-rep", city: "bristol" });
    await page.goto("/");
    await queueOf(page)
      .getByRole("link", { name: `Bristol has registered nobody for ${title}, which starts in 10 days` })
      .click();
    await page.waitForURL((url) => url.pathname === `${meeting.path}/register`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Register for ${title}`);
    await screenshotBoth(page, "morning-landing-city-with-nobody");
    await registerColleague(page, `Hana ${tag}`);
    await page.goto("/");
    const unfilled = queueOf(page).getByRole("link", {
      name: `Bristol has 1 place of 2 unfilled for ${title}, which starts in 10 days`,
    });
    await unfilled.click();
    await page.waitForURL((url) => url.pathname === `${meeting.path}/register`);
    await registerColleague(page, `Iwan ${tag}`);
    await page.goto("/");
    await expect(queueOf(page).getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
  });

  test("a dismissed item stays away while its count holds; a snoozed one is away for a week; both come back on request", async ({
    login,
  }) => {
    const { page } = await login({ role: "manager" });
    await page.goto("/");
    const items = itemsOf(page);
    const before = await items.count();
    expect(before).toBeGreaterThan(1);
    const [first, second] = (await itemTexts(items)).slice(0, 2);

    await items
      .first()
      .getByRole("button", { name: /^Dismiss/ })
      .click();
    await expect(queueOf(page).getByRole("link", { name: first, exact: true })).toHaveCount(0);
    await items
      .filter({ has: page.getByRole("link", { name: second, exact: true }) })
      .getByRole("button", { name: /^Snooze a week/ })
      .click();
    await expect(queueOf(page).getByRole("link", { name: second, exact: true })).toHaveCount(0);
    await expect(queueOf(page).getByText("2 items set aside.")).toBeVisible();
    await expect(items).toHaveCount(before - 2);
    await screenshotBoth(page, "morning-queue-set-aside");

    await queueOf(page).getByRole("button", { name: "Show them again" }).click();
    await expect(items).toHaveCount(before);
  });

  test("an import of 200 people with 5 bad rows reports exactly those rows and imports nothing", async ({
    login,
    tag,
  }) => {
    const { page } = await login({ role: "manager" });
    const rows = Array.from(
      { length: 200 },
      (_, index) =>
        `Morning ${tag} ${String(index).padStart(3, "0")},morning.${tag}.${index}@example.org,Bristol,participant,,Org,,no`,
    );
    rows[9] = `Dee ${tag},dee.${tag}@,Cardiff,,,,,`; // row 11
    rows[60] = `Eli ${tag},eli.${tag}@example.org,Narnia,,,,,`; // row 62
    rows[120] = `,noname.${tag}@example.org,Glasgow,,,,,`; // row 122
    rows[170] = `Again ${tag},MORNING.${tag}.7@example.org,Bristol,,,,,`; // row 172
    rows[198] = `Fay ${tag},fay.${tag}@example.org,Bristol,,,,,perhaps`; // row 200
    const csv = ["name,email,city,role,programme role,organisation,sector,taskforce", ...rows].join("\r\n");

    await page.goto("/people/import");
    await page
      .getByLabel("CSV file", { exact: true })
      .setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check the rows" }).click();
    await expect(
      page.getByRole("heading", { name: "200 rows: 195 new, 0 already known, 5 with errors" }),
    ).toBeVisible();
    await expect(page.getByRole("list", { name: "Rows with errors" }).getByRole("listitem")).toHaveText([
      `Row 11: email 'dee.${tag}@' is not an email address`,
      "Row 62: city 'Narnia' is not a city of the programme",
      "Row 122: the name is empty",
      `Row 172: email 'morning.${tag}.7@example.org' is already on row 9`,
      "Row 200: taskforce 'perhaps' must be yes or no",
    ]);
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    await screenshotBoth(page, "morning-import-errors");

    await page.goto(`/people?q=${encodeURIComponent(`morning.${tag}`)}`);
    await expect(page.getByText("No one matches")).toBeVisible();
  });

  test("cancelling or declining a registration and turning off or replacing a feed link ask first", async ({
    login,
    newPage,
    tag,
  }) => {
    const { meeting, names } = await meetingWithBristolPeople(tag, `Cancel meeting ${tag}`, ["registered", "pending"], {
      isApprovalRequired: true,
    });
    const [amal, bryn] = names;
    const { page, person } = await login({ role: "manager" });
    await page.goto(`${meeting.path}/attendees`);
    await page.getByRole("button", { name: `Cancel ${amal}'s registration` }).click();
    const dialog = page.getByRole("dialog", { name: `Cancel ${amal}'s registration?` });
    await expect(dialog.getByRole("button", { name: "No, keep it" })).toBeFocused();
    await screenshotBoth(page, "morning-cancel-dialog");
    await dialog.getByRole("button", { name: "No, keep it" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("row").filter({ hasText: amal })).toContainText("Registered");

    // Declining, with its reason, asks first too; "No" keeps the registration waiting.
    await page.getByLabel(`Reason for declining ${bryn}`).fill("The places went to the host city's team");
    await page.getByRole("button", { name: "Decline", exact: true }).click();
    const decline = page.getByRole("alertdialog", { name: `Decline ${bryn}'s registration?` });
    await expect(decline).toContainText("with your reason: “The places went to the host city's team”");
    await decline.getByRole("link", { name: "No, keep it" }).click();
    await expect(page.getByRole("row").filter({ hasText: bryn })).toContainText("Awaiting approval");

    // Without JavaScript the server asks on a page of its own.
    const plain = await newPage({ javaScriptEnabled: false });
    await signIn(plain, person);
    await plain.goto(`${meeting.path}/attendees`);
    await plain.getByRole("button", { name: `Cancel ${amal}'s registration` }).click();
    const asked = plain.getByRole("alertdialog", { name: `Cancel ${amal}'s registration?` });
    await expect(asked).toBeVisible();
    await screenshotBoth(plain, "morning-cancel-page");
    await asked.getByRole("link", { name: "No, keep it" }).click();
    await expect(plain.getByRole("row").filter({ hasText: amal })).toContainText("Registered");

    await page.goto("/me/calendar");
    await page.getByRole("button", { name: "Create my personal feed link" }).click();
    await page.getByLabel("Your personal feed link", { exact: true }).waitFor();
    await page.getByRole("button", { name: /Get a new link/ }).click();
    const replace = page.getByRole("dialog", { name: "Replace your personal feed link?" });
    await expect(replace.getByRole("button", { name: "No, keep my link" })).toBeFocused();
    await replace.getByRole("button", { name: "No, keep my link" }).click();
    await expect(replace).toBeHidden();
    await page.getByRole("button", { name: "Turn off my personal feed" }).click();
    const turnOff = page.getByRole("dialog", { name: "Turn off your personal feed?" });
    await expect(turnOff.getByRole("button", { name: "No, keep it" })).toBeFocused();
    await screenshotBoth(page, "morning-feed-dialog");
    await turnOff.getByRole("button", { name: "Yes, turn off my feed" }).click();
    await expect(page.getByText(/Your personal feed link has been turned off/)).toBeVisible();
  });

  test("cancelling one's own place on My convenings asks first, and can be undone", async ({ login, newPage, tag }) => {
    const title = `My place meeting ${tag}`;
    const meeting = await createMeeting({ title, startsAt: new Date(Date.now() + 60 * DAY) });
    const { page, person } = await login({ role: "participant", city: "bristol", width: PHONE.width });
    await register(meeting.id, person.id, await cityIdOf("bristol"), "registered");
    await page.goto("/me/convenings");
    await page.getByRole("button", { name: `Cancel my place at ${title}` }).click();
    const dialog = page.getByRole("dialog", { name: `Cancel your place at ${title}?` });
    await expect(dialog.getByRole("button", { name: "No, keep my place" })).toBeFocused();
    await expect(dialog.getByRole("button", { name: "Yes, cancel my place" })).toHaveClass("button button--danger");
    await screenshot(page, "morning-my-place-dialog-phone");
    await dialog.getByRole("button", { name: "Yes, cancel my place" }).click();
    const notice = page.getByRole("status").filter({ hasText: `Your place at ${title} is cancelled` });
    await expect(notice).toBeVisible();
    await screenshot(page, "morning-my-place-undo-phone");
    await notice.getByRole("button", { name: "Undo: give me my place back" }).click();
    await expect(
      page.getByText(
        `Undone: your place at ${title} is yours again, and a new calendar invitation was emailed to you.`,
      ),
    ).toBeVisible();

    // Without JavaScript the server asks on the page; "No" keeps the place.
    const plain = await newPage({ javaScriptEnabled: false, width: PHONE.width });
    await signIn(plain, person);
    await plain.goto("/me/convenings");
    await plain.getByRole("button", { name: `Cancel my place at ${title}` }).click();
    const asked = plain.getByRole("alertdialog", { name: `Cancel your place at ${title}?` });
    await expect(asked).toBeVisible();
    await screenshot(plain, "morning-my-place-confirmation-page-phone");
    await asked.getByRole("link", { name: "No, keep my place" }).click();
    await expect(plain.getByRole("alertdialog")).toHaveCount(0);
    await expect(plain.getByRole("button", { name: `Cancel my place at ${title}` })).toBeVisible();
  });

  test("deleting a draft, reinstating a convening and changing its share link ask first", async ({
    login,
    newPage,
    tag,
  }) => {
    const published = await createMeeting({ title: `Shared meeting ${tag}` });
    const draftTitle = `Draft meeting ${tag}`;
    const draft = await createMeeting({ title: draftTitle, status: "draft" });
    const cancelledTitle = `Cancelled meeting ${tag}`;
    const cancelled = await createMeeting({
      title: cancelledTitle,
      status: "cancelled",
      cancelledAt: new Date(),
      cancelReason: "The host city's election",
    });
    const { page, person } = await login({ role: "manager" });

    await page.goto(published.path);
    await page.getByRole("button", { name: "Replace link" }).click();
    const replace = page.getByRole("dialog", { name: "Replace the share link?" });
    await expect(replace.getByRole("button", { name: "No, keep this link" })).toBeFocused();
    await screenshotBoth(page, "morning-share-link-dialog");
    await replace.getByRole("button", { name: "No, keep this link" }).click();
    await expect(replace).toBeHidden();
    await page.getByRole("button", { name: "Turn off link" }).click();
    const turnOff = page.getByRole("dialog", { name: "Turn off the share link?" });
    await expect(turnOff.getByRole("button", { name: "No, keep it on" })).toBeFocused();
    await turnOff.getByRole("button", { name: "Yes, turn it off" }).click();
    await expect(page.getByRole("button", { name: "Turn on link" })).toBeVisible();

    await page.goto(cancelled.path);
    await page.getByRole("button", { name: "Reinstate this convening" }).click();
    const reinstate = page.getByRole("dialog", { name: `Reinstate “${cancelledTitle}”?` });
    await expect(reinstate.getByRole("button", { name: "No, keep it cancelled" })).toBeFocused();
    // Reinstating gives back: its Yes is a normal button, not a red one.
    await expect(reinstate.getByRole("button", { name: "Yes, reinstate it" })).toHaveClass("button");
    await reinstate.getByRole("button", { name: "No, keep it cancelled" }).click();
    await expect(reinstate).toBeHidden();

    // Without JavaScript the draft's deletion asks on a page of its own; "No" keeps it.
    const plain = await newPage({ javaScriptEnabled: false });
    await signIn(plain, person);
    await plain.goto(draft.path);
    await plain.getByRole("button", { name: "Delete draft" }).click();
    const asked = plain.getByRole("alertdialog", { name: `Delete the draft “${draftTitle}”?` });
    await expect(asked).toBeVisible();
    await screenshotBoth(plain, "morning-delete-draft-page");
    await asked.getByRole("link", { name: "No, keep it" }).click();
    await expect(plain.getByRole("heading", { level: 1 })).toHaveText(draftTitle);

    await page.goto(draft.path);
    await page.getByRole("button", { name: "Delete draft" }).click();
    const deletion = page.getByRole("dialog", { name: `Delete the draft “${draftTitle}”?` });
    await expect(deletion.getByRole("button", { name: "No, keep it" })).toBeFocused();
    await screenshotBoth(page, "morning-delete-draft-dialog");
    await deletion.getByRole("button", { name: "Yes, delete the draft" }).click();
    await page.waitForURL((url) => url.pathname === "/convenings");
    await expect(page.getByText(`The draft “${draftTitle}” was deleted.`)).toBeVisible();
  });

  test("recording an action, the owner picker offers the owning city's people, with and without JavaScript", async ({
    login,
    newPage,
    tag,
  }) => {
    const { meeting, names } = await meetingWithBristolPeople(tag, `Actions meeting ${tag}`, ["registered"]);
    const cardiffName = `Dai ${tag}`;
    await createPerson({
      name: cardiffName,
      email: `dai.${tag}@cardiff.example`,
      role: "participant",
      cityId: await cityIdOf("cardiff"),
    });
    const { page, person } = await login({ role: "manager" });
    await page.goto(`${meeting.path}/actions/new`);
    const owner = page.getByLabel("Owner (optional)");
    await expect(page.getByText("Choose the owning city first: its people are offered here.")).toBeVisible();
    await page.getByLabel("Owning city").selectOption({ label: "Bristol" });
    await expect(owner.locator("option", { hasText: names[0] })).toHaveCount(1);
    await expect(owner.locator("option", { hasText: cardiffName })).toHaveCount(0);
    await page.getByLabel("Owning city").selectOption({ label: "Cardiff" });
    await expect(owner.locator("option", { hasText: cardiffName })).toHaveCount(1);
    await expect(owner.locator("option", { hasText: names[0] })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Show people of this city" })).toHaveCount(0);
    await screenshotBoth(page, "morning-owner-picker");

    const plain = await newPage({ javaScriptEnabled: false });
    await signIn(plain, person);
    await plain.goto(`${meeting.path}/actions/new`);
    await plain.getByLabel("Action", { exact: true }).fill("Publish the welcome pack");
    await plain.getByLabel("Owning city").selectOption({ label: "Cardiff" });
    await plain.getByRole("button", { name: "Show people of this city" }).click();
    await expect(plain.getByLabel("Action", { exact: true })).toHaveValue("Publish the welcome pack");
    await expect(plain.getByLabel("Owning city")).toHaveValue(await cityIdOf("cardiff"));
    await plain.getByLabel("Owner (optional)").selectOption({ label: cardiffName });
    await screenshotBoth(plain, "morning-owner-picker-no-script");
    // Enter in a field saves the action: "Show people of this city" is not the form's default.
    await plain.getByLabel("Action", { exact: true }).press("Enter");
    await expect(plain.getByText("Saved “Publish the welcome pack”.")).toBeVisible();

    // The edit form of an action, moved to another city without JavaScript.
    const actionId = await createAction({
      ownerCityId: await cityIdOf("bristol"),
      ownerPersonId: null,
      title: `Map the welcome services ${tag}`,
      dueOn: null,
      conveningId: meeting.id,
    });
    await plain.goto(`/actions/${actionId}`);
    await plain.getByText("Edit details").click();
    await plain.getByLabel("Action", { exact: true }).fill(`Map Cardiff's welcome services ${tag}`);
    await plain.getByLabel("Owning city").selectOption({ label: "Cardiff" });
    await plain.getByRole("button", { name: "Show people of this city" }).click();
    await expect(plain.getByLabel("Action", { exact: true })).toHaveValue(`Map Cardiff's welcome services ${tag}`);
    await expect(plain.getByLabel("Owner (optional)").locator("option", { hasText: names[0] })).toHaveCount(0);
    await plain.getByLabel("Owner (optional)").selectOption({ label: cardiffName });
    await screenshotBoth(plain, "morning-owner-picker-edit-no-script");
    await plain.getByRole("button", { name: "Save changes" }).click();
    await expect(plain.getByText("Action updated.")).toBeVisible();
    await expect(plain.getByRole("definition").filter({ hasText: cardiffName })).toBeVisible();
  });
});
