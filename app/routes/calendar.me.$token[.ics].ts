// Private feed behind a secret token: the same 404 for unknown, malformed and revoked tokens.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { personalFeed } from "~/calendar/feeds.server";
import { calendarLanguage, calendarNotFound, calendarResponse } from "~/calendar/http.server";
import { connectDb } from "~/utils/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = calendarLanguage(request);
  if (language instanceof Response) return language;
  await connectDb();
  const file = await personalFeed(params.token ?? "", new Date(), language);
  return file ? calendarResponse(request, file) : calendarNotFound();
}
