// The roles a person can have. Shared by the model and the forms (which run in the browser
// too, where server modules are empty).
export const ROLES = ["manager", "city-rep", "participant"] as const;
export type Role = (typeof ROLES)[number];
export const PROGRAMME_ROLES = [
  "sponsor",
  "operational-lead",
  "taskforce-member",
  "partner",
  "programme-team",
  "speaker",
] as const;
export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];
