// Who sees which items of the attention queue: managers everything; a city representative the
// items about their own city; nobody else has a queue.
import type { AttentionItem } from "~/domain/attention/queue";
import { isManager, type Viewer } from "~/accounts/policy";

export function hasAttentionQueue(viewer: Viewer | null): viewer is Viewer {
  return isManager(viewer) || (viewer?.role === "city-rep" && viewer.cityId !== null);
}

export function canSeeItem(viewer: Viewer, item: AttentionItem): boolean {
  if (isManager(viewer)) return true;
  return viewer.role === "city-rep" && item.cityId !== null && item.cityId === viewer.cityId;
}
