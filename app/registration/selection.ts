// The people chosen with the checkboxes of a list (attendees, attendance): their registration
// ids as the form sends them. A confirmed post repeats them in one field, since a confirmation
// repeats one value per field.
export const SELECTED_FIELD = "registrationId";
export const SELECTED_LIST_FIELD = "registrationIds";

/** More than any convening has: a post naming more is not a page's selection. */
export const MAX_SELECTED = 500;

/** The selected registration ids, each once, in the order sent. */
export function selectedIdsOf(formData: FormData | URLSearchParams): string[] {
  const listed = String(formData.get(SELECTED_LIST_FIELD) ?? "").split(",");
  const ticked = formData.getAll(SELECTED_FIELD).map(String);
  return [...new Set([...ticked, ...listed].map((id) => id.trim()).filter(Boolean))];
}

/** The ids as the confirmed post repeats them. */
export const listOfSelected = (ids: readonly string[]) => ({ [SELECTED_LIST_FIELD]: ids.join(",") });

/** "1 registration", "5 registrations"; "1 person", "5 people". */
export const registrationCount = (count: number) => `${count} registration${count === 1 ? "" : "s"}`;

/** "Amina Khan", "Amina Khan and Ben Ode", "Amina Khan, Ben Ode and Cy Ray". */
export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
