import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireManager } from "~/utils/auth.server";
import { completeConvening, getConvening } from "~models/convening.server";

// "Mark as completed" is a button on the convening page; a GET here just goes back there.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  return redirect(`/convenings/${params.conveningId}`);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireManager(request);
  const convening = await getConvening(params.conveningId ?? "");
  if (!convening) throw new Response("Convening not found", { status: 404 });
  const completed = await completeConvening(convening.id, manager);
  const note = completed ? "Marked as completed." : "Only a published convening that has ended can be marked as completed.";
  return redirect(`/convenings/${convening.id}?note=${encodeURIComponent(note)}`);
}
