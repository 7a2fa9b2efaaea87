// Who may read and manage a convening's resources. Whoever may read the convening reads its public
// resources (the share link too, once the convening is public); private ones are for the
// programme's members, people signed in. Managers add, rename, share and delete them, while the
// convening is open for changes (a cancelled one is frozen).
import { isManager, type Viewer } from "~/accounts/policy";
import { canReadConvening, isOpenForChanges, isPublic } from "~/convenings/policy";

type ConveningState = { status: string };
type ResourceState = { isPublic: boolean };

export function canReadResource(viewer: Viewer | null, convening: ConveningState, resource: ResourceState): boolean {
  return canReadConvening(viewer, convening) && (resource.isPublic || viewer !== null);
}

export function canManageResources(viewer: Viewer | null, convening: ConveningState): boolean {
  return isManager(viewer) && isOpenForChanges(convening);
}

/** What the share link offers without an account: public resources of a public convening. */
export function isSharedResource(convening: ConveningState, resource: ResourceState): boolean {
  return isPublic(convening) && resource.isPublic;
}
