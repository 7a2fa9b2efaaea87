// The words of follow-up actions in the reader's language: statuses, priorities and where a due date
// stands (the framework's titles are in ~/i18n/vocabulary). Server and browser alike (a Translate either way).
import type { DueState } from "~/domain/follow-ups/action-rules";
import { formatDay } from "~/domain/follow-ups/action-rules";
import type { ActionPriority, ActionStatus } from "~/domain/vocabulary/follow-ups";
import type { MessageKey } from "~/i18n/messages";
import type { Translate } from "~/i18n/translator";

const STATUS_KEYS: Record<ActionStatus, MessageKey> = {
  open: "actions.status.open",
  "in-progress": "actions.status.inProgress",
  blocked: "actions.status.blocked",
  done: "actions.status.done",
  dropped: "actions.status.dropped",
};

const PRIORITY_KEYS: Record<ActionPriority, MessageKey> = {
  low: "actions.priority.low",
  medium: "actions.priority.medium",
  high: "actions.priority.high",
};

export const statusLabel = (t: Translate, status: ActionStatus) => t(STATUS_KEYS[status]);

export const priorityLabel = (t: Translate, priority: ActionPriority) => t(PRIORITY_KEYS[priority]);

/** "2 days overdue", "due today", "due in 3 days", "due 14 Mar 2027", in the reader's language. */
export function dueText(t: Translate, state: DueState, locale: string): string {
  switch (state.kind) {
    case "none":
      return t("actions.due.none");
    case "overdue":
      return t("actions.due.overdue", { count: state.days });
    case "today":
      return t("actions.due.today");
    case "soon":
      return t("actions.due.soon", { count: state.days });
    case "on":
      return t("actions.due.on", { day: formatDay(state.day, locale) });
  }
}
