// The production server (scripts/server.ts): remix-serve's behaviour, and a form posted from
// another site answered with the app's 403 page instead of Remix's empty 500.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import mongoose from "mongoose";
import { baseUrl, expect, expectNoSeriousAxeViolations, screenshot, test } from "./playwright-utils";
import { rawGet, rawRequest } from "./raw-http";

const CROSS_SITE = "This form was sent from another site and was refused.";

/** Another site on this machine, serving one page: a form that posts to the planner. */
async function startOtherSite(page: string) {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

test.describe("the production server", () => {
  test("answers a form posted from another site with the app's 403 page and changes nothing", async ({
    login,
    tag,
  }) => {
    const { page } = await login({ role: "manager" });
    const title = `Forged convening ${tag}`;
    // Same site, other origin (another port): the manager's Lax session cookie goes with the post.
    const otherSite = await startOtherSite(`<!doctype html><html lang="en"><title>Other site</title>
      <form method="post" action="${baseUrl()}/convenings/new">
        <input name="title" value="${title}"><button>Send</button>
      </form></html>`);
    try {
      await page.goto(otherSite.url);
      const [response] = await Promise.all([
        page.waitForResponse((reply) => reply.url().startsWith(`${baseUrl()}/convenings/new`)),
        page.getByRole("button", { name: "Send" }).click(),
      ]);
      expect(response.status()).toBe(403);
      await page.getByText(CROSS_SITE).waitFor();
      await expectNoSeriousAxeViolations(page);
      await screenshot(page, "cross-site-post-refused");
      expect(await mongoose.connection.collection("convenings").countDocuments({ title })).toBe(0);
    } finally {
      await otherSite.close();
    }
  });

  test("answers 403, not 500, for an Origin of null or one that is not a URL, and lets its own forms through", async () => {
    const post = (origin: string) =>
      rawRequest(`${baseUrl()}/login`, {
        method: "POST",
        headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
        body: "email=nobody%40example.org&password=wrong-password",
      });
    for (const origin of ["null", "not a url", "https://evil.example"]) {
      const refused = await post(origin);
      expect([origin, refused.status]).toEqual([origin, 403]);
      expect(refused.body.toString("utf8")).toContain(CROSS_SITE);
    }
    const own = await post(baseUrl());
    expect(own.status).toBe(400);
    expect(own.body.toString("utf8")).not.toContain(CROSS_SITE);
  });

  test("keeps remix-serve's caching and compression", async () => {
    const home = await rawGet(`${baseUrl()}/`, { "Accept-Encoding": "gzip" });
    expect([home.status, home.headers["content-encoding"], home.headers["x-powered-by"]]).toEqual([
      200,
      "gzip",
      undefined,
    ]);
    const html = gunzipSync(home.body).toString("utf8");
    // The route manifest is the largest script every page loads (compression skips tiny files).
    const asset = html.match(/\/build\/manifest-[\w]+\.js/)?.[0];
    expect(asset).toBeTruthy();
    const script = await rawGet(`${baseUrl()}${asset}`, { "Accept-Encoding": "gzip" });
    expect([script.status, script.headers["cache-control"], script.headers["content-encoding"]]).toEqual([
      200,
      "public, max-age=31536000, immutable",
      "gzip",
    ]);
    const icon = await rawGet(`${baseUrl()}/favicon.svg`);
    expect([icon.status, icon.headers["cache-control"]]).toEqual([200, "public, max-age=3600"]);
  });
});
