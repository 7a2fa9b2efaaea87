import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AgendaDays } from "~/agenda/components/agenda-days";
import { ConveningStatusNotice } from "~/convenings/components/convening-status-notice";
import { buildAgenda, sessionsAsListed } from "~/domain/agenda/agenda-view";
import { formatDateRange } from "~/domain/local-time";
import { getOptionalPerson } from "~/accounts/auth.server";
import { connectDb } from "~/utils/db.server";
import { canSeePeopleNames } from "~/convenings/policy";
import { requireReadableConvening } from "~/convenings/readable-convening.server";
import { listAgendaSessions } from "~models/agenda-session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Agenda: ${data?.convening.title ?? "Convening"}` },
];

// A compact one-page agenda for printing: place times only (paper has no viewer zone).
export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDb();
  const person = await getOptionalPerson(request);
  const convening = await requireReadableConvening(person, params.conveningId);
  const sessions = await listAgendaSessions(convening.id);
  return json({
    convening: {
      id: convening.id,
      title: convening.title,
      status: convening.status,
      cancelReason: convening.cancelReason,
      dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
      places: convening.places.map((place) => [place.name, place.region].filter(Boolean).join(", ")),
    },
    days: buildAgenda(sessionsAsListed(convening, sessions), { includeSpeakers: canSeePeopleNames(person) }),
  });
}

export default function PrintAgendaPage() {
  const { convening, days } = useLoaderData<typeof loader>();
  return (
    <div className="print-agenda">
      <p className="no-print cluster">
        <Link to={`/convenings/${convening.id}`}>Back to the convening</Link>
        <span className="muted">Use your browser's Print command; the page is laid out for A4.</span>
      </p>
      <h1>{convening.title}</h1>
      <p className="lede">
        {convening.dateRange} · {convening.places.join("; ")}
      </p>
      <ConveningStatusNotice status={convening.status} cancelReason={convening.cancelReason} />
      <AgendaDays days={days} headingLevel={2} />
    </div>
  );
}
