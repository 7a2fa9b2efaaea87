import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { assertSameOrigin } from "~/utils/auth.server";
import { signOutResponse } from "~/utils/session.server";

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  return signOutResponse(request);
}

export function loader() {
  return redirect("/");
}
