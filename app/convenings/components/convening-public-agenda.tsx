// A convening's briefing: summary, aims, places and agenda. Used by the public share page and the
// printable agenda, so it takes only what is safe to show to people without an account.
import type { AgendaDay } from "~/domain/agenda/agenda-view";
import { AgendaDays } from "~/agenda/components/agenda-days";
import { conveningKindLabel } from "~/domain/vocabulary/convenings";
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
  return (
    <article className="public-agenda">
      <p className="cluster">
        <span className="badge">{conveningKindLabel(convening.kind)}</span>
      </p>
      <h1>{convening.title}</h1>
      <p className="lede">
        {convening.dateRange}
        {convening.hostCityName ? ` · Hosted by ${convening.hostCityName}` : ""}
      </p>
      <ConveningStatusNotice status={convening.status} cancelReason={convening.cancelReason} />
      {convening.summary ? <p>{convening.summary}</p> : null}
      <ConveningAims aims={convening.aims} />
      {resources ? (
        <ConveningResources
          resources={resources.convening}
          inSessions={Object.values(resources.bySession).flat().length}
        />
      ) : null}
      <section aria-labelledby="places-title">
        <h2 id="places-title">{convening.places.length === 1 ? "Place" : "Places"}</h2>
        <ul className="places">
          {convening.places.map((place, index) => (
            <li key={index}>
              <strong>{place.name}</strong>
              {[place.address, place.region, place.country].filter(Boolean).length > 0
                ? `, ${[place.address, place.region, place.country].filter(Boolean).join(", ")}`
                : ""}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">Agenda</h2>
        <p className="muted no-print">
          Times are local to each session's place
          {viewerZoneShown ? "; your own time is shown beside them where it differs" : ""}.
        </p>
        <AgendaDays days={days} resourcesBySession={resources?.bySession} />
      </section>
    </article>
  );
}
