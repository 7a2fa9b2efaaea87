// The words for people's roles in the reader's language: what they can do in the planner
// (role.*) and what they are in the programme (registration.programmeRole.*).
import { PROGRAMME_ROLES, type Role } from "~/domain/vocabulary/people";
import type { MessageKey } from "~/i18n/messages";
import type { Translate } from "~/i18n/translator";
import { programmeRoleText } from "~/registration/words";

const ROLE_KEYS: Record<Role, MessageKey> = {
  manager: "role.manager",
  "city-rep": "role.city-rep",
  participant: "role.participant",
};

/** "City representative" / "Cynrychiolydd dinas"; a role this version does not know reads as itself. */
export const roleText = (t: Translate, role: string) =>
  Object.hasOwn(ROLE_KEYS, role) ? t(ROLE_KEYS[role as Role]) : role;

/** The sign-in roles as select options, participant first. */
export const roleOptions = (t: Translate) =>
  (["participant", "city-rep", "manager"] as const satisfies readonly Role[]).map((value) => ({
    value,
    label: roleText(t, value),
  }));

/** The programme roles as select options, in the vocabulary's order. */
export const programmeRoleOptions = (t: Translate) =>
  PROGRAMME_ROLES.map((value) => ({ value, label: programmeRoleText(t, value) }));
