// The fixed choices a city record takes, with the words people see for them.
export const CITY_MEMBERSHIPS = ["founder", "phase-two", "associate"] as const;
export type CityMembership = (typeof CITY_MEMBERSHIPS)[number];
export const NATIONS = ["England", "Scotland", "Wales", "Northern Ireland"] as const;
export type Nation = (typeof NATIONS)[number];

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
export type TaskforceSector = (typeof TASKFORCE_SECTORS)[number];

export const MEMBERSHIP_LABELS: Record<CityMembership, string> = {
  founder: "Founder city",
  "phase-two": "Phase two",
  associate: "Associate member",
};

export const SECTOR_LABELS: Record<TaskforceSector, string> = {
  employer: "Employer",
  "public-agency": "Public agency",
  "voluntary-sector": "Voluntary sector",
  arts: "Arts",
  university: "University",
  "housing-association": "Housing association",
  "local-media": "Local media",
  other: "Other",
};
