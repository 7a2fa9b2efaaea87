// The attendee list as CSV: managers get everyone with needs; a city rep gets their own city, never needs.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRegistrationConvening } from "~/registration/convening-access.server";
import { attendeesCsv } from "~/registration/rules";
import { loadAttendees, toAttendeeRows } from "~/registration/views.server";
import { requirePerson } from "~/accounts/auth.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const isManager = person.role === "manager";
  const convening = await requireRegistrationConvening(params.conveningId, { includeDrafts: isManager });
  const { lines } = await loadAttendees(person, convening);
  const csv = attendeesCsv(toAttendeeRows(lines), { includeNeeds: isManager });
  const slug = convening.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "convening";
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="attendees-${slug}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
