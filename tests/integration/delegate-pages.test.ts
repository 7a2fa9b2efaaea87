// The delegate and costs pages as a browser without JavaScript gets them, rendered by Remix: the
// form with its labels, a refusal at its field with the input kept, the representative's summary
// without a value or a form, and headers that keep the page out of caches.
import { beforeAll, describe, expect, it } from "vitest";
import * as delegateModule from "../../app/routes/convenings.$conveningId.delegates.$personId";
import * as costsModule from "../../app/routes/convenings.$conveningId.costs";
import { withTestDatabase } from "../setup/database";
import { formRequest, requestAs } from "../factories/people";
import {
  EXCHANGE_YEAR as Y,
  setUpExchange,
  TRAVEL_DOCUMENT_SECRETS,
  travelDocumentFields,
} from "../factories/delegates";
import { requestHandlerFor } from "../helpers/remix-handler";

withTestDatabase();

let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  handle = await requestHandlerFor({
    "routes/convenings.$conveningId.delegates.$personId": {
      path: "convenings/:conveningId/delegates/:personId",
      module: delegateModule,
    },
    "routes/convenings.$conveningId.costs": { path: "convenings/:conveningId/costs", module: costsModule },
  });
});

describe("the delegate page", () => {
  it("gives the delegate the labelled form, private to caches, and refuses a short passport at its field keeping the input", async () => {
    const { delegate, conveningId } = await setUpExchange();
    const path = `/convenings/${conveningId}/delegates/${delegate.id}`;
    const page = await handle(await requestAs(delegate.id, path));
    expect([page.status, page.headers.get("Cache-Control"), page.headers.get("Referrer-Policy")]).toEqual([
      200,
      "private, no-store",
      "no-referrer",
    ]);
    const html = await page.text();
    expect(html).toContain("<h1>Your travel documents</h1>");
    for (const label of ["Name as on the passport", "Nationality", "Passport expires on", "Covered until", "Phone"])
      expect(html).toMatch(new RegExp(`<label for="[a-zA-Z]+">${label}</label>`));
    const refused = await handle(
      await formRequest(delegate.id, path, travelDocumentFields({ passportExpiry: `${Y}-05-20` })),
    );
    expect(refused.status).toBe(400);
    const answer = await refused.text();
    expect(answer).toContain(
      `The passport expires on 20 May ${Y}, before the return on 26 May ${Y}: it must be valid until the return`,
    );
    expect(answer).toMatch(/<input[^>]*name="passportExpiry"[^>]*aria-invalid="true"/);
    expect(answer).toMatch(/<input[^>]*name="passportName"[^>]*value="BETHAN ANGHARAD REES"/);
    expect(answer).toMatch(/<option value="GB" selected="">United Kingdom<\/option>/);
  });

  it("gives the delegate's city representative the summary alone, with no form and no value", async () => {
    const { delegate, bristolRep, conveningId } = await setUpExchange();
    const path = `/convenings/${conveningId}/delegates/${delegate.id}`;
    expect((await handle(await formRequest(delegate.id, path, travelDocumentFields()))).status).toBe(302);
    const html = await (await handle(await requestAs(bristolRep.id, path))).text();
    expect(html).toContain("<h1>Bethan Rees</h1>");
    expect(html).toContain(">Complete</span>");
    expect(html).not.toContain('name="passportName"');
    expect(TRAVEL_DOCUMENT_SECRETS.filter((secret) => html.includes(secret))).toEqual([]);
  });
});

describe("the costs page", () => {
  it("says that currencies are not converted and links each delegate to their page", async () => {
    const { manager, delegate, conveningId } = await setUpExchange();
    const html = await (await handle(await requestAs(manager.id, `/convenings/${conveningId}/costs`))).text();
    expect(html).toContain("Totals are per currency: amounts in different currencies are not converted.");
    expect(html).toMatch(
      new RegExp(`<a [^>]*href="/convenings/${conveningId}/delegates/${delegate.id}">Bethan Rees</a>`),
    );
  });
});
