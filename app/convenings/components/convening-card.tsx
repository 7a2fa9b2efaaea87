import { Link } from "@remix-run/react";
import { conveningKindLabel } from "~/domain/vocabulary/convenings";

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
  return (
    <article className="card">
      <p className="cluster">
        <span className="badge">{conveningKindLabel(convening.kind)}</span>
        <span className={STATUS_BADGES[convening.status] ?? "badge"}>{convening.status}</span>
      </p>
      <h3>
        <Link to={`/convenings/${convening.id}`}>{convening.title}</Link>
      </h3>
      <p className="muted">
        {convening.dateRange} · {convening.where}
      </p>
    </article>
  );
}
