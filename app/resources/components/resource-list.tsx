// A list of resources: each title links to its download (or is the link), with what it is
// ("PDF · 120 KB") and, for readers who see both, whether it is public or private.
import { ContentLang } from "~/i18n/content-lang";
import { useT } from "~/i18n/use-t";
import type { ResourceView } from "../resource-views";

export function ResourceItems({
  resources,
  showVisibility = false,
}: {
  resources: ResourceView[];
  showVisibility?: boolean;
}) {
  const t = useT();
  return (
    <ul className="resource-list">
      {resources.map((resource) => (
        <li key={resource.id} className="resource-list__item">
          <a href={resource.href} rel={resource.kind === "link" ? "noreferrer" : undefined}>
            <ContentLang>{resource.title}</ContentLang>
          </a>{" "}
          <span className="muted">({resource.details})</span>
          {showVisibility ? (
            <span className={resource.isPublic ? "badge badge--success" : "badge badge--neutral"}>
              {resource.isPublic ? t("resources.public") : t("resources.private")}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The convening's own documents and links, as a section of its page, saying how many more are
 * with their sessions; nothing when there are none at all and the reader cannot add any.
 */
export function ConveningResources({
  resources,
  inSessions = 0,
  manageHref,
  showVisibility = false,
}: {
  resources: ResourceView[];
  inSessions?: number;
  manageHref?: string;
  showVisibility?: boolean;
}) {
  const t = useT();
  if (resources.length === 0 && inSessions === 0 && !manageHref) return null;
  return (
    <section aria-labelledby="resources-title">
      <h2 id="resources-title">{t("resources.section")}</h2>
      {resources.length > 0 ? <ResourceItems resources={resources} showVisibility={showVisibility} /> : null}
      {inSessions > 0 ? (
        <p className="muted">
          {t(resources.length > 0 ? "resources.moreInSessions" : "resources.inSessions", { count: inSessions })}
        </p>
      ) : resources.length === 0 ? (
        <p className="muted">{t("resources.none")}</p>
      ) : null}
      {manageHref ? (
        <p className="no-print">
          <a href={manageHref}>{t("resources.manage")}</a>
        </p>
      ) : null}
    </section>
  );
}

/** A session's documents and links, in its place on the agenda. */
export function SessionResources({ resources, sessionTitle }: { resources?: ResourceView[]; sessionTitle: string }) {
  const t = useT();
  if (!resources || resources.length === 0) return null;
  return (
    <div className="agenda__resources">
      <p className="agenda__resources-title">
        {t("resources.section")}
        <span className="visually-hidden">
          {t("resources.forSession")}
          <ContentLang>{sessionTitle}</ContentLang>
        </span>
      </p>
      <ResourceItems resources={resources} />
    </div>
  );
}
