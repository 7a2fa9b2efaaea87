// Follow-up actions as CSV, by city, by convening or all, with names rather than ids.
import { isOverdue, todayIn } from "~/domain/follow-ups/action-rules";
import { toCsv } from "~/domain/follow-ups/csv";
import { ACTION_STATUS_LABELS } from "~/domain/vocabulary/follow-ups";
import { getEnv } from "~/utils/env.server";
import type { Viewer } from "~/accounts/policy";
import { canReadConvening } from "~/convenings/policy";
import {
  getConveningsByIds,
  getPeopleByIds,
  getSessionsByIds,
  listPublishedConvenings,
} from "~models/queries/action-context.server";
import { getCityBySlug, listCities } from "~models/city.server";
import { listActionsForExport, type ActionFilter, type ExportRow } from "~models/follow-up-action.server";
import { listPhases } from "~models/phase.server";
import { getReadableConveningForActions } from "./readable-convening.server";

const HEADER = [
  "Action",
  "City",
  "Owner",
  "Status",
  "Priority",
  "Due",
  "Overdue",
  "Themes",
  "Principles",
  "Convening",
  "Session",
  "Resources needed",
  "Description",
  "Raised",
  "Last update",
  "Progress updates",
  "Evidence links",
  "Link",
];

/** One line per progress update, oldest first: "2026-05-01 Bea (Open → Done): Lease signed". */
function progressLines(updates: ExportRow["updates"]): string {
  return updates
    .map((update) => {
      const from = update.statusFrom ? `${ACTION_STATUS_LABELS[update.statusFrom]} → ` : "";
      const change = update.statusTo ? ` (${from}${ACTION_STATUS_LABELS[update.statusTo]})` : "";
      const text = update.text ? `: ${update.text}` : "";
      return `${update.at.toISOString().slice(0, 10)} ${update.authorName}${change}${text}`;
    })
    .join("\n");
}

const evidenceLinks = (updates: ExportRow["updates"]) =>
  updates
    .map((update) => update.evidenceUrl)
    .filter(Boolean)
    .join("\n");

export async function exportActionsCsv(
  filter: { citySlug: string | null; conveningId: string | null; phase: string | null },
  viewer: Viewer,
  now = new Date(),
) {
  const scope: ActionFilter = {};
  let filename = "follow-up-actions";
  if (filter.citySlug) {
    const city = await getCityBySlug(filter.citySlug);
    if (!city) return null;
    scope.cityId = city.id;
    filename = `${city.slug}-action-plan`;
  }
  if (filter.conveningId) {
    if (!(await getReadableConveningForActions(viewer, filter.conveningId))) return null; // malformed ids find nothing
    scope.conveningIds = [filter.conveningId];
    filename = `${filename === "follow-up-actions" ? "convening" : filename}-${filter.conveningId}-actions`;
  }
  if (filter.phase) {
    const inPhase = (await listPublishedConvenings()).filter((convening) => String(convening.phase) === filter.phase);
    if (!(await listPhases()).some((phase) => String(phase.number) === filter.phase)) return null;
    const ids = new Set(inPhase.map((convening) => convening.id));
    scope.conveningIds = scope.conveningIds ? scope.conveningIds.filter((id) => ids.has(id)) : [...ids];
    filename = `${filename}-phase-${filter.phase}`;
  }
  const actions = await listActionsForExport(scope);
  const [cities, people, convenings, sessions] = await Promise.all([
    listCities(),
    getPeopleByIds(actions.map((action) => action.ownerPersonId)),
    getConveningsByIds(actions.map((action) => action.conveningId).filter((id): id is string => Boolean(id))),
    getSessionsByIds(actions.map((action) => action.sessionId).filter((id): id is string => Boolean(id))),
  ]);
  const name = <T extends { id: string }>(items: T[], label: (item: T) => string) =>
    new Map(items.map((item) => [item.id, label(item)]));
  const cityName = name(cities, (city) => city.name);
  const personName = name(people, (person) => person.name);
  // A draft convening's title is the programme team's until it is published, and so are its sessions'.
  const readable = convenings.filter((convening) => canReadConvening(viewer, convening));
  const conveningTitle = name(readable, (convening) => convening.title);
  const readableIds = new Set(readable.map((convening) => convening.id));
  const sessionTitle = name(
    sessions.filter((session) => readableIds.has(session.conveningId)),
    (session) => session.title,
  );
  const today = todayIn(now);
  const appUrl = getEnv().APP_URL;
  const rows = actions.map((action) => [
    action.title,
    cityName.get(action.ownerCityId) ?? "",
    action.ownerPersonId ? (personName.get(action.ownerPersonId) ?? "") : "",
    action.status,
    action.priority,
    action.dueOn ?? "",
    isOverdue(action, today) ? "yes" : "no",
    action.themes.join(" "),
    action.principles.join(" "),
    action.conveningId ? (conveningTitle.get(action.conveningId) ?? "") : "",
    action.sessionId ? (sessionTitle.get(action.sessionId) ?? "") : "",
    action.resourcesNeeded,
    action.description,
    action.createdAt.toISOString(),
    action.lastProgressAt?.toISOString() ?? "",
    progressLines(action.updates),
    evidenceLinks(action.updates),
    `${appUrl}/actions/${action.id}`,
  ]);
  return { csv: toCsv(HEADER, rows), filename: `${filename}.csv` };
}
