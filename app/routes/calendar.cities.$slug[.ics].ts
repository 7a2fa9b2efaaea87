// Public feed of one city: convenings it hosts or has people registered at.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { cityFeed } from "~/calendar/feeds.server";
import { calendarLanguage, calendarNotFound, calendarResponse } from "~/calendar/http.server";
import { connectDb } from "~/utils/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = calendarLanguage(request);
  if (language instanceof Response) return language;
  await connectDb();
  const file = await cityFeed(params.slug ?? "", new Date(), language);
  return file ? calendarResponse(request, file) : calendarNotFound();
}
