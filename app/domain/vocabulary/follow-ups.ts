// Where a follow-up action stands and how urgent it is, with the words people see for them.
export const ACTION_STATUSES = ["open", "in-progress", "blocked", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_PRIORITIES = ["low", "medium", "high"] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: "Open",
  "in-progress": "In progress",
  blocked: "Blocked",
  done: "Done",
  dropped: "Dropped",
};
/** Statuses of work still to do: these can be overdue and are reminded about. */
export const ACTIVE_ACTION_STATUSES: readonly ActionStatus[] = ["open", "in-progress", "blocked"];
export const ACTION_PRIORITY_LABELS: Record<ActionPriority, string> = { low: "Low", medium: "Medium", high: "High" };
