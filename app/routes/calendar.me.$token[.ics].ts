// Private feed behind a secret token: the same 404 for unknown, malformed and revoked tokens.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { personalFeed } from "~/calendar/feeds.server";
import { calendarNotFound, calendarResponse } from "~/calendar/http.server";
import { connectDb } from "~/utils/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDb();
  const file = await personalFeed(params.token ?? "");
  return file ? calendarResponse(request, file) : calendarNotFound();
}
