// Resources as pages show them: a title linking to the download (or the link itself), what it is
// ("PDF · 120 KB", "Link · www.compas.ox.ac.uk"), public or private, and the session it belongs
// to. Shared by the convening page, the agenda, the share page and the resources page.
import { extensionOf, formatFileSize } from "~/domain/resources/file-kinds";
import type { ResourceRecord } from "~models/resource.server";

export type ResourceView = {
  id: string;
  kind: "file" | "link";
  title: string;
  href: string;
  details: string;
  isPublic: boolean;
  /** The session it belongs to, or null for the whole convening (also when its session is gone). */
  sessionId: string | null;
};

export type ResourceLinks = { convening: ResourceView[]; bySession: Record<string, ResourceView[]> };

function linkHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function resourceView(
  resource: ResourceRecord,
  downloadHref: (resourceId: string) => string,
  sessionIds: ReadonlySet<string>,
): ResourceView {
  const isFile = resource.kind === "file" && resource.file !== null;
  return {
    id: resource.id,
    kind: isFile ? "file" : "link",
    title: resource.title,
    href: isFile ? downloadHref(resource.id) : resource.url,
    details:
      isFile && resource.file
        ? `${extensionOf(resource.file.filename).toUpperCase() || "File"} · ${formatFileSize(resource.file.size)}`
        : `Link · ${linkHost(resource.url)}`,
    isPublic: resource.isPublic,
    sessionId: resource.sessionId && sessionIds.has(resource.sessionId) ? resource.sessionId : null,
  };
}

/** The convening's own resources, and each session's, in the order they were added. */
export function groupResourceViews(views: ResourceView[]): ResourceLinks {
  const bySession: Record<string, ResourceView[]> = {};
  const convening: ResourceView[] = [];
  for (const view of views) {
    if (view.sessionId) (bySession[view.sessionId] ??= []).push(view);
    else convening.push(view);
  }
  return { convening, bySession };
}
