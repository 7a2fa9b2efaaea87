import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { agendaJson } from "~/domain/agenda/agenda-json";
import { getOptionalPerson } from "~/accounts/auth.server";
import { connectDb } from "~/utils/db.server";
import { canSeePeopleNames } from "~/convenings/policy";
import { requireReadableConvening } from "~/convenings/readable-convening.server";
import { listAgendaSessions } from "~models/agenda-session.server";

// Published agendas for anyone (without people's names unless signed in); drafts for managers only.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDb();
  const person = await getOptionalPerson(request);
  const convening = await requireReadableConvening(person, params.conveningId);
  const sessions = await listAgendaSessions(convening.id);
  return json(agendaJson(convening, sessions, { includePeople: canSeePeopleNames(person) }), {
    headers: { "Cache-Control": "private, no-cache" },
  });
}
