// A server-rendered stacked bar chart of actions by theme and status. The same figures are in the
// table that follows it, so the picture is a shortcut, never the only way to read them.
import { ACTION_STATUSES, type ActionStatus } from "~/domain/vocabulary/follow-ups";
import { useT } from "~/i18n/use-t";
import { statusLabel } from "../action-words";

// Each colour has at least 3:1 contrast against white (WCAG non-text contrast).
export const STATUS_COLOURS: Record<ActionStatus, string> = {
  open: "#0b5c63",
  "in-progress": "#9a6200",
  blocked: "#b3261e",
  done: "#1e6b34",
  dropped: "#5f6773",
};

type Row = { code: string | null; title: string; counts: Record<ActionStatus, number> };

const LABEL_WIDTH = 64;
const BAR_WIDTH = 520;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 22;

export function ThemeStatusChart({ rows, titleId }: { rows: Row[]; titleId: string }) {
  const t = useT();
  const totals = rows.map((row) => ACTION_STATUSES.reduce((sum, status) => sum + row.counts[status], 0));
  const max = Math.max(1, ...totals);
  const height = rows.length * ROW_HEIGHT + 40;
  const width = LABEL_WIDTH + BAR_WIDTH + 60;
  return (
    <figure className="action-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId}-svg-title ${titleId}-desc`}
        className="action-chart__svg"
      >
        <title id={`${titleId}-svg-title`}>{t("dashboard.chart.title")}</title>
        <desc id={`${titleId}-desc`}>
          {rows
            .map(
              (row, index) =>
                `${row.code ?? t("dashboard.chart.noTheme")}: ${t("dashboard.chart.actions", { count: totals[index] })}`,
            )
            .join("; ")}
          . {t("dashboard.chart.tableBelow")}
        </desc>
        {rows.map((row, index) => {
          let x = LABEL_WIDTH;
          const y = index * ROW_HEIGHT + 6;
          return (
            <g key={row.code ?? "none"}>
              <text x={0} y={y + BAR_HEIGHT / 2 + 5} fontSize="14" fill="#1b1f24">
                {row.code ?? t("dashboard.chart.none")}
              </text>
              {ACTION_STATUSES.map((status) => {
                const count = row.counts[status];
                if (count === 0) return null;
                const segment = (count / max) * BAR_WIDTH;
                const rect = (
                  <rect
                    key={status}
                    x={x}
                    y={y}
                    width={Math.max(segment, 1)}
                    height={BAR_HEIGHT}
                    fill={STATUS_COLOURS[status]}
                    stroke="#fff"
                    strokeWidth={1}
                  >
                    <title>{`${row.title}: ${count} ${statusLabel(t, status).toLowerCase()}`}</title>
                  </rect>
                );
                x += segment;
                return rect;
              })}
              <text x={x + 6} y={y + BAR_HEIGHT / 2 + 5} fontSize="14" fill="#1b1f24">
                {totals[index]}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL_WIDTH}, ${rows.length * ROW_HEIGHT + 14})`}>
          {ACTION_STATUSES.map((status, index) => (
            <g key={status} transform={`translate(${index * 104}, 0)`}>
              <rect width={14} height={14} fill={STATUS_COLOURS[status]} />
              <text x={20} y={12} fontSize="13" fill="#1b1f24">
                {statusLabel(t, status)}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
