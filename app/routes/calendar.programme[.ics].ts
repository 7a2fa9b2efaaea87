// Public feed: every published, completed or recently cancelled convening and its sessions.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { programmeFeed } from "~/calendar/feeds.server";
import { calendarResponse } from "~/calendar/http.server";
import { connectDb } from "~/utils/db.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await connectDb();
  return calendarResponse(request, await programmeFeed());
}
