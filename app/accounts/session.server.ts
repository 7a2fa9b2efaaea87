// The signed cookie session that remembers who is signed in.
import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { currentSessionEpoch, endSessions } from "~models/person.server";
import { getEnv, isServedOverHttps } from "~/utils/env.server";

/** Who is signed in, and which of their sessions (a sign-out replaces the person's epoch). */
type SessionData = { personId: string; epoch: string };
let storage: ReturnType<typeof createCookieSessionStorage<SessionData>> | undefined;

export function getSessionStorage() {
  const env = getEnv();
  storage ??= createCookieSessionStorage<SessionData>({
    cookie: {
      name: "__planner_session",
      httpOnly: true,
      sameSite: "lax",
      secure: isServedOverHttps(env),
      path: "/",
      secrets: [env.SESSION_SECRET],
      maxAge: 60 * 60 * 24 * 14,
    },
  });
  return storage;
}

export async function getSessionIdentity(request: Request): Promise<{ personId: string; epoch: string } | null> {
  const session = await getSessionStorage().getSession(request.headers.get("Cookie"));
  const personId = session.get("personId");
  const epoch = session.get("epoch");
  return typeof personId === "string" ? { personId, epoch: typeof epoch === "string" ? epoch : "" } : null;
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
  session.set("epoch", await currentSessionEpoch(personId));
  return redirect(safeRedirectPath(redirectTo), {
    headers: { "Set-Cookie": await getSessionStorage().commitSession(session) },
  });
}

/** Signs out: this cookie is cleared, and every session of the person ends on the server too. */
export async function signOutResponse(request: Request) {
  const session = await getSessionStorage().getSession(request.headers.get("Cookie"));
  const personId = session.get("personId");
  if (typeof personId === "string") await endSessions(personId);
  return redirect("/", {
    headers: {
      "Set-Cookie": await getSessionStorage().destroySession(session),
      // The offline copy of the person's itinerary (public/itinerary-sw.js) leaves with them.
      "Clear-Site-Data": '"storage"',
    },
  });
}
