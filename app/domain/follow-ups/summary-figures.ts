// The dashboard's and a city plan's figures for one day, read from their summaries
// (action-summary.ts). null means the summary cannot answer for that day (its window has passed
// or a list ran short): the caller rebuilds it from the actions.
import { ACTION_STATUSES, type ActionStatus } from "~/domain/vocabulary/follow-ups";
import { THEME_CODES } from "~/domain/vocabulary/framework";
import { addDays, DUE_SOON_DAYS, STALE_CITY_DAYS, type ProgressFigures } from "./action-rules";
import {
  isWithinWindow,
  NO_THEME,
  STATUS_CHANGES_KEPT,
  type StatusChange,
  type Summary,
  type SummaryRow,
} from "./action-summary";

type Counts = Record<ActionStatus, number>;

function countsOf(tallies: Record<string, number>, prefix: string): Counts {
  return Object.fromEntries(ACTION_STATUSES.map((status) => [status, tallies[`${prefix}s:${status}`] ?? 0])) as Counts;
}

/** Active dated actions under `prefix`: due before today, and due from today to a week later. */
function dueFigures(tallies: Record<string, number>, prefix: string, today: string) {
  const soon = addDays(today, DUE_SOON_DAYS);
  let overdue = 0;
  let dueSoon = 0;
  const start = `${prefix}d:`;
  for (const [key, count] of Object.entries(tallies)) {
    if (!key.startsWith(start)) continue;
    const day = key.slice(start.length);
    if (day === "<" || day < today) overdue += count;
    else if (day !== ">" && day <= soon) dueSoon += count;
  }
  return { overdue, dueSoon };
}

function recentChanges(tallies: Record<string, number>, prefix: string, today: string) {
  const staleDay = addDays(today, -STALE_CITY_DAYS);
  const start = `${prefix}p:`;
  let count = 0;
  for (const [key, value] of Object.entries(tallies)) {
    if (!key.startsWith(start)) continue;
    const day = key.slice(start.length);
    if (day === ">" || (day !== "<" && day >= staleDay)) count += value;
  }
  return count;
}

function progressFigures(counts: Counts, due: { overdue: number; dueSoon: number }): ProgressFigures {
  const total = ACTION_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const committed = total - counts.dropped;
  return {
    total,
    done: counts.done,
    dropped: counts.dropped,
    active: committed - counts.done,
    overdue: due.overdue,
    dueSoon: due.dueSoon,
    percentDone: committed === 0 ? 0 : Math.round((counts.done / committed) * 100),
  };
}

/** The first `limit` rows a list holds that pass `keep`, or null when the list may miss some. */
function firstRows(
  reservoir: Summary["reservoirs"][string] | undefined,
  keep: (row: SummaryRow) => boolean,
  isPast: (row: SummaryRow) => boolean,
  limit: number,
): SummaryRow[] | null {
  if (!reservoir) return null;
  const rows = reservoir.rows.filter(keep);
  if (rows.length >= limit || reservoir.isComplete) return rows.slice(0, limit);
  // Rows beyond the list sort after its last one: none of them is wanted once that one is past.
  const last = reservoir.rows.at(-1);
  return last && isPast(last) ? rows : null;
}

export type DashboardFigures = {
  statusTotals: Counts;
  themeCounts: Map<string | null, Counts>;
  cities: Map<string, { counts: Counts; overdue: number; dueSoon: number; recentChanges: number }>;
  overdueTotal: number;
  dueSoonTotal: number;
  overdue: SummaryRow[];
  dueSoon: SummaryRow[];
};

/** Every figure of the programme dashboard, or null when the summary must be rebuilt first. */
export function dashboardFromSummary(
  summary: Summary,
  options: { today: string; cityIds: string[]; limit: number },
): DashboardFigures | null {
  const { today, limit } = options;
  if (!isWithinWindow(summary.window, today)) return null;
  const soon = addDays(today, DUE_SOON_DAYS);
  const overdue = firstRows(
    summary.reservoirs.overdue,
    (row) => (row.dueOn ?? "") < today,
    (row) => (row.dueOn ?? "") >= today,
    limit,
  );
  const dueSoon = firstRows(
    summary.reservoirs.upcoming,
    (row) => (row.dueOn ?? "") >= today && (row.dueOn ?? "") <= soon,
    (row) => (row.dueOn ?? "") > soon,
    limit,
  );
  if (!overdue || !dueSoon) return null;
  const { tallies } = summary;
  const cities = new Map(
    options.cityIds.map((cityId) => {
      const prefix = `c:${cityId}|`;
      const due = dueFigures(tallies, prefix, today);
      return [
        cityId,
        { counts: countsOf(tallies, prefix), ...due, recentChanges: recentChanges(tallies, prefix, today) },
      ];
    }),
  );
  let overdueTotal = 0;
  let dueSoonTotal = 0;
  for (const city of cities.values()) {
    overdueTotal += city.overdue;
    dueSoonTotal += city.dueSoon;
  }
  const themeCounts = new Map<string | null, Counts>([
    ...THEME_CODES.map((code): [string, Counts] => [code, countsOf(tallies, `t:${code}|`)]),
    [null, countsOf(tallies, `t:${NO_THEME}|`)],
  ]);
  return { statusTotals: countsOf(tallies, ""), themeCounts, cities, overdueTotal, dueSoonTotal, overdue, dueSoon };
}

export type PlanThemeFigures = { code: string | null; figures: ProgressFigures; rows: SummaryRow[] };

export type PlanFigures = {
  figures: ProgressFigures;
  themes: PlanThemeFigures[];
  changes: {
    created: number;
    progressUpdates: number;
    statusChangeCount: number;
    statusChanges: StatusChange[];
  } | null;
};

/**
 * A city plan's figures and the first `limit` actions of each theme in plan order, or null when
 * the summary must be rebuilt first (its window passed, it counts changes from another convening,
 * or a list ran short).
 */
export function cityPlanFromSummary(
  summary: Summary,
  options: { today: string; since: string | null; limit: number },
): PlanFigures | null {
  const { today, limit, since } = options;
  if (!isWithinWindow(summary.window, today) || summary.since !== since) return null;
  const { tallies } = summary;
  const themes: PlanThemeFigures[] = [];
  for (const code of [...THEME_CODES, NO_THEME]) {
    const prefix = `t:${code}|`;
    const figures = progressFigures(countsOf(tallies, prefix), dueFigures(tallies, prefix, today));
    if (figures.total === 0) continue;
    const reservoir = summary.reservoirs[`theme:${code}`];
    if (!reservoir) return null;
    const wanted = Math.min(limit, figures.total);
    if (reservoir.rows.length < wanted) return null;
    themes.push({ code: code === NO_THEME ? null : code, figures, rows: reservoir.rows.slice(0, wanted) });
  }
  const statusChangeCount = tallies["x:status"] ?? 0;
  if (summary.statusChanges.rows.length < Math.min(STATUS_CHANGES_KEPT, statusChangeCount)) return null;
  return {
    figures: progressFigures(countsOf(tallies, ""), dueFigures(tallies, "", today)),
    themes,
    changes:
      since === null
        ? null
        : {
            created: tallies["x:created"] ?? 0,
            progressUpdates: tallies["x:notes"] ?? 0,
            statusChangeCount,
            statusChanges: summary.statusChanges.rows,
          },
  };
}
