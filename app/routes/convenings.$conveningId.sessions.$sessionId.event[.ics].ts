// One agenda session as a downloadable .ics (with the joining link for people registered).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { singleEventFile } from "~/calendar/feeds.server";
import { calendarLanguage, calendarNotFound, calendarResponse } from "~/calendar/http.server";
import { getOptionalPerson } from "~/accounts/auth.server";
import { connectDb } from "~/utils/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = calendarLanguage(request);
  if (language instanceof Response) return language;
  await connectDb();
  const viewer = await getOptionalPerson(request);
  const file = await singleEventFile(
    { conveningId: params.conveningId ?? "", sessionId: params.sessionId ?? "" },
    viewer?.id ?? null,
    language,
  );
  return file ? calendarResponse(request, file) : calendarNotFound();
}
