// Replacing and turning off the share link ask first (decision 029): a post without confirmed=yes
// changes nothing and answers with the question, which the page shows without JavaScript;
// turning the link on takes nothing away and asks nothing.
import { beforeAll, describe, expect, it } from "vitest";
import * as shareModule from "../../app/routes/convenings.$conveningId.share";
import { getConvening } from "../../models/convening.server";
import { postForm } from "../factories/convenings";
import { formRequest } from "../factories/people";
import { setUpRegistration } from "../helpers/registration";
import { requestHandlerFor } from "../helpers/remix-handler";
import { body } from "../helpers/routes";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const post = (personId: string, conveningId: string, fields: Record<string, string>) =>
  postForm(shareModule.action, personId, `/convenings/${conveningId}/share`, { conveningId }, fields);

const linkOf = async (conveningId: string) => {
  const convening = await getConvening(conveningId);
  return { token: convening!.shareToken, isOn: convening!.isShareLinkOn };
};

describe("share link changes ask first", () => {
  it("replacing without confirmed=yes keeps the link and says the old one cannot come back", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const before = await linkOf(conveningId);
    const asked = await post(manager.id, conveningId, { intent: "replace" });
    expect(asked).toHaveStatus(200);
    expect((await body(asked)).confirmation).toEqual({
      title: "Replace the share link?",
      message:
        "The current link stops working at once for everyone who has it; partners need the new one. The old link cannot be brought back.",
      yesLabel: "Yes, replace the link",
      noLabel: "No, keep this link",
      fields: { intent: "replace" },
    });
    expect(await linkOf(conveningId)).toEqual(before);
    expect(await post(manager.id, conveningId, { intent: "replace", confirmed: "yes" })).toHaveStatus(302);
    expect((await linkOf(conveningId)).token).not.toBe(before.token);
  });

  it("turning off without confirmed=yes leaves it on; confirmed, it is off; turning on asks nothing", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const asked = await post(manager.id, conveningId, { intent: "turn-off", confirmed: "no" });
    expect((await body(asked)).confirmation.title).toBe("Turn off the share link?");
    expect((await linkOf(conveningId)).isOn).toBe(true);
    expect(await post(manager.id, conveningId, { intent: "turn-off", confirmed: "yes" })).toHaveStatus(302);
    expect((await linkOf(conveningId)).isOn).toBe(false);
    expect(await post(manager.id, conveningId, { intent: "turn-on" })).toHaveStatus(302);
    expect((await linkOf(conveningId)).isOn).toBe(true);
  });

  it("refuses a city representative with 403, confirmed or not", async () => {
    const { rep, conveningId } = await setUpRegistration();
    const before = await linkOf(conveningId);
    expect(await post(rep.id, conveningId, { intent: "turn-off", confirmed: "yes" })).toHaveStatus(403);
    expect(await post(rep.id, conveningId, { intent: "replace" })).toHaveStatus(403);
    expect(await linkOf(conveningId)).toEqual(before);
  });
});

describe("without JavaScript", () => {
  let handle: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    handle = await requestHandlerFor({
      "routes/convenings.$conveningId.share": { path: "convenings/:conveningId/share", module: shareModule },
    });
  });

  it("the page at the form's address asks, with a confirmed post back to it and a way back to the convening", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const response = await handle(
      await formRequest(manager.id, `/convenings/${conveningId}/share`, { intent: "turn-off" }),
    );
    expect(response).toHaveStatus(200);
    const page = await response.text();
    expect(page).toContain("Turn off the share link?");
    expect(page).toMatch(/<form method="post" action="\/convenings\/[0-9a-f]{24}\/share"/);
    expect(page).toContain('<input type="hidden" name="intent" value="turn-off"/>');
    expect(page).toMatch(/<button type="submit" name="confirmed" value="yes"[^>]*>Yes, turn it off<\/button>/);
    expect(page).toContain(`href="/convenings/${conveningId}"`);
    expect((await linkOf(conveningId)).isOn).toBe(true);
  });
});
