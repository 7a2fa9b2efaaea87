// Status badges and the table of actions used on plans, outcomes and the dashboard.
import { Link } from "@remix-run/react";
import type { ActionStatus } from "~/domain/vocabulary/follow-ups";
import { ContentLang } from "~/i18n/content-lang";
import { useT } from "~/i18n/use-t";
import { frameworkLabelText } from "~/i18n/vocabulary";
import { statusLabel } from "../action-words";

const STATUS_BADGE: Record<ActionStatus, string> = {
  open: "badge",
  "in-progress": "badge badge--warning",
  blocked: "badge badge--error",
  done: "badge badge--success",
  dropped: "badge badge--neutral",
};

export function StatusBadge({ status }: { status: ActionStatus }) {
  const t = useT();
  return <span className={STATUS_BADGE[status]}>{statusLabel(t, status)}</span>;
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
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="action-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("actions.table.action")}</th>
            {showCity ? <th scope="col">{t("actions.table.city")}</th> : null}
            <th scope="col">{t("actions.table.owner")}</th>
            <th scope="col">{t("actions.table.due")}</th>
            <th scope="col">{t("actions.table.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link to={`/actions/${row.id}`} lang="en-GB">
                  {row.title}
                </Link>
                {row.priority === "high" ? (
                  <span className="badge badge--error action-table__priority">{t("actions.table.highPriority")}</span>
                ) : null}
                {row.themes.length > 0 ? (
                  <span className="muted action-table__themes">
                    {" "}
                    {row.themes.map((code) => frameworkLabelText(t, code)).join(" · ")}
                  </span>
                ) : null}
                {showSession ? (
                  <span className="action-table__session">
                    {t("actions.table.session")}{" "}
                    {row.sessionTitle ? (
                      <ContentLang>{row.sessionTitle}</ContentLang>
                    ) : (
                      t("actions.table.wholeConvening")
                    )}
                  </span>
                ) : null}
              </td>
              {showCity ? <td data-label={t("actions.table.city")}>{row.cityName}</td> : null}
              <td data-label={t("actions.table.owner")}>
                {row.ownerName ?? <span className="muted">{t("actions.table.noOwner")}</span>}
              </td>
              <td data-label={t("actions.table.due")}>
                {row.isOverdue ? <strong className="action-overdue">{row.dueText}</strong> : row.dueText}
              </td>
              <td data-label={t("actions.table.status")}>
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
  const t = useT();
  return (
    <div className="action-progress">
      <p className="action-progress__figures">
        <strong>{t("actions.summary.done", { done: figures.done, total: figures.total - figures.dropped })}</strong>
        {figures.dropped > 0 ? (
          <span className="muted"> {t("actions.summary.dropped", { count: figures.dropped })}</span>
        ) : null}
        {" · "}
        <span className={figures.overdue > 0 ? "action-overdue" : undefined}>
          {t("actions.summary.overdue", { count: figures.overdue })}
        </span>
        {" · "}
        {t("actions.summary.dueSoon", { count: figures.dueSoon })}
      </p>
      <progress
        className="action-progress__bar"
        max={100}
        value={figures.percentDone}
        aria-label={t("actions.summary.bar", { label, percent: figures.percentDone })}
      >
        {figures.percentDone}%
      </progress>
    </div>
  );
}
