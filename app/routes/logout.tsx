import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { assertSameOrigin } from "~/accounts/auth.server";
import { signOutResponse } from "~/accounts/session.server";

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  return signOutResponse(request);
}

export function loader() {
  return redirect("/");
}
