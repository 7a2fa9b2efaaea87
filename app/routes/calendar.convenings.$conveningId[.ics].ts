// Public feed of one convening's sessions; drafts and malformed ids are 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { conveningFeed } from "~/calendar/feeds.server";
import { calendarLanguage, calendarNotFound, calendarResponse } from "~/calendar/http.server";
import { connectDb } from "~/utils/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = calendarLanguage(request);
  if (language instanceof Response) return language;
  await connectDb();
  const file = await conveningFeed(params.conveningId ?? "", new Date(), language);
  return file ? calendarResponse(request, file) : calendarNotFound();
}
