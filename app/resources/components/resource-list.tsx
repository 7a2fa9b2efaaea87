// A list of resources: each title links to its download (or is the link), with what it is
// ("PDF · 120 KB") and, for readers who see both, whether it is public or private.
import type { ResourceView } from "../resource-views";

export function ResourceItems({
  resources,
  showVisibility = false,
}: {
  resources: ResourceView[];
  showVisibility?: boolean;
}) {
  return (
    <ul className="resource-list">
      {resources.map((resource) => (
        <li key={resource.id} className="resource-list__item">
          <a href={resource.href} rel={resource.kind === "link" ? "noreferrer" : undefined}>
            {resource.title}
          </a>{" "}
          <span className="muted">({resource.details})</span>
          {showVisibility ? (
            <span className={resource.isPublic ? "badge badge--success" : "badge badge--neutral"}>
              {resource.isPublic ? "Public" : "Private"}
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
  if (resources.length === 0 && inSessions === 0 && !manageHref) return null;
  return (
    <section aria-labelledby="resources-title">
      <h2 id="resources-title">Documents and links</h2>
      {resources.length > 0 ? <ResourceItems resources={resources} showVisibility={showVisibility} /> : null}
      {inSessions > 0 ? (
        <p className="muted">
          {resources.length > 0 ? "More with their sessions" : "With their sessions"} on the agenda below:{" "}
          {inSessions === 1 ? "one document or link" : `${inSessions} documents and links`}.
        </p>
      ) : resources.length === 0 ? (
        <p className="muted">No documents or links yet.</p>
      ) : null}
      {manageHref ? (
        <p className="no-print">
          <a href={manageHref}>Add or change documents and links</a>
        </p>
      ) : null}
    </section>
  );
}

/** A session's documents and links, in its place on the agenda. */
export function SessionResources({ resources, sessionTitle }: { resources?: ResourceView[]; sessionTitle: string }) {
  if (!resources || resources.length === 0) return null;
  return (
    <div className="agenda__resources">
      <p className="agenda__resources-title">
        Documents and links<span className="visually-hidden"> for {sessionTitle}</span>
      </p>
      <ResourceItems resources={resources} />
    </div>
  );
}
