// A convening's briefing: summary, aims, places and agenda. Used by the public share page and the
// printable agenda, so it takes only what is safe to show to people without an account.
import type { AgendaDay } from "~/domain/agenda/agenda-view";
import { AgendaDays } from "~/agenda/components/agenda-days";
import { HTML_LANG } from "~/domain/languages";
import { Content } from "~/bilingual/components/content";
import { useT } from "~/i18n/use-t";
import { conveningKindText } from "~/i18n/vocabulary";
import { ConveningStatusNotice } from "./convening-status-notice";
import { ConveningAims } from "~/convenings/components/convening-aims";
import { ConveningResources } from "~/resources/components/resource-list";
import type { ResourceLinks } from "~/resources/resource-views";

export type PublicConvening = {
  title: string;
  kind: string;
  status: string;
  cancelReason: string;
  summary: string;
  dateRange: string;
  hostCityName: string | null;
  aims: string[];
  /** Welsh versions, where written (decision 038). */
  titleCy?: string;
  summaryCy?: string;
  aimsCy?: string[];
  cancelReasonCy?: string;
  places: Array<{ name: string; address: string; region: string; country: string; timeZone: string }>;
};

export function ConveningPublicAgenda({
  convening,
  days,
  viewerZoneShown,
  resources,
}: {
  convening: PublicConvening;
  days: AgendaDay[];
  viewerZoneShown: boolean;
  /** The public documents and links (the share page), by convening and session. */
  resources?: ResourceLinks;
}) {
  const t = useT();
  return (
    <article className="public-agenda">
      <p className="cluster">
        <span className="badge">{conveningKindText(t, convening.kind)}</span>
      </p>
      <Content versions={{ en: convening.title, cy: convening.titleCy ?? "" }} as="h1" />
      <p className="lede">
        {convening.dateRange}
        {convening.hostCityName ? t("convenings.page.hostedBy", { city: convening.hostCityName }) : ""}
      </p>
      <ConveningStatusNotice
        status={convening.status}
        cancelReason={convening.cancelReason}
        cancelReasonCy={convening.cancelReasonCy}
      />
      {convening.summary || convening.summaryCy ? (
        <Content versions={{ en: convening.summary, cy: convening.summaryCy ?? "" }} as="p" />
      ) : null}
      <ConveningAims aims={convening.aims} aimsCy={convening.aimsCy} />
      {resources ? (
        <ConveningResources
          resources={resources.convening}
          inSessions={Object.values(resources.bySession).flat().length}
        />
      ) : null}
      <section aria-labelledby="places-title">
        <h2 id="places-title">{t("convenings.public.place", { count: convening.places.length })}</h2>
        <ul className="places">
          {convening.places.map((place, index) => (
            <li key={index} lang={HTML_LANG.en}>
              <strong>{place.name}</strong>
              {[place.address, place.region, place.country].filter(Boolean).length > 0
                ? `, ${[place.address, place.region, place.country].filter(Boolean).join(", ")}`
                : ""}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t("convenings.page.agendaTitle")}</h2>
        <p className="muted no-print">
          {viewerZoneShown ? t("convenings.page.timesLocalWithViewer") : t("convenings.page.timesLocal")}
        </p>
        <AgendaDays days={days} resourcesBySession={resources?.bySession} />
      </section>
    </article>
  );
}
