// Notes that travel by cookie after a redirect: what the next page shows, read through the root
// loader as the browser would send it (the cookie from the redirect, at the Location).
import { loader as rootLoader } from "~/root";

/** The Cookie header a browser sends back after this response's Set-Cookie headers. */
export function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** The note the page this redirect leads to shows, or null; `cookie` adds the sign-in cookie. */
export async function toastAfter(response: Response, cookie = ""): Promise<string | null> {
  const location = response.headers.get("Location");
  if (!location) throw new Error(`expected a redirect, got ${response.status}`);
  const next = new Request(new URL(location, "http://planner.test"), {
    headers: { Cookie: [cookie, cookiesFrom(response)].filter(Boolean).join("; ") },
  });
  const page = await rootLoader({ request: next, params: {}, context: {} });
  const data = (await page.json()) as { toast: { description: string } | null };
  return data.toast?.description ?? null;
}
