// Who is asking: the signed-in person, or a sign-in redirect, or 403 for a role that may not.
// What each person may then see or do is decided by the policy of each feature (app/*/policy.ts).
import { redirect } from "@remix-run/node";
import { getSignedInPerson, type Role, type SignedInPerson } from "~models/person.server";
import { connectDbForRequest } from "~/utils/db.server";
import { getSessionIdentity } from "./session.server";

export type { SignedInPerson, Role };

/** Who is asking: the signed-in person, or null. Actions check the origin first, on their own. */
export async function getOptionalPerson(request: Request): Promise<SignedInPerson | null> {
  const identity = await getSessionIdentity(request);
  if (!identity) return null;
  await connectDbForRequest();
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
