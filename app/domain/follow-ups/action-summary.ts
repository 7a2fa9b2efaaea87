// Summaries of follow-up actions that pages read instead of the actions: additive tallies (counts
// by status, and by due day or last-change day inside a window of days) and short sorted lists
// of rows (the most pressing actions). Every figure is a sum over actions, so a write is applied
// as "take the action's old contribution away, add its new one", and a rebuild from every action
// gives the same document. Pure: the models store and read them.
import { THEME_CODES } from "~/domain/vocabulary/framework";
import type { ActionPriority, ActionStatus } from "~/domain/vocabulary/follow-ups";
import { addDays, DUE_SOON_DAYS, isActiveStatus, STALE_CITY_DAYS } from "./action-rules";

/** What a summary needs to know of one action (read from the action and its owner). */
export type ActionFacts = {
  id: string;
  title: string;
  status: ActionStatus;
  priority: ActionPriority;
  dueOn: string | null;
  ownerCityId: string;
  ownerPersonId: string | null;
  ownerName: string | null;
  themes: string[];
  /** ISO instant. */
  createdAt: string;
  /** The programme-zone day of the last change, YYYY-MM-DD. */
  lastProgressDay: string | null;
  updates: Array<{
    id: string;
    at: string;
    statusFrom: ActionStatus | null;
    statusTo: ActionStatus | null;
    hasText: boolean;
  }>;
};

/** What a list shows of an action. */
export type SummaryRow = Pick<
  ActionFacts,
  "id" | "title" | "status" | "priority" | "dueOn" | "ownerCityId" | "ownerPersonId" | "ownerName" | "themes"
>;

/** The first rows of a sorted set; isComplete when they are all of it. */
export type SortedPrefix<T> = { rows: T[]; isComplete: boolean };
export type Reservoir = SortedPrefix<SummaryRow>;

export type StatusChange = {
  id: string;
  updateId: string;
  title: string;
  from: ActionStatus | null;
  to: ActionStatus;
  at: string;
};

/**
 * Days are exact from `pivot` for `days` days (plus the due-soon week for due dates); earlier
 * and later days are folded into "<" and ">". A summary answers for any today in
 * [pivot, pivot + days]; past that it is rebuilt.
 */
export type SummaryWindow = { pivot: string; days: number };

export type Summary = {
  window: SummaryWindow;
  /** City summaries: the instant "changes since" counts from (the last convening's start), or null. */
  since: string | null;
  tallies: Record<string, number>;
  reservoirs: Record<string, Reservoir>;
  /** The latest status changes since `since`, latest first. */
  statusChanges: SortedPrefix<StatusChange>;
};

export type SummaryKind = "programme" | "city";

/** Rows kept per list: twice what a page shows, so a few actions leaving a list never empties it. */
export const DASHBOARD_LIST_CAPACITY = 100;
export const PLAN_THEME_CAPACITY = 40;
export const STATUS_CHANGES_KEPT = 10;
/** Days a summary answers for before it is rebuilt from the actions. */
export const WINDOW_DAYS = 14;

export const NO_THEME = "none";

export function windowFor(today: string): SummaryWindow {
  // A day back: a clock a little behind another instance's still finds itself inside.
  return { pivot: addDays(today, -1), days: WINDOW_DAYS };
}

export function isWithinWindow(window: SummaryWindow, today: string): boolean {
  return today >= window.pivot && today <= addDays(window.pivot, window.days);
}

function dayKey(day: string, from: string, to: string) {
  return day < from ? "<" : day > to ? ">" : day;
}

function dueKey(window: SummaryWindow, day: string) {
  return dayKey(day, window.pivot, addDays(window.pivot, window.days + DUE_SOON_DAYS));
}

function progressKey(window: SummaryWindow, day: string) {
  const from = addDays(window.pivot, -STALE_CITY_DAYS);
  return dayKey(day, from, addDays(from, window.days));
}

export function themeKeys(themes: string[]): string[] {
  const known = themes.filter((code) => (THEME_CODES as readonly string[]).includes(code));
  return known.length > 0 ? [...new Set(known)] : [NO_THEME];
}

const isDated = (facts: ActionFacts) => isActiveStatus(facts.status) && facts.dueOn !== null;

function statusAndDue(prefix: string, facts: ActionFacts, window: SummaryWindow): string[] {
  const keys = [`${prefix}s:${facts.status}`];
  if (isDated(facts)) keys.push(`${prefix}d:${dueKey(window, facts.dueOn!)}`);
  return keys;
}

/** The tallies one action adds to a summary, one key per unit. */
export function tallyKeys(kind: SummaryKind, summary: Pick<Summary, "window" | "since">, facts: ActionFacts): string[] {
  const { window } = summary;
  const themes = themeKeys(facts.themes);
  if (kind === "programme") {
    const city = `c:${facts.ownerCityId}|`;
    const keys = [`s:${facts.status}`, ...themes.map((theme) => `t:${theme}|s:${facts.status}`)];
    keys.push(...statusAndDue(city, facts, window));
    if (facts.lastProgressDay) keys.push(`${city}p:${progressKey(window, facts.lastProgressDay)}`);
    return keys;
  }
  const keys = [
    ...statusAndDue("", facts, window),
    ...themes.flatMap((theme) => statusAndDue(`t:${theme}|`, facts, window)),
  ];
  if (summary.since !== null) {
    if (facts.createdAt > summary.since) keys.push("x:created");
    for (const update of facts.updates) {
      if (update.at <= summary.since) continue;
      if (update.hasText) keys.push("x:notes");
      if (isStatusChange(update)) keys.push("x:status");
    }
  }
  return keys;
}

const isStatusChange = (update: ActionFacts["updates"][number]) =>
  update.statusTo !== null && update.statusFrom !== null && update.statusTo !== update.statusFrom;

type Compare = (a: SummaryRow, b: SummaryRow) => number;

const byDue: Compare = (a, b) =>
  (a.dueOn ?? "") < (b.dueOn ?? "")
    ? -1
    : (a.dueOn ?? "") > (b.dueOn ?? "")
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

/** A plan's order: active actions first, then by due date (undated last), then by title. */
export function comparePlanRows(a: SummaryRow, b: SummaryRow): number {
  const activeA = isActiveStatus(a.status) ? 0 : 1;
  const activeB = isActiveStatus(b.status) ? 0 : 1;
  if (activeA !== activeB) return activeA - activeB;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  const byTitle = a.title.localeCompare(b.title);
  if (byTitle !== 0) return byTitle;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

type ListSpec = { key: string; capacity: number; includes: (facts: ActionFacts) => boolean; compare: Compare };

/** The sorted lists a summary keeps. */
export function listSpecs(kind: SummaryKind, summary: Pick<Summary, "window">): ListSpec[] {
  if (kind === "programme") {
    return [
      { key: "overdue", capacity: DASHBOARD_LIST_CAPACITY, includes: isDated, compare: byDue },
      {
        key: "upcoming",
        capacity: DASHBOARD_LIST_CAPACITY,
        includes: (facts) => isDated(facts) && (facts.dueOn ?? "") >= summary.window.pivot,
        compare: byDue,
      },
    ];
  }
  return [...THEME_CODES, NO_THEME].map((theme) => ({
    key: `theme:${theme}`,
    capacity: PLAN_THEME_CAPACITY,
    includes: (facts: ActionFacts) => themeKeys(facts.themes).includes(theme),
    compare: comparePlanRows,
  }));
}

export function toRow(facts: ActionFacts): SummaryRow {
  const { id, title, status, priority, dueOn, ownerCityId, ownerPersonId, ownerName, themes } = facts;
  return { id, title, status, priority, dueOn, ownerCityId, ownerPersonId, ownerName, themes };
}

/**
 * Adds a row where it sorts. A list that is not the whole set takes only rows that sort before
 * its last one (beyond that, unknown rows may come first): it stays the set's first rows.
 */
function insertSorted<T>(list: SortedPrefix<T>, row: T, compare: (a: T, b: T) => number, capacity: number) {
  const rows = list.rows;
  const last = rows.at(-1);
  if (!list.isComplete && (last === undefined || compare(row, last) >= 0)) return list;
  const index = rows.findIndex((other) => compare(row, other) < 0);
  const next = index === -1 ? [...rows, row] : [...rows.slice(0, index), row, ...rows.slice(index)];
  if (next.length <= capacity) return { rows: next, isComplete: list.isComplete };
  return { rows: next.slice(0, capacity), isComplete: false };
}

function withoutRow<T>(list: SortedPrefix<T>, isIt: (row: T) => boolean): SortedPrefix<T> {
  return { ...list, rows: list.rows.filter((row) => !isIt(row)) };
}

function sortedPrefix<T>(items: T[], compare: (a: T, b: T) => number, capacity: number): SortedPrefix<T> {
  const rows = [...items].sort(compare);
  return { rows: rows.slice(0, capacity), isComplete: rows.length <= capacity };
}

const latestFirst = (a: StatusChange, b: StatusChange) =>
  a.at > b.at ? -1 : a.at < b.at ? 1 : a.updateId < b.updateId ? -1 : a.updateId > b.updateId ? 1 : 0;

function statusChangesOf(facts: ActionFacts, since: string | null): StatusChange[] {
  if (since === null) return [];
  return facts.updates
    .filter((update) => update.at > since && isStatusChange(update))
    .map((update) => ({
      id: facts.id,
      updateId: update.id,
      title: facts.title,
      from: update.statusFrom,
      to: update.statusTo!,
      at: update.at,
    }));
}

export function emptySummary(window: SummaryWindow, since: string | null = null): Summary {
  return { window, since, tallies: {}, reservoirs: {}, statusChanges: { rows: [], isComplete: true } };
}

/** A summary of every action given (all of the programme's, or all of one city's). */
export function buildSummary(
  kind: SummaryKind,
  actions: ActionFacts[],
  window: SummaryWindow,
  since: string | null = null,
) {
  const summary = emptySummary(window, since);
  for (const facts of actions) for (const key of tallyKeys(kind, summary, facts)) add(summary.tallies, key, 1);
  for (const spec of listSpecs(kind, summary))
    summary.reservoirs[spec.key] = sortedPrefix(actions.filter(spec.includes).map(toRow), spec.compare, spec.capacity);
  summary.statusChanges = sortedPrefix(
    actions.flatMap((facts) => statusChangesOf(facts, since)),
    latestFirst,
    STATUS_CHANGES_KEPT,
  );
  return summary;
}

function add(tallies: Record<string, number>, key: string, amount: number) {
  const value = (tallies[key] ?? 0) + amount;
  if (value === 0) delete tallies[key];
  else tallies[key] = value;
}

/**
 * The summary after actions changed, each from `before` to `after` (null: not there, as before
 * a create or after a delete). Both must belong to the summary's scope (the caller passes null
 * for an action that moved to another city).
 */
export function applyChanges(
  kind: SummaryKind,
  summary: Summary,
  changes: Array<{ before: ActionFacts | null; after: ActionFacts | null }>,
): Summary {
  const tallies = { ...summary.tallies };
  const reservoirs = { ...summary.reservoirs };
  let statusChanges = summary.statusChanges;
  const specs = listSpecs(kind, summary);
  for (const { before, after } of changes) {
    if (before) for (const key of tallyKeys(kind, summary, before)) add(tallies, key, -1);
    if (after) for (const key of tallyKeys(kind, summary, after)) add(tallies, key, 1);
    const id = (after ?? before)?.id;
    if (!id) continue;
    for (const spec of specs) {
      let reservoir = withoutRow(reservoirs[spec.key] ?? { rows: [], isComplete: true }, (row) => row.id === id);
      if (after && spec.includes(after)) reservoir = insertSorted(reservoir, toRow(after), spec.compare, spec.capacity);
      reservoirs[spec.key] = reservoir;
    }
    // The action's changes are taken out and its current ones put back (its title may have changed).
    statusChanges = withoutRow(statusChanges, (change) => change.id === id);
    if (after)
      for (const change of statusChangesOf(after, summary.since))
        statusChanges = insertSorted(statusChanges, change, latestFirst, STATUS_CHANGES_KEPT);
  }
  return { ...summary, tallies, reservoirs, statusChanges };
}

/**
 * Whether a stored summary says what one rebuilt from the actions (with the same window) says:
 * the same tallies, and lists that are the rebuilt lists' first rows (a list shortened by
 * actions leaving it is still right).
 */
export function agreesWith(stored: Summary, built: Summary): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const tallyKeysOf = (summary: Summary) => Object.keys(summary.tallies).sort();
  if (!same(tallyKeysOf(stored), tallyKeysOf(built))) return false;
  if (Object.entries(stored.tallies).some(([key, count]) => built.tallies[key] !== count)) return false;
  const isPrefix = <T>(kept: SortedPrefix<T>, full: SortedPrefix<T>) =>
    same(kept.rows, full.rows.slice(0, kept.rows.length)) &&
    (!kept.isComplete || (full.isComplete && kept.rows.length === full.rows.length));
  for (const [key, reservoir] of Object.entries(built.reservoirs))
    if (!isPrefix(stored.reservoirs[key] ?? { rows: [], isComplete: true }, reservoir)) return false;
  return isPrefix(stored.statusChanges, built.statusChanges);
}
