// How a person wants to hear about changes to their convenings, with the words they see for it.
export const CHANGE_NOTICE_MODES = ["immediately", "daily-digest", "none"] as const;
export type ChangeNoticeMode = (typeof CHANGE_NOTICE_MODES)[number];

export const DEFAULT_CHANGE_NOTICE_MODE: ChangeNoticeMode = "immediately";

export const CHANGE_NOTICE_MODE_LABELS: Record<ChangeNoticeMode, string> = {
  immediately: "As they happen",
  "daily-digest": "In a daily digest",
  none: "Not at all",
};

export const CHANGE_NOTICE_MODE_HINTS: Record<ChangeNoticeMode, string> = {
  immediately:
    "One email a few minutes after the programme team saves changes, with a calendar invitation that updates the entry in your calendar.",
  "daily-digest":
    "One email in the morning listing the previous day's changes to all your convenings. It carries no calendar invitations: your personal calendar feed keeps your calendar right.",
  none: "No emails about changes. Agenda pages and your calendar feed still show them.",
};

export function changeNoticeModeLabel(mode: string): string {
  return (CHANGE_NOTICE_MODE_LABELS as Record<string, string>)[mode] ?? mode;
}
