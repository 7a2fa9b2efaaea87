// Public feed: every published, completed or recently cancelled convening and its sessions.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { programmeFeed } from "~/calendar/feeds.server";
import { calendarLanguage, calendarResponse } from "~/calendar/http.server";
import { connectDb } from "~/utils/db.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const language = calendarLanguage(request);
  if (language instanceof Response) return language;
  await connectDb();
  return calendarResponse(request, await programmeFeed(new Date(), language));
}
