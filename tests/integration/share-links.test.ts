import { beforeAll, describe, expect, it } from "vitest";
import * as conveningModule from "../../app/routes/convenings.$conveningId._index";
import { action as shareAction, loader as shareActionLoader } from "../../app/routes/convenings.$conveningId.share";
import * as shareModule from "../../app/routes/share.$token";
import { getEnv } from "~/utils/env.server";
import { Convening, getConvening } from "../../models/convening.server";
import { postForm } from "../factories/convenings";
import { createConvening } from "../factories/registration";
import { requestAs } from "../factories/people";
import { toastAfter } from "../factories/toast";
import { register, setUpRegistration } from "../helpers/registration";
import { requestHandlerFor } from "../helpers/remix-handler";
import { body, load } from "../helpers/routes";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const conveningLoader = conveningModule.loader;
const shareLoader = shareModule.loader;

const shareTokenOf = async (conveningId: string) => (await getConvening(conveningId))!.shareToken;

const openShare = (token: string) => load(shareLoader, null, `/share/${token}`, { token });

/** A change as confirmed in the dialog (decision 029; asking first: share-link-confirm.test.ts). */
function changeShareLink(personId: string, conveningId: string, intent: string) {
  return postForm(
    shareAction,
    personId,
    `/convenings/${conveningId}/share`,
    { conveningId },
    { intent, confirmed: "yes" },
  );
}

describe("replacing the share link", () => {
  it("gives the agenda a new address, and the old one answers 404 with the usual message", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const before = await shareTokenOf(conveningId);
    expect(await openShare(before)).toHaveStatus(200);
    const response = await changeShareLink(manager.id, conveningId, "replace");
    expect(response).toHaveStatus(302);
    expect(response.headers.get("Location")).toBe(`/convenings/${conveningId}`);
    expect(await toastAfter(response)).toBe(
      "The share link was replaced: the old link no longer works. Send partners the new one.",
    );
    const after = await shareTokenOf(conveningId);
    expect(after).not.toBe(before);
    const old = await openShare(before);
    expect(old).toHaveStatus(404);
    expect(await old.text()).toBe("There is no shared agenda at this link. Ask the programme team for a new one.");
    expect(await openShare(after)).toHaveStatus(200);
  });
});

describe("turning the share link off and on", () => {
  it("answers 404 while off, hides the link on the convening page, and works again at a new address", async () => {
    const { manager, rep, conveningId } = await setUpRegistration();
    const first = await shareTokenOf(conveningId);
    expect(await changeShareLink(manager.id, conveningId, "turn-off")).toHaveStatus(302);
    const whileOff = await shareTokenOf(conveningId);
    expect([(await openShare(first)).status, (await openShare(whileOff)).status]).toEqual([404, 404]);
    const page = await body(await load(conveningLoader, rep.id, `/convenings/${conveningId}`, { conveningId }));
    expect([page.convening.shareUrl, page.convening.isShareLinkOn]).toEqual([null, false]);

    expect(await changeShareLink(manager.id, conveningId, "turn-on")).toHaveStatus(302);
    const again = await shareTokenOf(conveningId);
    expect([again === first, again === whileOff]).toEqual([false, false]);
    expect([(await openShare(first)).status, (await openShare(again)).status]).toEqual([404, 200]);
    const managerPage = await body(
      await load(conveningLoader, manager.id, `/convenings/${conveningId}`, { conveningId }),
    );
    expect([managerPage.convening.shareUrl, managerPage.viewer.canManageShareLink]).toEqual([
      `${getEnv().APP_URL}/share/${again}`,
      true,
    ]);
  });
});

describe("who may change the share link", () => {
  it("refuses a city representative with 403 and leaves the link as it was", async () => {
    const { rep, conveningId } = await setUpRegistration();
    const before = await shareTokenOf(conveningId);
    expect(await changeShareLink(rep.id, conveningId, "replace")).toHaveStatus(403);
    expect(await changeShareLink(rep.id, conveningId, "turn-off")).toHaveStatus(403);
    expect(await shareTokenOf(conveningId)).toBe(before);
    expect(await openShare(before)).toHaveStatus(200);
    const page = await body(await load(conveningLoader, rep.id, `/convenings/${conveningId}`, { conveningId }));
    expect(page.viewer.canManageShareLink).toBe(false);
  });

  it("refuses a draft (it has no public link yet), an unknown convening and an unknown change", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const draftId = await createConvening({ status: "draft" });
    expect(await changeShareLink(manager.id, draftId, "replace")).toHaveStatus(409);
    expect(await changeShareLink(manager.id, "0123456789abcdef01234567", "replace")).toHaveStatus(404);
    expect(await changeShareLink(manager.id, conveningId, "delete")).toHaveStatus(400);
  });

  it("shows a GET of the buttons' address the link and its buttons, for managers only", async () => {
    const { manager, rep, conveningId } = await setUpRegistration();
    const page = await body(
      await load(shareActionLoader, manager.id, `/convenings/${conveningId}/share`, { conveningId }),
    );
    expect([page.id, page.isShareLinkOn]).toEqual([conveningId, true]);
    expect(await load(shareActionLoader, rep.id, `/convenings/${conveningId}/share`, { conveningId })).toHaveStatus(
      403,
    );
  });
});

describe("the share page's calendar links", () => {
  it("offers the .ics download and the agenda feed (https and webcal), and no names or joining link", async () => {
    const { rep, conveningId } = await setUpRegistration();
    await Convening.updateOne(
      { _id: conveningId },
      { $set: { format: "hybrid", onlineUrl: "https://meet.example.org/private-room" } },
    );
    await register(rep.id, conveningId, { personId: rep.id });
    const response = await openShare(await shareTokenOf(conveningId));
    const data = await body(response);
    const feedUrl = `${getEnv().APP_URL}/calendar/convenings/${conveningId}.ics`;
    expect(data.calendar.feedUrl).toBe(feedUrl);
    expect(data.calendar.addToCalendar.icsUrl).toBe(`/convenings/${conveningId}/event.ics`);
    expect(data.calendar.addToCalendar.googleUrl).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?/);
    expect(data.calendar.addToCalendar.outlookUrl).toMatch(/^https:\/\/outlook\.live\.com\/calendar\//);
    const text = JSON.stringify(data);
    expect([text.includes("Bristol Rep"), text.includes(rep.email), text.includes("private-room")]).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe("the pages as a browser gets them", () => {
  let handle: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    handle = await requestHandlerFor({
      "routes/convenings.$conveningId._index": { path: "convenings/:conveningId", module: conveningModule },
      "routes/share.$token": { path: "share/:token", module: shareModule },
    });
  });

  it("gives managers the link's buttons on the convening page, and guests the calendar offer on the share page", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const page = await (await handle(await requestAs(manager.id, `/convenings/${conveningId}`))).text();
    expect(page).toContain(`action="/convenings/${conveningId}/share"`);
    expect(page).toContain('<input type="hidden" name="intent" value="replace"/>');
    expect(page).toMatch(/<button type="submit" class="button"[^>]*>Replace link<\/button>/);
    expect(page).toContain('<input type="hidden" name="intent" value="turn-off"/>');
    expect(page).toMatch(/<button type="submit" class="button"[^>]*>Turn off link<\/button>/);

    const share = await (await handle(await requestAs(null, `/share/${await shareTokenOf(conveningId)}`))).text();
    expect(share).toContain('<h2 id="calendar-offer-title">In your calendar</h2>');
    expect(share).toContain(`href="/convenings/${conveningId}/event.ics" download=""`);
    expect(share).toContain(`href="webcal://${new URL(getEnv().APP_URL).host}/calendar/convenings/${conveningId}.ics"`);
  });
});
