// Public feed of one convening's sessions; drafts and malformed ids are 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { conveningFeed } from "~/calendar/feeds.server";
import { calendarNotFound, calendarResponse } from "~/calendar/http.server";
import { connectDb } from "~/utils/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDb();
  const file = await conveningFeed(params.conveningId ?? "");
  return file ? calendarResponse(request, file) : calendarNotFound();
}
