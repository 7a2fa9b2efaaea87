// The city pages' vocabulary in the reader's language: membership, nation and taskforce sector,
// each value mapped to its catalogue key once; a value this version does not know reads as itself.
import type { CityMembership, Nation, TaskforceSector } from "~/domain/vocabulary/cities";
import type { MessageKey } from "~/i18n/messages";
import type { Translate } from "~/i18n/translator";

const MEMBERSHIP_KEYS: Record<CityMembership, MessageKey> = {
  founder: "cities.membership.founder",
  "phase-two": "cities.membership.phase-two",
  associate: "cities.membership.associate",
};

const NATION_KEYS: Record<Nation, MessageKey> = {
  England: "cities.nation.England",
  Scotland: "cities.nation.Scotland",
  Wales: "cities.nation.Wales",
  "Northern Ireland": "cities.nation.Northern Ireland",
};

const SECTOR_KEYS: Record<TaskforceSector, MessageKey> = {
  employer: "cities.sector.employer",
  "public-agency": "cities.sector.public-agency",
  "voluntary-sector": "cities.sector.voluntary-sector",
  arts: "cities.sector.arts",
  university: "cities.sector.university",
  "housing-association": "cities.sector.housing-association",
  "local-media": "cities.sector.local-media",
  other: "cities.sector.other",
};

function lookUp(t: Translate, keys: Record<string, MessageKey>, value: string): string {
  return Object.hasOwn(keys, value) ? t(keys[value]) : value;
}

export const membershipText = (t: Translate, membership: string) => lookUp(t, MEMBERSHIP_KEYS, membership);
export const nationText = (t: Translate, nation: string) => lookUp(t, NATION_KEYS, nation);
export const sectorText = (t: Translate, sector: string) => lookUp(t, SECTOR_KEYS, sector);
