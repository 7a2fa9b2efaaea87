import { Link } from "@remix-run/react";
import { ContentLang } from "~/i18n/content-lang";
import { useT } from "~/i18n/use-t";
import { conveningKindText, conveningStatusText } from "~/i18n/vocabulary";

const STATUS_BADGES: Record<string, string> = {
  draft: "badge badge--warning",
  published: "badge badge--success",
  cancelled: "badge badge--error",
  completed: "badge badge--neutral",
};

export type ConveningCardData = {
  id: string;
  title: string;
  kind: string;
  status: string;
  dateRange: string;
  where: string;
};

export function ConveningCard({ convening }: { convening: ConveningCardData }) {
  const t = useT();
  return (
    <article className="card">
      <p className="cluster">
        <span className="badge">{conveningKindText(t, convening.kind)}</span>
        <span className={STATUS_BADGES[convening.status] ?? "badge"}>{conveningStatusText(t, convening.status)}</span>
      </p>
      <h3>
        <Link to={`/convenings/${convening.id}`}>
          <ContentLang>{convening.title}</ContentLang>
        </Link>
      </h3>
      <p className="muted">
        {convening.dateRange} · {convening.where}
      </p>
    </article>
  );
}
