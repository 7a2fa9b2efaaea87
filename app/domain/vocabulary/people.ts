// The roles a person can have: how they sign in, and what they are in the programme.
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

export const ROLE_LABELS: Record<Role, string> = {
  manager: "Programme manager",
  "city-rep": "City representative",
  participant: "Participant",
};

export const PROGRAMME_ROLE_LABELS: Record<ProgrammeRole, string> = {
  sponsor: "Strategic sponsor",
  "operational-lead": "Operational lead",
  "taskforce-member": "Taskforce member",
  partner: "Partner",
  "programme-team": "Programme team",
  speaker: "Speaker",
};
