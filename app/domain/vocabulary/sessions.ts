// What an agenda session can be, and how each kind is named to people (agenda pages and calendar categories).
export const SESSION_KINDS = [
  "plenary",
  "workshop",
  "panel",
  "site-visit",
  "roundtable",
  "meal",
  "travel",
  "break",
  "networking",
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

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
