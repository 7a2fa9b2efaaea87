// What a convening can be: its kinds, formats and statuses, with the words people see for them.
export const CONVENING_KINDS = ["working-group-meeting", "learning-exchange", "workshop", "online-meeting"] as const;
export const CONVENING_FORMATS = ["in-person", "online", "hybrid"] as const;
export const CONVENING_STATUSES = ["draft", "published", "cancelled", "completed"] as const;
export type ConveningKind = (typeof CONVENING_KINDS)[number];
export type ConveningFormat = (typeof CONVENING_FORMATS)[number];
export type ConveningStatus = (typeof CONVENING_STATUSES)[number];

export const CONVENING_KIND_LABELS: Record<ConveningKind, string> = {
  "working-group-meeting": "City Working Group meeting",
  "learning-exchange": "Learning exchange",
  workshop: "Workshop",
  "online-meeting": "Online meeting",
};

export const CONVENING_FORMAT_LABELS: Record<ConveningFormat, string> = {
  "in-person": "In person",
  online: "Online",
  hybrid: "Hybrid",
};

/** The label for a kind, or the raw value for one this version does not know. */
export function conveningKindLabel(kind: string): string {
  return (CONVENING_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export function conveningFormatLabel(format: string): string {
  return (CONVENING_FORMAT_LABELS as Record<string, string>)[format] ?? format;
}

/** What the change history records, and how each entry is headed. */
export const CHANGE_KINDS = [
  "convening-updated",
  "convening-published",
  "convening-cancelled",
  "convening-reinstated",
  "session-added",
  "session-updated",
  "session-cancelled",
  "session-restored",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  "convening-updated": "Convening changed",
  "convening-published": "Published",
  "convening-cancelled": "Convening cancelled",
  "convening-reinstated": "Reinstated",
  "session-added": "Session added",
  "session-updated": "Session changed",
  "session-cancelled": "Session cancelled",
  "session-restored": "Session restored",
};
