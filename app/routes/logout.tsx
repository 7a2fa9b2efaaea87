import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { signOutResponse } from "~/accounts/session.server";

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  return signOutResponse(request);
}

export function loader() {
  return redirect("/");
}
