// Rules for follow-up actions that need no database: what counts as overdue or due soon, progress
// figures, grouping a plan by framework theme, and what changed since a date. Pure and unit-tested.
import { DateTime } from "luxon";
import { ACTIVE_ACTION_STATUSES, type ActionStatus } from "~/domain/vocabulary/follow-ups";

export const DUE_SOON_DAYS = 7;
export const STALE_CITY_DAYS = 60;
/** Due dates are calendar days in the programme's home zone (a UK programme). */
export const PROGRAMME_ZONE = "Europe/London";

export function isActiveStatus(status: string): boolean {
  return (ACTIVE_ACTION_STATUSES as readonly string[]).includes(status);
}

/** Today's calendar day, YYYY-MM-DD, in the programme zone. */
export function todayIn(now: Date, zone = PROGRAMME_ZONE): string {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}

export function addDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: "UTC" }).plus({ days }).toISODate()!;
}

type Dated = { status: string; dueOn: string | null };

export function isOverdue(action: Dated, today: string): boolean {
  return isActiveStatus(action.status) && action.dueOn !== null && action.dueOn < today;
}

export function isDueSoon(action: Dated, today: string, days = DUE_SOON_DAYS): boolean {
  return (
    isActiveStatus(action.status) &&
    action.dueOn !== null &&
    action.dueOn >= today &&
    action.dueOn <= addDays(today, days)
  );
}

/** Whole days an action is late (0 when not overdue). */
export function daysOverdue(action: Dated, today: string): number {
  if (!isOverdue(action, today)) return 0;
  return Math.round(
    DateTime.fromISO(today, { zone: "UTC" }).diff(DateTime.fromISO(action.dueOn!, { zone: "UTC" }), "days").days,
  );
}

export type ProgressFigures = {
  total: number;
  done: number;
  dropped: number;
  active: number;
  overdue: number;
  dueSoon: number;
  /** Done out of the actions still meant to happen (dropped ones do not count against a city). */
  percentDone: number;
};

export function progressFigures(actions: Dated[], today: string): ProgressFigures {
  let done = 0;
  let dropped = 0;
  let overdue = 0;
  let dueSoon = 0;
  for (const action of actions) {
    if (action.status === "done") done += 1;
    else if (action.status === "dropped") dropped += 1;
    if (isOverdue(action, today)) overdue += 1;
    else if (isDueSoon(action, today)) dueSoon += 1;
  }
  const committed = actions.length - dropped;
  return {
    total: actions.length,
    done,
    dropped,
    active: committed - done,
    overdue,
    dueSoon,
    percentDone: committed === 0 ? 0 : Math.round((done / committed) * 100),
  };
}

export type ThemeGroup<T> = { code: string | null; title: string; actions: T[] };

/**
 * A plan by framework theme, in framework order. An action tagged with two themes is listed under
 * both, since readers look a theme up; untagged actions come last under "No theme yet".
 */
export function groupByTheme<T extends { themes: string[] }>(
  actions: T[],
  themes: Array<{ code: string; title: string }>,
): Array<ThemeGroup<T>> {
  const groups: Array<ThemeGroup<T>> = themes.map((theme) => ({ code: theme.code, title: theme.title, actions: [] }));
  const byCode = new Map(groups.map((group) => [group.code, group]));
  const untagged: ThemeGroup<T> = { code: null, title: "No theme yet", actions: [] };
  for (const action of actions) {
    const known = action.themes
      .map((code) => byCode.get(code))
      .filter((group): group is ThemeGroup<T> => Boolean(group));
    if (known.length === 0) untagged.actions.push(action);
    for (const group of known) group.actions.push(action);
  }
  return [...groups, untagged].filter((group) => group.actions.length > 0);
}

/** Active actions first, then by due date (undated last), then by title. */
export function compareForPlan(a: Dated & { title: string }, b: Dated & { title: string }): number {
  const activeA = isActiveStatus(a.status) ? 0 : 1;
  const activeB = isActiveStatus(b.status) ? 0 : 1;
  if (activeA !== activeB) return activeA - activeB;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.title.localeCompare(b.title);
}

type TimelineEntry = { at: Date | string; statusFrom: string | null; statusTo: string | null; text: string };
type Changeable = { id: string; title: string; createdAt: Date | string; updates: TimelineEntry[] };

export type PlanChanges = {
  since: string;
  created: Array<{ id: string; title: string }>;
  statusChanges: Array<{ id: string; title: string; from: ActionStatus | null; to: ActionStatus; at: string }>;
  progressUpdates: number;
};

/** What happened to a plan after `since`: new actions, status changes and progress notes. */
export function changesSince(actions: Changeable[], since: Date): PlanChanges {
  const sinceMs = since.getTime();
  const changes: PlanChanges = { since: since.toISOString(), created: [], statusChanges: [], progressUpdates: 0 };
  for (const action of actions) {
    if (new Date(action.createdAt).getTime() > sinceMs) changes.created.push({ id: action.id, title: action.title });
    for (const update of action.updates) {
      const at = new Date(update.at);
      if (at.getTime() <= sinceMs) continue;
      if (update.statusTo && update.statusFrom && update.statusTo !== update.statusFrom) {
        changes.statusChanges.push({
          id: action.id,
          title: action.title,
          from: update.statusFrom as ActionStatus | null,
          to: update.statusTo as ActionStatus,
          at: at.toISOString(),
        });
      }
      if (update.text.trim()) changes.progressUpdates += 1;
    }
  }
  changes.statusChanges.sort((a, b) => (a.at < b.at ? 1 : -1));
  return changes;
}

/** Where an action's due date stands, for a sentence in any language (describeDue is the English one). */
export type DueState =
  | { kind: "none" }
  | { kind: "overdue"; days: number }
  | { kind: "today" }
  | { kind: "soon"; days: number }
  | { kind: "on"; day: string };

export function dueState(action: Dated, today: string): DueState {
  if (!action.dueOn) return { kind: "none" };
  if (isOverdue(action, today)) return { kind: "overdue", days: daysOverdue(action, today) };
  if (isActiveStatus(action.status) && action.dueOn === today) return { kind: "today" };
  if (isDueSoon(action, today)) {
    const days = Math.round(
      DateTime.fromISO(action.dueOn, { zone: "UTC" }).diff(DateTime.fromISO(today, { zone: "UTC" }), "days").days,
    );
    return { kind: "soon", days };
  }
  return { kind: "on", day: action.dueOn };
}

/** "2 days overdue", "due today", "due in 3 days", "due 14 Mar 2027". */
export function describeDue(action: Dated, today: string): string {
  const state = dueState(action, today);
  switch (state.kind) {
    case "none":
      return "no due date";
    case "overdue":
      return `${state.days} ${state.days === 1 ? "day" : "days"} overdue`;
    case "today":
      return "due today";
    case "soon":
      return `due in ${state.days} ${state.days === 1 ? "day" : "days"}`;
    case "on":
      return `due ${formatDay(state.day)}`;
  }
}

/** "14 Mar 2027" (or "14 Maw 2027" in cy-GB) for a YYYY-MM-DD calendar day. */
export function formatDay(day: string, locale = "en-GB"): string {
  return DateTime.fromISO(day, { zone: "UTC" }).setLocale(locale).toFormat("d LLL yyyy");
}

/** The ISO week of `now` in the programme zone, "2026-W48": the period of a weekly summary. */
export function isoWeekPeriod(now: Date, zone = PROGRAMME_ZONE): string {
  const local = DateTime.fromJSDate(now, { zone });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, "0")}`;
}
