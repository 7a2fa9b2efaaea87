// The programme dashboard's figures from one pass over every action's few small fields. FerretDB
// (SQLite) scans the collection for each query or aggregation, so one scan beats seven.
import { ACTION_STATUSES, type ActionStatus } from "~/domain/vocabulary/follow-ups";
import { addDays, DUE_SOON_DAYS, isActiveStatus } from "./action-rules";

export type DashboardAction = {
  id: string;
  status: ActionStatus;
  dueOn: string | null;
  ownerCityId: string;
  themes: string[];
  lastProgressAt: Date | null;
};

type Counts = Record<ActionStatus, number>;
const emptyCounts = (): Counts => Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as Counts;

export type DashboardFigures<T> = {
  statusTotals: Counts;
  themeCounts: Map<string | null, Counts>;
  cities: Map<string, { counts: Counts; overdue: number; dueSoon: number; recentChanges: number }>;
  overdueTotal: number;
  dueSoonTotal: number;
  overdue: T[];
  dueSoon: T[];
};

/**
 * Counts by status, theme (an action counts under each of its themes; untagged under null) and
 * city, plus the `limit` most overdue and soonest-due active actions.
 */
export function dashboardFigures<T extends DashboardAction>(
  actions: T[],
  options: { today: string; staleBefore: Date; themeCodes: string[]; limit: number },
): DashboardFigures<T> {
  const soon = addDays(options.today, DUE_SOON_DAYS);
  const known = new Set(options.themeCodes);
  const figures: DashboardFigures<T> = {
    statusTotals: emptyCounts(),
    themeCounts: new Map(),
    cities: new Map(),
    overdueTotal: 0,
    dueSoonTotal: 0,
    overdue: [],
    dueSoon: [],
  };
  for (const code of [...options.themeCodes, null]) figures.themeCounts.set(code, emptyCounts());
  for (const action of actions) {
    figures.statusTotals[action.status] += 1;
    const codes = action.themes.filter((code) => known.has(code));
    for (const code of codes.length > 0 ? codes : [null]) figures.themeCounts.get(code)![action.status] += 1;
    const city = figures.cities.get(action.ownerCityId) ?? {
      counts: emptyCounts(),
      overdue: 0,
      dueSoon: 0,
      recentChanges: 0,
    };
    city.counts[action.status] += 1;
    if (action.lastProgressAt && action.lastProgressAt >= options.staleBefore) city.recentChanges += 1;
    if (isActiveStatus(action.status) && action.dueOn) {
      if (action.dueOn < options.today) {
        city.overdue += 1;
        figures.overdueTotal += 1;
        figures.overdue.push(action);
      } else if (action.dueOn <= soon) {
        city.dueSoon += 1;
        figures.dueSoonTotal += 1;
        figures.dueSoon.push(action);
      }
    }
    figures.cities.set(action.ownerCityId, city);
  }
  const byDue = (a: T, b: T) => (a.dueOn! < b.dueOn! ? -1 : a.dueOn! > b.dueOn! ? 1 : a.id < b.id ? -1 : 1);
  figures.overdue = figures.overdue.sort(byDue).slice(0, options.limit);
  figures.dueSoon = figures.dueSoon.sort(byDue).slice(0, options.limit);
  return figures;
}
