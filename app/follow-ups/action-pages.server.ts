// The data behind each action page, loaded in a fixed number of queries whatever the number of
// actions, and shaped for the page (names resolved, figures computed).
import {
  changesSince,
  compareForPlan,
  describeDue,
  groupByTheme,
  isOverdue,
  progressFigures,
  STALE_CITY_DAYS,
  todayIn,
} from "~/domain/follow-ups/action-rules";
import { ACTION_STATUSES, type ActionStatus } from "~/domain/vocabulary/follow-ups";
import { dashboardFigures } from "~/domain/follow-ups/dashboard-figures";
import { formatDateRange } from "~/domain/local-time";
import type { Viewer } from "~/accounts/policy";
import { canReadConvening } from "~/convenings/policy";
import { getCityBySlug, listCities } from "~models/city.server";
import {
  getConveningsByIds,
  getLastConveningBefore,
  getPeopleByIds,
  getSessionsByIds,
} from "~models/queries/action-context.server";
import { listFrameworkItems } from "~models/framework.server";
import {
  listActionsForCity,
  listActionsForConvening,
  listActionsForDashboard,
  type ActionSummary,
} from "~models/follow-up-action.server";

export type ActionRow = {
  id: string;
  title: string;
  status: ActionStatus;
  priority: string;
  dueOn: string | null;
  dueText: string;
  isOverdue: boolean;
  cityName: string;
  ownerName: string | null;
  themes: string[];
  sessionTitle: string | null;
  conveningTitle: string | null;
};

type Names = {
  city: Map<string, string>;
  person: Map<string, string>;
  session?: Map<string, string>;
  convening?: Map<string, string>;
};

function toRow(action: ActionSummary, today: string, names: Names): ActionRow {
  return {
    id: action.id,
    title: action.title,
    status: action.status,
    priority: action.priority,
    dueOn: action.dueOn,
    dueText: describeDue(action, today),
    isOverdue: isOverdue(action, today),
    cityName: names.city.get(action.ownerCityId) ?? "Unknown city",
    ownerName: action.ownerPersonId ? (names.person.get(action.ownerPersonId) ?? null) : null,
    themes: action.themes,
    sessionTitle: action.sessionId ? (names.session?.get(action.sessionId) ?? null) : null,
    conveningTitle: action.conveningId ? (names.convening?.get(action.conveningId) ?? null) : null,
  };
}

const nameMap = (items: Array<{ id: string; name?: string; title?: string }>) =>
  new Map(items.map((item) => [item.id, item.name ?? item.title ?? ""]));

/** A city's action plan: by theme, with progress figures and what changed since the last convening. */
export async function loadCityPlan(viewer: Viewer, slug: string, now = new Date()) {
  const city = await getCityBySlug(slug);
  if (!city) return null;
  const today = todayIn(now);
  const [actions, framework, lastConvening] = await Promise.all([
    listActionsForCity(city.id),
    listFrameworkItems(),
    getLastConveningBefore(now),
  ]);
  const [people, convenings] = await Promise.all([
    getPeopleByIds(actions.map((action) => action.ownerPersonId)),
    getConveningsByIds(actions.map((action) => action.conveningId).filter((id): id is string => Boolean(id))),
  ]);
  const names: Names = {
    city: new Map([[city.id, city.name]]),
    person: nameMap(people),
    // A draft convening's title is the programme team's until it is published.
    convening: nameMap(convenings.filter((convening) => canReadConvening(viewer, convening))),
  };
  const sorted = [...actions].sort(compareForPlan);
  const themes = framework.filter((item) => item.kind === "theme");
  const groups = groupByTheme(sorted, themes).map((group) => ({
    code: group.code,
    title: group.title,
    figures: progressFigures(group.actions, today),
    actions: group.actions.map((action) => toRow(action, today, names)),
  }));
  const changes = lastConvening ? changesSince(actions, lastConvening.startsAt) : null;
  return {
    city: { id: city.id, slug: city.slug, name: city.name },
    today,
    figures: progressFigures(actions, today),
    groups,
    themes: themes.map((theme) => ({ code: theme.code, title: theme.title })),
    principles: framework
      .filter((item) => item.kind === "principle")
      .map((item) => ({ code: item.code, title: item.title })),
    lastConvening: lastConvening
      ? {
          id: lastConvening.id,
          title: lastConvening.title,
          when: formatDateRange(lastConvening.startsAt, lastConvening.endsAt, lastConvening.timeZone),
        }
      : null,
    changes,
  };
}

/** Every action raised at a convening, by city and then status. */
export async function loadConveningOutcomes(conveningId: string, now = new Date()) {
  const today = todayIn(now);
  const [actions, cities] = await Promise.all([listActionsForConvening(conveningId), listCities()]);
  const [people, sessions] = await Promise.all([
    getPeopleByIds(actions.map((action) => action.ownerPersonId)),
    getSessionsByIds(actions.map((action) => action.sessionId).filter((id): id is string => Boolean(id))),
  ]);
  const names: Names = { city: nameMap(cities), person: nameMap(people), session: nameMap(sessions) };
  const byCity = new Map<string, ActionSummary[]>();
  for (const action of actions) byCity.set(action.ownerCityId, [...(byCity.get(action.ownerCityId) ?? []), action]);
  const cityGroups = cities
    .filter((city) => byCity.has(city.id))
    .map((city) => {
      const cityActions = byCity.get(city.id)!;
      return {
        city: { id: city.id, slug: city.slug, name: city.name },
        figures: progressFigures(cityActions, today),
        byStatus: ACTION_STATUSES.map((status) => ({
          status,
          actions: cityActions
            .filter((action) => action.status === status)
            .sort(compareForPlan)
            .map((action) => toRow(action, today, names)),
        })).filter((group) => group.actions.length > 0),
      };
    });
  return { today, figures: progressFigures(actions, today), cityGroups };
}

export const DASHBOARD_LIST_LIMIT = 50;

/** The programme dashboard: attention lists, quiet cities and counts by theme and status. */
export async function loadDashboard(now = new Date()) {
  const today = todayIn(now);
  const staleBefore = new Date(now.getTime() - STALE_CITY_DAYS * 24 * 60 * 60 * 1000);
  const [cities, framework, actions] = await Promise.all([
    listCities(),
    listFrameworkItems(),
    listActionsForDashboard(),
  ]);
  const themes = framework.filter((item) => item.kind === "theme");
  // The most pressing first; the rest are counted per city and one click away on each plan.
  const figures = dashboardFigures(actions, {
    today,
    staleBefore,
    themeCodes: themes.map((theme) => theme.code),
    limit: DASHBOARD_LIST_LIMIT,
  });
  const people = await getPeopleByIds([...figures.overdue, ...figures.dueSoon].map((action) => action.ownerPersonId));
  const names: Names = { city: nameMap(cities), person: nameMap(people) };
  const emptyCounts = () =>
    Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as Record<ActionStatus, number>;
  const themeRows = [
    ...themes.map((theme) => ({ code: theme.code as string | null, title: theme.title })),
    { code: null, title: "No theme yet" },
  ].map((theme) => ({
    ...theme,
    counts: figures.themeCounts.get(theme.code) ?? emptyCounts(),
  }));
  const cityRows = cities.map((city) => {
    const cityFigures = figures.cities.get(city.id) ?? {
      counts: emptyCounts(),
      overdue: 0,
      dueSoon: 0,
      recentChanges: 0,
    };
    return {
      id: city.id,
      slug: city.slug,
      name: city.name,
      counts: cityFigures.counts,
      total: Object.values(cityFigures.counts).reduce((sum, count) => sum + count, 0),
      overdue: cityFigures.overdue,
      dueSoon: cityFigures.dueSoon,
      recentChanges: cityFigures.recentChanges,
      isQuiet: cityFigures.recentChanges === 0,
    };
  });
  return {
    today,
    staleSince: todayIn(staleBefore),
    totals: {
      ...figures.statusTotals,
      all: actions.length,
      overdue: figures.overdueTotal,
      dueSoon: figures.dueSoonTotal,
    },
    overdue: figures.overdue.map((action) => toRow(action, today, names)),
    dueSoon: figures.dueSoon.map((action) => toRow(action, today, names)),
    quietCities: cityRows.filter((city) => city.isQuiet),
    cityRows,
    themeRows,
  };
}
