// The signed cookie session that remembers who is signed in.
import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { getEnv } from "./env.server";

let storage: ReturnType<typeof createCookieSessionStorage<{ personId: string }>> | undefined;

export function getSessionStorage() {
  const env = getEnv();
  storage ??= createCookieSessionStorage<{ personId: string }>({
    cookie: {
      name: "__planner_session",
      httpOnly: true,
      sameSite: "lax",
      secure: env.NODE_ENV === "production" && env.APP_URL.startsWith("https://"),
      path: "/",
      secrets: [env.SESSION_SECRET],
      maxAge: 60 * 60 * 24 * 14,
    },
  });
  return storage;
}

export async function getSessionPersonId(request: Request): Promise<string | null> {
  const session = await getSessionStorage().getSession(request.headers.get("Cookie"));
  const personId = session.get("personId");
  return typeof personId === "string" ? personId : null;
}

/**
 * Only same-site paths: an open redirect after sign-in would help phishing. A path on this site to go to after signing in, or the fallback. Browsers drop tabs and line
 * breaks from addresses and treat "\\" like "/", so "/\t/evil.example" would leave the site:
 * any whitespace, control character or backslash is refused outright.
 */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//")) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are what is being refused
  if (/[\u0000-\u0020\u007f-\u00a0\u2028\u2029\\]/.test(to)) return fallback;
  return to;
}

export async function createSignedInResponse(personId: string, redirectTo: string) {
  const session = await getSessionStorage().getSession();
  session.set("personId", personId);
  return redirect(safeRedirectPath(redirectTo), {
    headers: { "Set-Cookie": await getSessionStorage().commitSession(session) },
  });
}

export async function signOutResponse(request: Request) {
  const session = await getSessionStorage().getSession(request.headers.get("Cookie"));
  return redirect("/", { headers: { "Set-Cookie": await getSessionStorage().destroySession(session) } });
}
