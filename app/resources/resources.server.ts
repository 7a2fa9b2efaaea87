// A convening's resources for the pages that show them, each filtered by the resources policy:
// the convening page and its agenda, the share page (public ones only) and the resources page.
// One read of the list by the convening's _id; sessions come from the agenda the page reads.
import { formatDayHeading, formatLocalTime } from "~/domain/local-time";
import { getEnv } from "~/utils/env.server";
import type { Viewer } from "~/accounts/policy";
import type { AgendaSessionRecord } from "~models/agenda-session.server";
import type { ConveningRecord } from "~models/convening.server";
import { getConveningResources } from "~models/resource.server";
import { canManageResources, canReadResource, isSharedResource } from "./policy";
import { groupResourceViews, resourceView, type ResourceLinks } from "./resource-views";

type SessionIds = Pick<AgendaSessionRecord, "id">[];

export const conveningResourceHref = (conveningId: string) => (resourceId: string) =>
  `/convenings/${conveningId}/resources/${resourceId}`;

export const sharedResourceHref = (token: string) => (resourceId: string) => `/share/${token}/resources/${resourceId}`;

/** What the convening page lists for this reader: the convening's resources and each session's. */
export async function loadResourceLinks(
  viewer: Viewer | null,
  convening: ConveningRecord,
  sessions: SessionIds,
): Promise<ResourceLinks & { canManage: boolean }> {
  const { items } = await getConveningResources(convening.id);
  const sessionIds = new Set(sessions.map((session) => session.id));
  const views = items
    .filter((item) => canReadResource(viewer, convening, item))
    .map((item) => resourceView(item, conveningResourceHref(convening.id), sessionIds));
  return { ...groupResourceViews(views), canManage: canManageResources(viewer, convening) };
}

/** What the share link lists: public resources only, downloaded by the share token. */
export async function loadSharedResourceLinks(
  convening: ConveningRecord,
  token: string,
  sessions: SessionIds,
): Promise<ResourceLinks> {
  const { items } = await getConveningResources(convening.id);
  const sessionIds = new Set(sessions.map((session) => session.id));
  return groupResourceViews(
    items
      .filter((item) => isSharedResource(convening, item))
      .map((item) => resourceView(item, sharedResourceHref(token), sessionIds)),
  );
}

/** "Tuesday 11 October 2018, 10:00 BST: Welcome", a session as the session picker names it. */
export function sessionOption(
  session: Pick<AgendaSessionRecord, "id" | "title" | "startsAt" | "timeZone" | "isCancelled">,
) {
  const when = `${formatDayHeading(session.startsAt, session.timeZone)}, ${formatLocalTime(session.startsAt, session.timeZone)}`;
  return { value: session.id, label: `${when}: ${session.title}${session.isCancelled ? " (cancelled)" : ""}` };
}

/** The resources page: every resource this reader may read, with what the forms need. */
export async function loadResourcesPage(
  viewer: Viewer | null,
  convening: ConveningRecord,
  sessions: AgendaSessionRecord[],
) {
  const { items, revision } = await getConveningResources(convening.id);
  const sessionIds = new Set(sessions.map((session) => session.id));
  const canManage = canManageResources(viewer, convening);
  return {
    convening: { id: convening.id, title: convening.title },
    // Changes with every change to the list: the add forms start empty again after one.
    revision,
    resources: items
      .filter((item) => canReadResource(viewer, convening, item))
      .map((item) => ({
        ...resourceView(item, conveningResourceHref(convening.id), sessionIds),
        sessionTitle: sessions.find((session) => session.id === item.sessionId)?.title ?? null,
      })),
    // Cancelled sessions too, marked: a document of one stays with it when the others change.
    sessions: sessions.map(sessionOption),
    canManage,
    maxBytes: getEnv().RESOURCE_MAX_BYTES,
  };
}
