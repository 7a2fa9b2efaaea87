// The session and note cookies are Secure exactly when the app is served over https (its APP_URL).
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The Set-Cookie attributes of both cookies, from modules loaded afresh for this environment. */
async function cookieAttributes(env: { NODE_ENV: string; APP_URL: string }) {
  vi.stubEnv("NODE_ENV", env.NODE_ENV);
  vi.stubEnv("APP_URL", env.APP_URL);
  vi.resetModules();
  const { getSessionStorage } = await import("./session.server");
  const { createToastHeaders } = await import("~/utils/toast.server");
  const attributes = (setCookie: string) => setCookie.split("; ").slice(1);
  const storage = getSessionStorage();
  return {
    session: attributes(await storage.commitSession(await storage.getSession())),
    toast: attributes((await createToastHeaders("Saved.")).get("Set-Cookie")!),
  };
}

describe("the session and note cookies", () => {
  it.each([
    ["production", "https://planner.example.org"],
    ["development", "https://planner.example.org"],
  ])("are Secure, HttpOnly and SameSite=Lax in %s served at %s", async (NODE_ENV, APP_URL) => {
    const { session, toast } = await cookieAttributes({ NODE_ENV, APP_URL });
    expect(session).toEqual(["Max-Age=1209600", "Path=/", "HttpOnly", "Secure", "SameSite=Lax"]);
    expect(toast).toEqual(["Path=/", "HttpOnly", "Secure", "SameSite=Lax"]);
  });

  it("are not Secure over plain http (the local demo), where a Secure cookie would never come back", async () => {
    const { session, toast } = await cookieAttributes({ NODE_ENV: "production", APP_URL: "http://localhost:3000" });
    expect(session).toEqual(["Max-Age=1209600", "Path=/", "HttpOnly", "SameSite=Lax"]);
    expect(toast).toEqual(["Path=/", "HttpOnly", "SameSite=Lax"]);
  });
});
