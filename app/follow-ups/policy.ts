// Who may read and change follow-up actions. Plans are programme-internal: the programme team and
// city representatives read every city's plan (peer learning); only a manager or the owning city's
// rep changes an action, and only a manager corrects the timeline.
export type Viewer = { id: string; role: "manager" | "city-rep" | "participant"; cityId: string | null };

export type Decision = { ok: true } | { ok: false; reason: string };

const ALLOWED: Decision = { ok: true };

export function canReadPlans(viewer: Viewer): Decision {
  if (viewer.role === "manager" || viewer.role === "city-rep") return ALLOWED;
  return { ok: false, reason: "Action plans are shared with the programme team and city representatives only." };
}

/** May this viewer create, update or change the status of an action owned by `ownerCityId`? */
export function canChangeCityActions(viewer: Viewer, ownerCityId: string): Decision {
  if (viewer.role === "manager") return ALLOWED;
  if (viewer.role === "city-rep" && viewer.cityId === ownerCityId) return ALLOWED;
  if (viewer.role === "city-rep") return { ok: false, reason: "You can only change your own city's actions." };
  return { ok: false, reason: "Only the programme team and city representatives can change actions." };
}

/** Progress updates are append-only for everyone but managers, who may correct the record. */
export function canRemoveProgressUpdate(viewer: Viewer): Decision {
  if (viewer.role === "manager") return ALLOWED;
  return { ok: false, reason: "Progress updates cannot be removed; add a new update to correct one." };
}

export function canSeeDashboard(viewer: Viewer): Decision {
  if (viewer.role === "manager") return ALLOWED;
  return { ok: false, reason: "The programme dashboard is for the programme team." };
}
