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
import { FORMAT_LOCALE, HTML_LANG } from "~/domain/languages";
import { Content, ContentViewProvider, PageContentViewSwitch } from "~/bilingual/components/content";
import { pageContentView } from "~/bilingual/content-view.server";
import { getCityById } from "~models/city.server";
import { translatorOfMatches } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorOfMatches(matches);
  const title = data?.convening.title ?? t?.("convenings.page.titleFallback") ?? "Convening";
  return [{ title: t ? t("convenings.print.title", { title }) : `Agenda: ${title}` }];
};

// A compact one-page agenda for printing: place times only (paper has no viewer zone).
export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDb();
  const person = await getOptionalPerson(request);
  const { language } = await translateRequest(request);
  const convening = await requireReadableConvening(person, params.conveningId);
  const [sessions, hostCity] = await Promise.all([
    listAgendaSessions(convening.id),
    convening.hostCityId ? getCityById(convening.hostCityId) : Promise.resolve(null),
  ]);
  return json({
    // Paper for a Welsh host city shows both languages, Welsh first (decision 038).
    contentView: pageContentView(request, {
      language,
      convening,
      sessions,
      hostNation: hostCity?.nation ?? null,
      isBothInWales: true,
    }),
    convening: {
      id: convening.id,
      title: convening.title,
      status: convening.status,
      cancelReason: convening.cancelReason,
      titleCy: convening.titleCy,
      cancelReasonCy: convening.cancelReasonCy,
      dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone, FORMAT_LOCALE[language]),
      places: convening.places.map((place) => [place.name, place.region].filter(Boolean).join(", ")),
    },
    days: buildAgenda(sessionsAsListed(convening, sessions), {
      includeSpeakers: canSeePeopleNames(person),
      locale: FORMAT_LOCALE[language],
    }),
  });
}

export default function PrintAgendaPage() {
  const { convening, days, contentView } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <ContentViewProvider view={contentView.view} order={contentView.order}>
      <div className="print-agenda">
        <p className="no-print cluster">
          <Link to={`/convenings/${convening.id}`}>{t("convenings.print.back")}</Link>
          <span className="muted">{t("convenings.print.hint")}</span>
        </p>
        <PageContentViewSwitch contentView={contentView} />
        <Content versions={{ en: convening.title, cy: convening.titleCy }} as="h1" />
        <p className="lede">
          {convening.dateRange} · <span lang={HTML_LANG.en}>{convening.places.join("; ")}</span>
        </p>
        <ConveningStatusNotice
          status={convening.status}
          cancelReason={convening.cancelReason}
          cancelReasonCy={convening.cancelReasonCy}
        />
        <AgendaDays days={days} headingLevel={2} />
      </div>
    </ContentViewProvider>
  );
}
