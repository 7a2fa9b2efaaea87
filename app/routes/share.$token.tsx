import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ViewerTimeZone } from "~/agenda/components/viewer-time-zone";
import { ConveningCalendarOffer } from "~/calendar/components/convening-calendar-offer";
import { conveningCalendarLinks } from "~/calendar/feeds.server";
import { conveningFeedUrl } from "~/calendar/subscribe-urls";
import { ConveningPublicAgenda } from "~/convenings/components/convening-public-agenda";
import { loadSharedResourceLinks } from "~/resources/resources.server";
import { buildAgenda, sessionsAsListed, viewerZoneFromCookie } from "~/domain/agenda/agenda-view";
import { formatDateRange } from "~/domain/local-time";
import { connectDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { invariantResponse } from "~/utils/invariant";
import { listAgendaSessions } from "~models/agenda-session.server";
import { getCityById } from "~models/city.server";
import { getConveningByShareToken } from "~models/convening.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.convening.title ?? "Agenda"} · Inclusive Cities` },
  { name: "robots", content: "noindex" },
];

// Public and read-only: anyone with the link, no account. No personal data: no names of speakers
// or attendees, no joining link. The calendar links are the convening's public ones.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDb();
  const convening = await getConveningByShareToken(params.token ?? "");
  invariantResponse(convening, "There is no shared agenda at this link. Ask the programme team for a new one.", {
    status: 404,
  });
  const viewerZone = viewerZoneFromCookie(request.headers.get("Cookie"));
  const [sessions, hostCity, addToCalendar] = await Promise.all([
    listAgendaSessions(convening.id),
    convening.hostCityId ? getCityById(convening.hostCityId) : Promise.resolve(null),
    conveningCalendarLinks(convening.id),
  ]);
  return json(
    {
      convening: {
        title: convening.title,
        kind: convening.kind,
        status: convening.status,
        cancelReason: convening.cancelReason,
        summary: convening.summary,
        dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
        hostCityName: hostCity?.name ?? null,
        aims: convening.aims,
        places: convening.places,
      },
      days: buildAgenda(sessionsAsListed(convening, sessions), {
        viewerZone,
        event: convening,
        includeSpeakers: false,
      }),
      viewerZone,
      // Public documents and links only, downloaded by this link's token.
      resources: await loadSharedResourceLinks(convening, params.token ?? "", sessions),
      calendar: { addToCalendar, feedUrl: conveningFeedUrl(getEnv().APP_URL, convening.id) },
    },
    { headers: { "X-Robots-Tag": "noindex" } },
  );
}

export default function SharedAgendaPage() {
  const { convening, days, viewerZone, resources, calendar } = useLoaderData<typeof loader>();
  return (
    <>
      <ViewerTimeZone serverZone={viewerZone} />
      <p className="notice no-print">A read-only agenda shared by the Inclusive Cities programme team.</p>
      <ConveningPublicAgenda
        convening={convening}
        days={days}
        viewerZoneShown={Boolean(viewerZone)}
        resources={resources}
      />
      <ConveningCalendarOffer title={convening.title} {...calendar} />
    </>
  );
}
