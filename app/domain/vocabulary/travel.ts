// How delegates travel on a learning exchange, and the words people see for each mode.
export const TRAVEL_MODES = ["flight", "train", "coach", "car"] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const TRAVEL_MODE_LABELS: Record<TravelMode, string> = {
  flight: "Flight",
  train: "Train",
  coach: "Coach",
  car: "Car",
};

/** The label for a mode, or the raw value for one this version does not know. */
export function travelModeLabel(mode: string): string {
  return (TRAVEL_MODE_LABELS as Record<string, string>)[mode] ?? mode;
}
