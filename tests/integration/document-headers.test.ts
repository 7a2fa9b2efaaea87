// Every HTML document is sent with a strict Content-Security-Policy whose nonce is on each of
// Remix's inline scripts, a Permissions-Policy, and HSTS when the app is served over https. The
// document is rendered by Remix's own request handler through app/entry.server.tsx and app/root.tsx.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as loginModule from "../../app/routes/login";
import { requestHandlerFor } from "../helpers/remix-handler";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  handle = await requestHandlerFor({ "routes/login": { path: "login", module: loginModule } });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

const PERMISSIONS_POLICY =
  "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

const policy = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

async function signInPage() {
  const response = await handle(new Request("http://planner.test/login"));
  const html = await response.text();
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(
    response.headers.get("Content-Security-Policy") ?? "",
  )?.[1];
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]);
  return { response, html, nonce, scripts };
}

describe("the headers of a document", () => {
  it("carry a strict policy whose nonce is on every inline script, fresh for each document", async () => {
    const { response, nonce, scripts } = await signInPage();
    expect(response.status).toBe(200);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect({
      csp: response.headers.get("Content-Security-Policy"),
      permissions: response.headers.get("Permissions-Policy"),
      hsts: response.headers.get("Strict-Transport-Security"),
      frames: response.headers.get("X-Frame-Options"),
    }).toEqual({ csp: policy(nonce!), permissions: PERMISSIONS_POLICY, hsts: null, frames: "DENY" });
    // The context, the module loader and the scroll restoration: each inline, each with the nonce.
    expect(scripts).toEqual([` nonce="${nonce}"`, ` nonce="${nonce}"`, ` nonce="${nonce}" type="module" async=""`]);
    expect((await signInPage()).nonce).not.toBe(nonce);
  });

  it("add HSTS and upgrade-insecure-requests when the app is served over https", async () => {
    vi.stubEnv("APP_URL", "https://planner.example.org");
    const { response, nonce } = await signInPage();
    expect([
      response.headers.get("Strict-Transport-Security"),
      response.headers.get("Content-Security-Policy"),
    ]).toEqual(["max-age=31536000", `${policy(nonce!)}; upgrade-insecure-requests`]);
  });
});
