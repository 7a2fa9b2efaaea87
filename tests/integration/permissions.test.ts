// The origin check as the first step of every action, and what the policies let people see:
// drafts, email addresses, notes after a redirect, the header's links.
import { describe, expect, it } from "vitest";
import { loader as rootLoader } from "../../app/root";
import { action as detailAction } from "../../app/routes/actions.$actionId";
import { loader as attendeesLoader } from "../../app/routes/convenings.$conveningId.attendees";
import { action as registerAction, loader as registerLoader } from "../../app/routes/convenings.$conveningId.register";
import { action as loginAction } from "../../app/routes/login";
import { createFollowUpAction, getFollowUpAction } from "../../models/follow-up-action.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest, requestAs, TEST_PASSWORD } from "../factories/people";
import { createColleagues, createConvening } from "../factories/registration";
import { thrownResponse } from "../factories/responses";
import { cookiesFrom } from "../factories/toast";
import { ORIGIN_SET_ASIDE_HEADER } from "~/utils/foreign-origin";
import { createToastHeaders } from "~/utils/toast.server";
import { formReply } from "../factories/form-replies";
import { ANY_ROUTE_PARAMS, ROUTE_FILES_DECLARING_ACTIONS, ROUTES_WITH_ACTIONS } from "../helpers/routes-with-actions";
import { NO_MAIL_TRANSPORT, withEnv } from "../helpers/mail";

withTestDatabase();

const CROSS_SITE = "This form was sent from another site and was refused.";

/** A form post from another site, carrying the person's cookie as a browser might. */
async function crossSitePost(personId: string | null, url: string, fields: Record<string, string> = {}) {
  const request = await formRequest(personId, url, fields);
  return new Request(request, { headers: new Headers([...request.headers, ["Origin", "https://evil.example"]]) });
}

describe("the origin check, the first step of every action", () => {
  it("covers every route that has an action", () => {
    expect(ROUTES_WITH_ACTIONS.map(([name]) => name).sort()).toEqual(ROUTE_FILES_DECLARING_ACTIONS);
    expect(ROUTE_FILES_DECLARING_ACTIONS.length).toBeGreaterThan(30);
  });

  it.each(ROUTES_WITH_ACTIONS)(
    "%s refuses a signed-in manager's form posted from another site, before reading anything",
    async (_name, action) => {
      const manager = await createAccount({ role: "manager" });
      const params = ANY_ROUTE_PARAMS;
      const response = await thrownResponse(
        action({ request: await crossSitePost(manager.id, "/somewhere"), params, context: {} }),
      );
      expect([response.status, await response.text()]).toEqual([403, CROSS_SITE]);
    },
  );

  it.each(ROUTES_WITH_ACTIONS)(
    "%s refuses a form whose foreign Origin the server set aside from Remix's own check",
    async (_name, action) => {
      const manager = await createAccount({ role: "manager" });
      const request = await formRequest(manager.id, "/somewhere", {});
      const setAside = new Request(request, {
        headers: new Headers([...request.headers, [ORIGIN_SET_ASIDE_HEADER, "https://evil.example"]]),
      });
      const response = await thrownResponse(action({ request: setAside, params: ANY_ROUTE_PARAMS, context: {} }));
      expect([response.status, await response.text()]).toEqual([403, CROSS_SITE]);
    },
  );

  it("refuses a sign-in posted from another site even with the right password, and signs nobody in", async () => {
    const person = await createAccount({ role: "city-rep", cityId: await createCity("bristol") });
    const fields = { email: person.email, password: TEST_PASSWORD, redirectTo: "/" };
    const refused = await thrownResponse(
      loginAction({ request: await crossSitePost(null, "/login", fields), params: {}, context: {} }),
    );
    expect([refused.status, await refused.text(), refused.headers.get("Set-Cookie")]).toEqual([403, CROSS_SITE, null]);
    const signedIn = (await loginAction({
      request: await formRequest(null, "/login", fields),
      params: {},
      context: {},
    })) as Response;
    expect(signedIn.status).toBe(302);
  });
});

describe("drafts on the registration pages", () => {
  it("answers a city rep's registration for a draft with 404, as the page does, instead of saying a draft exists", async () => {
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const manager = await createAccount({ role: "manager" });
    const [colleague] = await createColleagues(bristol, 1);
    const draft = await createConvening({ title: "Secret draft exchange", status: "draft" });
    const params = { conveningId: draft };
    const post = (personId: string) =>
      formRequest(personId, `/convenings/${draft}/register`, { intent: "register", personId: colleague });
    const asRep = await thrownResponse(registerAction({ request: await post(rep.id), params, context: {} }));
    expect([asRep.status, await asRep.text()]).toEqual([404, "There is no convening at this address."]);
    const page = await thrownResponse(
      registerLoader({ request: await requestAs(rep.id, `/convenings/${draft}/register`), params, context: {} }),
    );
    expect(page.status).toBe(404);
    const asManager = (await registerAction({ request: await post(manager.id), params, context: {} })) as Response;
    expect([asManager.status, (await formReply(asManager)).errors.form]).toEqual([
      409,
      "This convening is still a draft: registration opens once it is published.",
    ]);
  });
});

describe("email addresses on the registration pages", () => {
  it("go to a city rep only for themself and for people who agreed to share them; a manager reads every one", async () => {
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol, email: "rep.bristol@example.org" });
    const manager = await createAccount({ role: "manager" });
    const [private1, sharing] = await createColleagues(bristol, 2);
    const conveningId = await createConvening({ placesPerCity: 5 });
    const params = { conveningId };
    const registrations: Array<Record<string, string>> = [
      { personId: rep.id },
      { personId: private1 },
      { personId: sharing, isContactShared: "on" },
    ];
    for (const fields of registrations) {
      await registerAction({
        request: await formRequest(rep.id, `/convenings/${conveningId}/register`, { intent: "register", ...fields }),
        params,
        context: {},
      });
    }
    type Line = { name: string; email: string };
    const emails = (lines: Line[]) => Object.fromEntries(lines.map((line) => [line.name, line.email]));
    const load = async (personId: string) =>
      (await (
        await attendeesLoader({
          request: await requestAs(personId, `/convenings/${conveningId}/attendees`),
          params,
          context: {},
        })
      ).json()) as { lines: Line[] };
    expect(emails((await load(rep.id)).lines)).toEqual({
      "Test city-rep": "rep.bristol@example.org",
      "Colleague 01": "",
      "Colleague 02": `colleague.02.${bristol}@example.org`,
    });
    const registerPage = (await (
      await registerLoader({
        request: await requestAs(rep.id, `/convenings/${conveningId}/register`),
        params,
        context: {},
      })
    ).json()) as { registrations: Line[] };
    expect(emails(registerPage.registrations)["Colleague 01"]).toBe("");
    expect(emails((await load(manager.id)).lines)).toEqual({
      "Test city-rep": "rep.bristol@example.org",
      "Colleague 01": `colleague.01.${bristol}@example.org`,
      "Colleague 02": `colleague.02.${bristol}@example.org`,
    });
  });
});

describe("status changes of follow-up actions", () => {
  it("are called status changes, not 'ActionStatus', when recorded and when a removal is refused", async () => {
    const bristol = await createCity("bristol");
    const manager = await createAccount({ role: "manager", name: "Mo Manager" });
    const actionId = await createFollowUpAction({
      title: "Publish the welcome strategy",
      description: "",
      conveningId: null,
      sessionId: null,
      ownerCityId: bristol,
      ownerPersonId: null,
      dueOn: null,
      priority: "medium",
      principles: [],
      themes: [],
      resourcesNeeded: "",
      createdBy: { id: manager.id, name: "Mo Manager" },
    });
    const params = { actionId };
    const changed = (await detailAction({
      request: await formRequest(manager.id, `/actions/${actionId}`, {
        intent: "progress",
        text: "",
        evidenceUrl: "",
        status: "in-progress",
      }),
      params,
      context: {},
    })) as Response;
    expect(((await changed.json()) as { message: string }).message).toBe(
      "Status changed and recorded in the timeline.",
    );
    const statusChange = (await getFollowUpAction(actionId))!.updates.find(
      (update) => update.statusTo === "in-progress",
    )!;
    const removal = await thrownResponse(
      detailAction({
        request: await formRequest(manager.id, `/actions/${actionId}`, {
          intent: "remove-update",
          updateId: statusChange.id,
        }),
        params,
        context: {},
      }),
    );
    expect([removal.status, await removal.text()]).toEqual([
      403,
      "Status changes stay in the timeline; record a new status instead.",
    ]);
  });
});

describe("notes after a redirect and the header's links (the root loader)", () => {
  it("shows a note once, on the next page, and clears its cookie", async () => {
    const cookie = cookiesFrom(new Response(null, { headers: await createToastHeaders("Saved.") }));
    const first = await rootLoader({
      request: new Request("http://planner.test/convenings", { headers: { Cookie: cookie } }),
      params: {},
      context: {},
    });
    expect(((await first.json()) as { toast: { description: string } }).toast.description).toBe("Saved.");
    const cleared = first.headers.get("Set-Cookie") ?? "";
    expect(cleared).toMatch(/^__planner_toast=; /);
    const again = await rootLoader({
      request: new Request("http://planner.test/convenings", { headers: { Cookie: cleared.split(";")[0] } }),
      params: {},
      context: {},
    });
    expect([((await again.json()) as { toast: unknown }).toast, again.headers.get("Set-Cookie")]).toEqual([null, null]);
  });

  it("links managers to the dashboard, people, mail and (with no mail transport) the outbox, and nobody else", async () => {
    const rep = await createAccount({ role: "city-rep", cityId: await createCity("bristol") });
    const manager = await createAccount({ role: "manager" });
    const links = async (personId: string | null) =>
      (
        (await (await rootLoader({ request: await requestAs(personId, "/"), params: {}, context: {} })).json()) as {
          links: unknown;
        }
      ).links;
    expect(await links(manager.id)).toEqual({
      dashboard: true,
      reports: true,
      people: true,
      mail: true,
      outbox: false,
    });
    await withEnv(NO_MAIL_TRANSPORT, async () => {
      expect(await links(manager.id)).toEqual({
        dashboard: true,
        reports: true,
        people: true,
        mail: true,
        outbox: true,
      });
      // A representative reads the programme's learning reports; nothing else of the programme team's.
      expect(await links(rep.id)).toEqual({
        dashboard: false,
        reports: true,
        people: false,
        mail: false,
        outbox: false,
      });
      expect(await links(null)).toEqual({
        dashboard: false,
        reports: false,
        people: false,
        mail: false,
        outbox: false,
      });
    });
  });
});
