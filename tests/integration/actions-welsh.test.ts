// A Cardiff representative updating an action in Welsh: the progress form's refusals and its
// success message, the due date and the attention queue's toast come back in Cymraeg.
import { describe, expect, it } from "vitest";
import { action as detailAction, loader as detailLoader } from "../../app/routes/actions.$actionId";
import { action as attentionAction } from "../../app/routes/attention";
import { action as planAction } from "../../app/routes/cities.$slug.plan";
import { languageCookieHeader } from "~/i18n/language.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { createAction } from "../factories/calendar";
import { formReply } from "../factories/form-replies";
import { toastAfter } from "../factories/toast";
import { body, responseOf } from "../helpers/routes";

withTestDatabase();

/** The request as a Welsh browser sends it: the language cookie beside the sign-in cookie. */
async function inWelsh(request: Request): Promise<Request> {
  const language = (await languageCookieHeader("cy")).split(";")[0];
  const headers = new Headers(request.headers);
  headers.set("Cookie", [headers.get("Cookie"), language].filter(Boolean).join("; "));
  return new Request(request, { headers });
}

async function world() {
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const rep = await createAccount({ role: "city-rep", cityId: cardiff, name: "Catrin Jones" });
  const manager = await createAccount({ role: "manager", name: "Mo Manager" });
  const inTenDays = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const actionId = await createAction({ ownerCityId: cardiff, ownerPersonId: null, dueOn: inTenDays });
  return { cardiff, rep, manager, actionId };
}

async function post(personId: string, actionId: string, fields: Record<string, string>) {
  const response = (await detailAction({
    request: await inWelsh(await formRequest(personId, `/actions/${actionId}`, fields)),
    params: { actionId },
    context: {},
  })) as Response;
  return { status: response.status, data: (await formReply(response)) as Record<string, unknown> };
}

describe("an action updated in Welsh", () => {
  it("refuses an empty update and a bad evidence link with Welsh messages by the fields", async () => {
    const w = await world();
    const empty = await post(w.rep.id, w.actionId, { intent: "progress", status: "open", text: "" });
    expect(empty.status).toBe(400);
    expect(empty.data.errors).toEqual({
      text: "Ysgrifennwch beth ddigwyddodd, ychwanegwch ddolen at dystiolaeth, neu newidiwch y statws",
    });
    const badLink = await post(w.rep.id, w.actionId, {
      intent: "progress",
      status: "open",
      text: "Cyfarfod tasglu",
      evidenceUrl: "gwefan y cyngor",
    });
    expect(badLink.status).toBe(400);
    expect(badLink.data.errors).toEqual({ evidenceUrl: "Rhowch ddolen lawn sy'n dechrau gyda https://" });
  });

  it("says in Welsh that the status changed, and words statuses and the due date in Welsh", async () => {
    const w = await world();
    const saved = await post(w.rep.id, w.actionId, { intent: "progress", status: "in-progress", text: "Wedi dechrau" });
    expect(saved.status).toBe(200);
    expect(saved.data.message).toBe("Mae'r statws wedi newid ac wedi'i gofnodi yn y llinell amser.");
    const page = await body<{ dueText: string; readOnlyReason: string | null }>(
      await responseOf(
        detailLoader({
          request: await inWelsh(await requestAs(w.rep.id, `/actions/${w.actionId}`)),
          params: { actionId: w.actionId },
          context: {},
        }),
      ),
    );
    expect(page.dueText).toMatch(/^i'w gwblhau erbyn \d{1,2} \S+ \d{4}$/);
  });

  it("refuses an action with no title on the city plan in Welsh", async () => {
    const w = await world();
    const response = (await planAction({
      request: await inWelsh(await formRequest(w.rep.id, "/cities/cardiff/plan", { title: "" })),
      params: { slug: "cardiff" },
      context: {},
    })) as Response;
    expect(response.status).toBe(400);
    expect(((await formReply(response)) as { errors: Record<string, string> }).errors).toEqual({
      title: "Nodwch beth sydd angen ei wneud",
    });
  });

  it("answers a button the queue does not understand with a Welsh toast", async () => {
    const w = await world();
    const request = await inWelsh(await formRequest(w.manager.id, "/attention", { intent: "nonsense" }));
    const response = await responseOf(attentionAction({ request, params: {}, context: {} }));
    expect(await toastAfter(response, request.headers.get("Cookie") ?? "")).toBe(
      "Doedd dim modd deall y botwm hwnnw: does dim wedi newid.",
    );
  });
});
