// The attendee list as CSV: managers get everyone with needs; a city rep gets their own city, never
// needs, and email addresses only of people who agreed to share them (the registration policy).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { canSeeNeeds } from "~/registration/policy";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { attendeesCsv } from "~/registration/rules";
import { loadAttendees, toAttendeeRows } from "~/registration/views.server";
import { loadDaysAttended } from "~/registration/attendance-summary.server";
import { requirePerson } from "~/accounts/auth.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const { lines } = await loadAttendees(person, convening);
  const daysAttended = await loadDaysAttended(convening, lines);
  const csv = attendeesCsv(toAttendeeRows(lines, daysAttended), {
    includeNeeds: canSeeNeeds(person),
    includeDaysAttended: daysAttended !== null,
  });
  const slug =
    convening.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "convening";
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="attendees-${slug}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
