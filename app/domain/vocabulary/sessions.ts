// How each kind of agenda session is named to people (agenda pages and calendar categories).
import type { SessionKind } from "~models/agenda-session.server";

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  plenary: "Plenary",
  workshop: "Workshop",
  panel: "Panel",
  "site-visit": "Site visit",
  roundtable: "Roundtable",
  meal: "Meal",
  travel: "Travel",
  break: "Break",
  networking: "Networking",
};

/** The label for a kind, or the raw value for one this version does not know. */
export function sessionKindLabel(kind: string): string {
  return (SESSION_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}
