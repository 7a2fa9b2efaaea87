// The people of one city an action may name as its owner: what the action form's owner picker
// reads when its owning city changes (with JavaScript; without it the form asks again by GET).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { notFound, requirePlanReader } from "~/follow-ups/action-service.server";
import { loadOwnersForCity } from "~/follow-ups/action-entry.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const result = await loadOwnersForCity(person, params.cityId ?? "");
  if (!result) throw notFound("That city");
  return json(result, { headers: { "Cache-Control": "private, no-store" } });
}
