// What a delegate's costs on an exchange are spent on, with the words the costs page uses.
export const COST_CATEGORIES = ["travel", "lodging", "per-diem", "other"] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
  travel: "Travel",
  lodging: "Lodging",
  "per-diem": "Per diem",
  other: "Other",
};
