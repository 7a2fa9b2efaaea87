// What changed between two versions of a convening or session, for the change history and for
// deciding when calendar feeds must see a new SEQUENCE (time, place, title or status).
export type FieldChange = { field: string; from: string; to: string };

type Comparable = Record<string, string | number | boolean | Date | null | undefined | readonly unknown[]>;

function asText(value: Comparable[string]): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

/** The fields (of those given) whose values differ; dates as ISO instants. */
export function diffFields(before: Comparable, after: Comparable, fields: readonly string[]): FieldChange[] {
  return fields
    .map((field) => ({ field, from: asText(before[field]), to: asText(after[field]) }))
    .filter((change) => change.from !== change.to);
}

export const CONVENING_TRACKED_FIELDS = [
  "title",
  "startsAt",
  "endsAt",
  "timeZone",
  "places",
  "format",
  "status",
  "hostCityId",
] as const;
export const SESSION_TRACKED_FIELDS = [
  "title",
  "startsAt",
  "endsAt",
  "timeZone",
  "endTimeZone",
  "room",
  "placeName",
  "isCancelled",
] as const;

/** Changes a calendar must pick up: the time, the place, the title or the status. */
export function isCalendarChange(changes: FieldChange[]): boolean {
  return changes.some((change) => change.field !== "format" && change.field !== "hostCityId");
}

export const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  startsAt: "Start",
  endsAt: "End",
  timeZone: "Time zone",
  endTimeZone: "End time zone",
  places: "Places",
  format: "Format",
  status: "Status",
  hostCityId: "Host city",
  room: "Room",
  placeName: "Place",
  isCancelled: "Cancelled",
};
