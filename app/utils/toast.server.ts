// Success notes after a redirect ("Saved.", "Published: …"), carried by a signed cookie of their
// own rather than in the URL, so a crafted link cannot speak for the site. Set on the redirect,
// read and cleared by the root loader, shown once on the page the redirect leads to (Epic Stack's
// toast.server.ts, ADR 027).
import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getEnv, isServedOverHttps } from "~/utils/env.server";

const TOAST_KEY = "toast" as const;

const toastSchema = z.object({ id: z.string(), description: z.string() });
export type Toast = z.infer<typeof toastSchema>;

type ToastData = { [TOAST_KEY]: Toast };
let storage: ReturnType<typeof createCookieSessionStorage<ToastData, ToastData>> | undefined;

function getToastStorage() {
  const env = getEnv();
  storage ??= createCookieSessionStorage<ToastData, ToastData>({
    cookie: {
      name: "__planner_toast",
      httpOnly: true,
      sameSite: "lax",
      secure: isServedOverHttps(env),
      path: "/",
      secrets: [env.SESSION_SECRET],
    },
  });
  return storage;
}

/** A Set-Cookie header carrying one note for the next page. */
export async function createToastHeaders(description: string): Promise<Headers> {
  const session = await getToastStorage().getSession();
  // Each note has its own id, so "Saved." twice in a row shows twice.
  session.flash(TOAST_KEY, { id: randomUUID(), description } satisfies Toast);
  return new Headers({ "Set-Cookie": await getToastStorage().commitSession(session) });
}

/** Redirects with a note shown once on the page it leads to. */
export async function redirectWithToast(url: string, description: string, init?: ResponseInit) {
  const headers = new Headers(init?.headers);
  for (const [name, value] of await createToastHeaders(description)) headers.append(name, value);
  return redirect(url, { ...init, headers });
}

/** The note waiting for this request, if any, and the header that clears it. */
export async function getToast(request: Request): Promise<{ toast: Toast | null; headers: Headers | null }> {
  const session = await getToastStorage().getSession(request.headers.get("Cookie"));
  const parsed = toastSchema.safeParse(session.get(TOAST_KEY));
  if (!parsed.success) return { toast: null, headers: null };
  return {
    toast: parsed.data,
    headers: new Headers({ "Set-Cookie": await getToastStorage().destroySession(session) }),
  };
}
