// Form values as the user typed them, kept to re-show on error; some fields hold several values.
export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string>;

/** Every field as a string, except `multi` fields (checkbox groups, multi-selects) as arrays. */
export function readFormValues(formData: FormData, multi: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = multi.includes(key) ? all : (all[all.length - 1] ?? "");
  }
  for (const key of multi) values[key] ??= [];
  return values;
}

export function text(values: FormValues, key: string): string {
  const value = values[key];
  return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
}

/** A one-line field (a title): line breaks and runs of spaces sent by a crafted form become one space. */
export function line(values: FormValues, key: string): string {
  return text(values, key).replace(/\s+/g, " ");
}

export function list(values: FormValues, key: string): string[] {
  const value = values[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter(Boolean);
}

/** Non-empty lines of a textarea. */
export function lines(values: FormValues, key: string): string[] {
  return text(values, key)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}


export const COMMON_TIME_ZONES = [
  "Europe/London",
  "Europe/Dublin",
  "Europe/Amsterdam",
  "Europe/Berlin",
  "Europe/Brussels",
  "Europe/Paris",
  "Europe/Madrid",
  "Europe/Athens",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Toronto",
  "Asia/Kolkata",
  "Australia/Sydney",
  "UTC",
];

export const STALE_MESSAGE =
  "This was changed by someone else since you opened it. Your changes are below but not saved: check the current version, then save again to keep yours.";
