// Choosing the interface language: Accept-Language by default, the header switch for this
// browser, the person's saved language at sign-in; the switch refuses other sites' forms.
import { beforeAll, describe, expect, it } from "vitest";
import * as loginModule from "../../app/routes/login";
import { action as languageAction } from "../../app/routes/language";
import { action as savedLanguageAction } from "../../app/routes/me.language";
import { withTestDatabase } from "../setup/database";
import { createAccount, formRequest, TEST_PASSWORD } from "../factories/people";
import { thrownResponse } from "../factories/responses";
import { requestHandlerFor } from "../helpers/remix-handler";

withTestDatabase();

let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  handle = await requestHandlerFor({ "routes/login": { path: "login", module: loginModule } });
});

const page = async (headers: Record<string, string>) =>
  (await handle(new Request("http://localhost/login", { headers }))).text();
const cookieOf = (response: Response, name: string) =>
  (response.headers.get("Set-Cookie") ?? "").split(/,(?=\s*\w+=)/).find((part) => part.trim().startsWith(`${name}=`));

describe("the interface language", () => {
  it("is Welsh for a browser that prefers Welsh: <html lang=cy> and a Welsh header", async () => {
    const html = await page({ "Accept-Language": "cy-GB, en;q=0.8" });
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain("Mewngofnodi");
    expect(html).toContain("Cyfarfodydd");
    expect(html).not.toContain(">Convenings<");
  });

  it("stays English (en-GB) for any other browser", async () => {
    const html = await page({ "Accept-Language": "fr, en;q=0.5" });
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain(">Convenings<");
  });

  it("is switched by a plain form post, which sets the cookie and goes back to the page", async () => {
    const response = (await languageAction({
      request: await formRequest(null, "/language", { language: "cy", redirectTo: "/login?x=1" }),
      params: {},
      context: {},
    })) as Response;
    expect([response.status, response.headers.get("Location")]).toEqual([302, "/login?x=1"]);
    const cookie = cookieOf(response, "planner_language")?.split(";")[0] ?? "";
    const html = await page({ Cookie: cookie, "Accept-Language": "en-GB" });
    expect(html).toContain('<html lang="cy">');
  });

  it("refuses a switch posted from another site", async () => {
    const request = await formRequest(null, "/language", { language: "cy" });
    const crossSite = new Request(request, {
      headers: new Headers([...request.headers, ["Origin", "https://evil.example"]]),
    });
    const response = await thrownResponse(languageAction({ request: crossSite, params: {}, context: {} }));
    expect([response.status, response.headers.get("Set-Cookie")]).toEqual([403, null]);
  });

  it("is the person's saved language from their next sign-in", async () => {
    const person = await createAccount({ role: "participant" });
    const saved = (await savedLanguageAction({
      request: await formRequest(person.id, "/me/language", { language: "cy" }),
      params: {},
      context: {},
    })) as Response;
    expect(saved.status).toBe(302);
    const signedIn = (await loginModule.action({
      request: await formRequest(null, "/login", { email: person.email, password: TEST_PASSWORD, redirectTo: "/" }),
      params: {},
      context: {},
    })) as Response;
    expect(signedIn.status).toBe(302);
    const cookie = cookieOf(signedIn, "planner_language")?.split(";")[0] ?? "";
    expect(cookie).not.toBe("");
    expect(await page({ Cookie: cookie, "Accept-Language": "en-GB" })).toContain('<html lang="cy">');
  });
});
