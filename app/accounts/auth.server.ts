// Who is asking, and may they? Every loader and action goes through these helpers.
import { redirect } from "@remix-run/node";
import { getSignedInPerson, type Role, type SignedInPerson } from "~models/person.server";
import { connectDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { getSessionIdentity } from "./session.server";

export type { SignedInPerson, Role };

/**
 * Cookies are SameSite=Lax; on top of that a state-changing request must come from our own
 * origin, so a form on another site cannot act for a signed-in person.
 */
export function assertSameOrigin(request: Request) {
  if (request.method === "GET" || request.method === "HEAD") return;
  const origin = request.headers.get("Origin");
  if (!origin) return; // Same-origin requests from older browsers may omit it; SameSite still applies.
  const requestOrigin = new URL(request.url).origin;
  if (origin !== requestOrigin && origin !== new URL(getEnv().APP_URL).origin) {
    throw new Response("This form was sent from another site and was refused.", { status: 403 });
  }
}

export async function getOptionalPerson(request: Request): Promise<SignedInPerson | null> {
  assertSameOrigin(request);
  const identity = await getSessionIdentity(request);
  if (!identity) return null;
  await connectDb();
  return getSignedInPerson(identity.personId, identity.epoch);
}

function signInRedirect(request: Request) {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  return redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
}

export function forbidden(message = "You do not have permission to do this."): Response {
  return new Response(message, { status: 403, statusText: "Forbidden" });
}

/** The signed-in person, optionally limited to roles; anonymous → sign-in, wrong role → 403. */
export async function requirePerson(request: Request, roles?: readonly Role[]): Promise<SignedInPerson> {
  const person = await getOptionalPerson(request);
  if (!person) throw signInRedirect(request);
  if (roles && !roles.includes(person.role)) throw forbidden();
  return person;
}

export function requireManager(request: Request) {
  return requirePerson(request, ["manager"]);
}

export function isManager(person: SignedInPerson | null): boolean {
  return person?.role === "manager";
}

/** May this person act for this city? Managers act for every city; a city rep for their own only. */
export function canActForCity(person: SignedInPerson, cityId: string | null | undefined): boolean {
  if (person.role === "manager") return true;
  return person.role === "city-rep" && Boolean(cityId) && person.cityId === String(cityId);
}

export function requireCityScope(person: SignedInPerson, cityId: string | null | undefined) {
  if (!canActForCity(person, cityId)) {
    throw forbidden("You can only act for your own city.");
  }
}
