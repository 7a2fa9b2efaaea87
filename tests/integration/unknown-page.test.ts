// An address no route answers gets the app's own 404 page in the reader's language, with the
// header the root loader gives it: never bare message keys (a defect seen in the browser).
import { beforeAll, describe, expect, it } from "vitest";
import * as unknownPageModule from "../../app/routes/$";
import * as indexModule from "../../app/routes/_index";
import { withTestDatabase } from "../setup/database";
import { requestHandlerFor } from "../helpers/remix-handler";

withTestDatabase();

let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  handle = await requestHandlerFor({
    "routes/_index": { path: "", module: indexModule },
    "routes/$": { path: "*", module: unknownPageModule },
  });
});

// What the reader sees: the page without its scripts (whose data carries the catalogue's keys).
const visibleHtml = async (response: Response) => (await response.text()).replace(/<script[\s\S]*?<\/script>/g, "");
const get = (path: string, headers: Record<string, string> = {}) =>
  handle(new Request(`http://localhost${path}`, { headers }));

describe("an unknown address", () => {
  it("answers 404 with the kind explanation in English", async () => {
    const response = await get("/no-such-page/deeper");
    expect(response.status).toBe(404);
    const html = await visibleHtml(response);
    expect(html).toContain("Page not found");
    expect(html).toContain(">Convenings<");
    expect(html).not.toMatch(/error\.404\.|header\.|app\.skipLink/);
  });

  it("answers in Welsh for a browser that prefers Welsh", async () => {
    const response = await get("/dim-tudalen", { "Accept-Language": "cy" });
    expect(response.status).toBe(404);
    const html = await visibleHtml(response);
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain("Heb ddod o hyd i&#x27;r dudalen");
    expect(html).not.toContain("Page not found");
  });
});
