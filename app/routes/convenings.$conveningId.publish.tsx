import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireManager } from "~/utils/auth.server";
import { getConvening, publishConvening } from "~models/convening.server";

// Publishing is a button on the convening page; a GET here just goes back there.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  return redirect(`/convenings/${params.conveningId}`);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireManager(request);
  const convening = await getConvening(params.conveningId ?? "");
  if (!convening) throw new Response("Convening not found", { status: 404 });
  const published = await publishConvening(convening.id, manager);
  const note = published ? "Published: everyone can now see it, and the share link works." : `This convening is ${convening.status}, not a draft, so it was not published again.`;
  return redirect(`/convenings/${convening.id}?note=${encodeURIComponent(note)}`);
}
