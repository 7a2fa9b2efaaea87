import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ViewerTimeZone } from "~/agenda/components/viewer-time-zone";
import { ConveningCalendarOffer } from "~/calendar/components/convening-calendar-offer";
import { conveningCalendarLinks } from "~/calendar/feeds.server";
import { conveningFeedUrl } from "~/calendar/subscribe-urls";
import { ConveningPublicAgenda } from "~/convenings/components/convening-public-agenda";
import { ContentViewProvider, PageContentViewSwitch } from "~/bilingual/components/content";
import { pageContentView } from "~/bilingual/content-view.server";
import { loadSharedResourceLinks } from "~/resources/resources.server";
import { buildAgenda, sessionsAsListed, viewerZoneFromCookie } from "~/domain/agenda/agenda-view";
import { formatDateRange } from "~/domain/local-time";
import { connectDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { invariantResponse } from "~/utils/invariant";
import { listAgendaSessions } from "~models/agenda-session.server";
import { getCityById } from "~models/city.server";
import { getConveningByShareToken } from "~models/convening.server";
import { FORMAT_LOCALE, HTML_LANG } from "~/domain/languages";
import { translatorOfMatches } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorOfMatches(matches);
  const title = data?.convening.title ?? t?.("share.titleFallback") ?? "Agenda";
  return [{ title: t ? t("share.title", { title }) : title }, { name: "robots", content: "noindex" }];
};

// Public and read-only: anyone with the link, no account. No personal data: no names of speakers
// or attendees, no joining link. The calendar links are the convening's public ones.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDb();
  const { language, t } = await translateRequest(request);
  const convening = await getConveningByShareToken(params.token ?? "");
  invariantResponse(convening, t("share.notFound"), { status: 404 });
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
        titleCy: convening.titleCy,
        summaryCy: convening.summaryCy,
        aimsCy: convening.aimsCy,
        cancelReasonCy: convening.cancelReasonCy,
        dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone, FORMAT_LOCALE[language]),
        hostCityName: hostCity?.name ?? null,
        aims: convening.aims,
        places: convening.places,
      },
      days: buildAgenda(sessionsAsListed(convening, sessions), {
        viewerZone,
        event: convening,
        includeSpeakers: false,
        locale: FORMAT_LOCALE[language],
      }),
      viewerZone,
      sessionCount: sessions.filter((session) => !session.cancelledAt).length,
      language,
      // A Welsh host city's shared agenda opens in both languages, Welsh first (decision 038).
      contentView: pageContentView(request, {
        language,
        convening,
        sessions,
        hostNation: hostCity?.nation ?? null,
        isBothInWales: true,
      }),
      // Public documents and links only, downloaded by this link's token.
      resources: await loadSharedResourceLinks(convening, params.token ?? "", sessions),
      calendar: { addToCalendar, feedUrl: conveningFeedUrl(getEnv().APP_URL, convening.id) },
    },
    { headers: { "X-Robots-Tag": "noindex" } },
  );
}

export default function SharedAgendaPage() {
  const { convening, days, viewerZone, sessionCount, language, resources, calendar, contentView } =
    useLoaderData<typeof loader>();
  const t = useT();
  return (
    <ContentViewProvider view={contentView.view} order={contentView.order}>
      <ViewerTimeZone serverZone={viewerZone} />
      <p className="notice no-print">{t("share.notice")}</p>
      <p className="muted">{t("share.sessionCount", { count: sessionCount })}</p>
      <PageContentViewSwitch contentView={contentView} />
      <ConveningPublicAgenda
        convening={convening}
        days={days}
        viewerZoneShown={Boolean(viewerZone)}
        resources={resources}
      />
      {/* The calendar offer's words are in English for now, and say so to readers. */}
      <div lang={language === "en" ? undefined : HTML_LANG.en}>
        <ConveningCalendarOffer title={convening.title} {...calendar} />
      </div>
    </ContentViewProvider>
  );
}
