// The fixed choices a city record takes. Shared by the model and the forms (which run in the
// browser too, where server modules are empty).
export const CITY_MEMBERSHIPS = ["founder", "phase-two", "associate"] as const;
export const NATIONS = ["England", "Scotland", "Wales", "Northern Ireland"] as const;

export const TASKFORCE_SECTORS = [
  "employer",
  "public-agency",
  "voluntary-sector",
  "arts",
  "university",
  "housing-association",
  "local-media",
  "other",
] as const;
