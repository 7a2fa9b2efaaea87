// The data behind each action page, loaded in a fixed number of queries whatever the number of
// actions, and shaped for the page (names resolved, figures computed).
import {
  addDays,
  compareForPlan,
  dueState,
  formatDay,
  isOverdue,
  progressFigures,
  STALE_CITY_DAYS,
  todayIn,
} from "~/domain/follow-ups/action-rules";
import { buildSummary, windowFor, type SummaryRow } from "~/domain/follow-ups/action-summary";
import { cityPlanFromSummary, dashboardFromSummary } from "~/domain/follow-ups/summary-figures";
import { ACTION_STATUSES, type ActionStatus } from "~/domain/vocabulary/follow-ups";
import { PRINCIPLE_CODES, THEME_CODES } from "~/domain/vocabulary/framework";
import { formatDateRange } from "~/domain/local-time";
import { FORMAT_LOCALE } from "~/domain/languages";
import { frameworkTitleText } from "~/i18n/vocabulary";
import { ENGLISH_WORDS, type Words } from "./action-service.server";
import { dueText } from "./action-words";
import type { Viewer } from "~/accounts/policy";
import { getCityBySlug, listCities } from "~models/city.server";
import { getLastConveningEndedBy, getPeopleByIds, getSessionsByIds } from "~models/queries/action-context.server";
import {
  readCitySummary,
  readProgrammeSummary,
  rebuildCitySummary,
  rebuildProgrammeSummary,
} from "~models/queries/action-summaries.server";
import {
  listActionsForConvening,
  readActionFacts,
  type ActionFilter,
  type ActionSummary,
} from "~models/follow-up-action.server";
import { readDashboardFilter } from "./dashboard-filter.server";

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

function toRow(action: ActionSummary, today: string, names: Names, { t, language }: Words): ActionRow {
  return {
    id: action.id,
    title: action.title,
    status: action.status,
    priority: action.priority,
    dueOn: action.dueOn,
    dueText: dueText(t, dueState(action, today), FORMAT_LOCALE[language]),
    isOverdue: isOverdue(action, today),
    cityName: names.city.get(action.ownerCityId) ?? t("actions.unknownCity"),
    ownerName: action.ownerPersonId ? (names.person.get(action.ownerPersonId) ?? null) : null,
    themes: action.themes,
    sessionTitle: action.sessionId ? (names.session?.get(action.sessionId) ?? null) : null,
    conveningTitle: action.conveningId ? (names.convening?.get(action.conveningId) ?? null) : null,
  };
}

const nameMap = (items: Array<{ id: string; name?: string; title?: string }>) =>
  new Map(items.map((item) => [item.id, item.name ?? item.title ?? ""]));

/** Actions a plan lists under each theme, most pressing first; the CSV export has them all. */
export const PLAN_THEME_LIMIT = 20;

/** A row as the tables show it, from a summary's row (names stored with it). */
function summaryRowToRow(row: SummaryRow, today: string, cityName: string, { t, language }: Words): ActionRow {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    priority: row.priority,
    dueOn: row.dueOn,
    dueText: dueText(t, dueState(row, today), FORMAT_LOCALE[language]),
    isOverdue: isOverdue(row, today),
    cityName,
    ownerName: row.ownerName,
    themes: row.themes,
    sessionTitle: null,
    conveningTitle: null,
  };
}

async function cityPlanFigures(cityId: string, today: string, since: string | null) {
  const options = { today, since, limit: PLAN_THEME_LIMIT };
  const stored = await readCitySummary(cityId);
  const figures = stored ? cityPlanFromSummary(stored.summary, options) : null;
  if (figures) return figures;
  // Missing, or unable to answer for today: built from the city's actions once, then kept right.
  const rebuilt = await rebuildCitySummary(cityId, { today, since }, stored);
  return cityPlanFromSummary(rebuilt, options)!;
}

/**
 * A city's action plan: progress figures, each theme's most pressing actions, and what changed
 * since the last convening. Read from the city's summary: the same queries whatever its size.
 */
export async function loadCityPlan(_viewer: Viewer, slug: string, now = new Date(), words: Words = ENGLISH_WORDS) {
  const { t, language } = words;
  const city = await getCityBySlug(slug);
  if (!city) return null;
  const today = todayIn(now);
  const lastConvening = await getLastConveningEndedBy(now);
  const since = lastConvening ? lastConvening.startsAt.toISOString() : null;
  const plan = await cityPlanFigures(city.id, today, since);
  const themes = THEME_CODES.map((code) => ({ code, title: frameworkTitleText(t, code) }));
  const titles = new Map<string | null, string>([
    ...themes.map((theme): [string, string] => [theme.code, theme.title]),
  ]);
  const groups = plan.themes.map((group) => ({
    code: group.code,
    title: titles.get(group.code) ?? t("plans.noTheme"),
    figures: group.figures,
    actions: group.rows.map((row) => summaryRowToRow(row, today, city.name, words)),
  }));
  return {
    city: { id: city.id, slug: city.slug, name: city.name },
    today,
    figures: plan.figures,
    groups,
    themes,
    principles: PRINCIPLE_CODES.map((code) => ({ code, title: frameworkTitleText(t, code) })),
    lastConvening: lastConvening
      ? {
          id: lastConvening.id,
          title: lastConvening.title,
          when: formatDateRange(
            lastConvening.startsAt,
            lastConvening.endsAt,
            lastConvening.timeZone,
            FORMAT_LOCALE[language],
          ),
        }
      : null,
    changes: plan.changes
      ? {
          since: since!,
          created: plan.changes.created,
          progressUpdates: plan.changes.progressUpdates,
          statusChangeCount: plan.changes.statusChangeCount,
          // The day is worded here: a browser's Welsh month names may differ from the server's.
          statusChanges: plan.changes.statusChanges.map(({ id, title, from, to, at }) => ({
            id,
            title,
            from,
            to,
            at,
            day: formatDay(at.slice(0, 10), FORMAT_LOCALE[language]),
          })),
        }
      : null,
  };
}

/** Every action raised at a convening, by city and then status. */
export async function loadConveningOutcomes(conveningId: string, now = new Date(), words: Words = ENGLISH_WORDS) {
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
            .map((action) => toRow(action, today, names, words)),
        })).filter((group) => group.actions.length > 0),
      };
    });
  return { today, figures: progressFigures(actions, today), cityGroups };
}

export const DASHBOARD_LIST_LIMIT = 50;

async function dashboardFigures(today: string, cityIds: string[], filter: ActionFilter | null) {
  const options = { today, cityIds, limit: DASHBOARD_LIST_LIMIT };
  // A filtered view counts only the actions it names, built on the spot: the stored summary is
  // the whole programme's.
  if (filter) {
    const facts = await readActionFacts({ filter });
    return dashboardFromSummary(buildSummary("programme", facts, windowFor(today)), options)!;
  }
  const stored = await readProgrammeSummary();
  const figures = stored ? dashboardFromSummary(stored.summary, options) : null;
  if (figures) return figures;
  const rebuilt = await rebuildProgrammeSummary(today, stored);
  return dashboardFromSummary(rebuilt, options)!;
}

/**
 * The programme dashboard: attention lists, quiet cities and counts by theme and status, read
 * from the programme's summary: the same queries whatever the number of actions.
 */
export async function loadDashboard({
  search = new URLSearchParams(),
  now = new Date(),
  words = ENGLISH_WORDS,
}: { search?: URLSearchParams; now?: Date; words?: Words } = {}) {
  const { t, language } = words;
  const today = todayIn(now);
  const staleSince = addDays(today, -STALE_CITY_DAYS);
  const allCities = await listCities();
  const filter = await readDashboardFilter(search, allCities, t);
  const cities = filter.scope?.cityId ? allCities.filter((city) => city.id === filter.scope?.cityId) : allCities;
  const figures = await dashboardFigures(
    today,
    cities.map((city) => city.id),
    filter.scope,
  );
  const cityNames = new Map(cities.map((city) => [city.id, city.name]));
  const toDashboardRow = (row: SummaryRow) =>
    summaryRowToRow(row, today, cityNames.get(row.ownerCityId) ?? t("actions.unknownCity"), words);
  const themes = THEME_CODES.map((code) => ({ code, title: frameworkTitleText(t, code) }));
  const emptyCounts = () =>
    Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as Record<ActionStatus, number>;
  const themeRows = [
    ...themes.map((theme) => ({ code: theme.code as string | null, title: theme.title })),
    { code: null, title: t("plans.noTheme") },
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
    staleSince,
    // Worded on the server, as the page shows it (a browser's month names may differ).
    staleSinceText: formatDay(staleSince, FORMAT_LOCALE[language]),
    filter,
    totals: {
      ...figures.statusTotals,
      all: Object.values(figures.statusTotals).reduce((sum, count) => sum + count, 0),
      overdue: figures.overdueTotal,
      dueSoon: figures.dueSoonTotal,
    },
    overdue: figures.overdue.map(toDashboardRow),
    dueSoon: figures.dueSoon.map(toDashboardRow),
    quietCities: cityRows.filter((city) => city.isQuiet),
    cityRows,
    themeRows,
  };
}
