// The roles behind every feature's policy: who is a manager, who a city representative, and for
// which city someone may act. Pure functions of the person asking; features build on these.
import type { Role } from "~/domain/vocabulary/people";

/** The person asking, as policies see them (a signed-in person fits). */
export type Viewer = { id: string; role: Role; cityId: string | null };

/** A yes, or a no with the words the person reads. */
export type Decision = { ok: true } | { ok: false; reason: string };

export const ALLOWED: Decision = { ok: true };
export const refused = (reason: string): Decision => ({ ok: false, reason });

export function isManager(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === "manager";
}

/** Managers and city representatives: the programme members who act for cities. */
export function isProgrammeMember(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === "manager" || viewer?.role === "city-rep";
}

/** May this person act for this city? Managers act for every city; a city rep for their own only. */
export function canActForCity(viewer: Viewer | null | undefined, cityId: string | null | undefined): boolean {
  if (!viewer) return false;
  if (viewer.role === "manager") return true;
  return viewer.role === "city-rep" && Boolean(cityId) && viewer.cityId === String(cityId);
}
