// Sends a visitor on to Google Calendar or Outlook with one agenda session filled in. The
// address is built on request from the current session, so the agenda page stays light.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { sessionCalendarServiceUrl, type CalendarService } from "~/calendar/feeds.server";
import { calendarNotFound } from "~/calendar/http.server";
import { connectDb } from "~/utils/db.server";

const SERVICES: ReadonlySet<string> = new Set<CalendarService>(["google", "outlook"]);

export async function loader({ params }: LoaderFunctionArgs) {
  const service = params.service ?? "";
  if (!SERVICES.has(service)) return calendarNotFound();
  await connectDb();
  const url = await sessionCalendarServiceUrl(
    { conveningId: params.conveningId ?? "", sessionId: params.sessionId ?? "" },
    service as CalendarService,
  );
  if (!url) return calendarNotFound();
  return redirect(url, { headers: { "Cache-Control": "public, max-age=300", "Referrer-Policy": "no-referrer" } });
}
