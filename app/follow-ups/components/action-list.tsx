// Status badges and the table of actions used on plans, outcomes and the dashboard.
import { Link } from "@remix-run/react";
import { ACTION_STATUS_LABELS, type ActionStatus } from "~/domain/vocabulary/follow-ups";
import { frameworkLabel } from "~/domain/vocabulary/framework";

const STATUS_BADGE: Record<ActionStatus, string> = {
  open: "badge",
  "in-progress": "badge badge--warning",
  blocked: "badge badge--error",
  done: "badge badge--success",
  dropped: "badge badge--neutral",
};

export function StatusBadge({ status }: { status: ActionStatus }) {
  return <span className={STATUS_BADGE[status]}>{ACTION_STATUS_LABELS[status]}</span>;
}

export type ActionTableRow = {
  id: string;
  title: string;
  status: ActionStatus;
  priority: string;
  dueText: string;
  isOverdue: boolean;
  cityName: string;
  ownerName: string | null;
  themes: string[];
  sessionTitle?: string | null;
};

export function ActionTable({
  caption,
  rows,
  showCity = true,
  showSession = false,
}: {
  caption: string;
  rows: ActionTableRow[];
  showCity?: boolean;
  showSession?: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="action-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            {showCity ? <th scope="col">City</th> : null}
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link to={`/actions/${row.id}`}>{row.title}</Link>
                {row.priority === "high" ? (
                  <span className="badge badge--error action-table__priority">High priority</span>
                ) : null}
                {row.themes.length > 0 ? (
                  <span className="muted action-table__themes"> {row.themes.map(frameworkLabel).join(" · ")}</span>
                ) : null}
                {showSession ? (
                  <span className="action-table__session">
                    Session: {row.sessionTitle ?? "the convening as a whole"}
                  </span>
                ) : null}
              </td>
              {showCity ? <td data-label="City">{row.cityName}</td> : null}
              <td data-label="Owner">{row.ownerName ?? <span className="muted">No owner</span>}</td>
              <td data-label="Due">
                {row.isOverdue ? <strong className="action-overdue">{row.dueText}</strong> : row.dueText}
              </td>
              <td data-label="Status">
                <StatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "3 of 8 done · 2 overdue" with a progress bar that has a text equivalent. */
export function ProgressSummary({
  figures,
  label,
}: {
  figures: { total: number; done: number; dropped: number; overdue: number; dueSoon: number; percentDone: number };
  label: string;
}) {
  return (
    <div className="action-progress">
      <p className="action-progress__figures">
        <strong>
          {figures.done} of {figures.total - figures.dropped} done
        </strong>
        {figures.dropped > 0 ? <span className="muted"> ({figures.dropped} dropped)</span> : null}
        {" · "}
        <span className={figures.overdue > 0 ? "action-overdue" : undefined}>{figures.overdue} overdue</span>
        {" · "}
        {figures.dueSoon} due within 7 days
      </p>
      <progress
        className="action-progress__bar"
        max={100}
        value={figures.percentDone}
        aria-label={`${label}: ${figures.percentDone}% done`}
      >
        {figures.percentDone}%
      </progress>
    </div>
  );
}
