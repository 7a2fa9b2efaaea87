// What a delegate's travel documents record about entry to the country of the exchange: which
// permission they travel on (an ESTA, a visa, or none needed) and where its application stands.
export const ENTRY_PERMISSION_KINDS = ["esta", "visa", "not-needed"] as const;
export type EntryPermissionKind = (typeof ENTRY_PERMISSION_KINDS)[number];

export const ENTRY_PERMISSION_STATUSES = ["not-started", "applied", "approved", "refused"] as const;
export type EntryPermissionStatus = (typeof ENTRY_PERMISSION_STATUSES)[number];

export const ENTRY_PERMISSION_KIND_LABELS: Record<EntryPermissionKind, string> = {
  esta: "ESTA",
  visa: "Visa",
  "not-needed": "Not needed",
};

export const ENTRY_PERMISSION_STATUS_LABELS: Record<EntryPermissionStatus, string> = {
  "not-started": "Not started",
  applied: "Applied",
  approved: "Approved",
  refused: "Refused",
};
