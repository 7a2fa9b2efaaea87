// The registration pages' vocabulary in the reader's language: a registration's status and a
// person's role in the programme, each value mapped to its catalogue key once.
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";
import type { ProgrammeRole } from "~/domain/vocabulary/people";
import type { MessageKey } from "~/i18n/messages";
import type { Translate } from "~/i18n/translator";

const STATUS_KEYS: Record<RegistrationStatus, MessageKey> = {
  pending: "registration.status.pending",
  registered: "registration.status.registered",
  waitlisted: "registration.status.waitlisted",
  cancelled: "registration.status.cancelled",
  declined: "registration.status.declined",
  attended: "registration.status.attended",
  "no-show": "registration.status.no-show",
};

const PROGRAMME_ROLE_KEYS: Record<ProgrammeRole, MessageKey> = {
  sponsor: "registration.programmeRole.sponsor",
  "operational-lead": "registration.programmeRole.operational-lead",
  "taskforce-member": "registration.programmeRole.taskforce-member",
  partner: "registration.programmeRole.partner",
  "programme-team": "registration.programmeRole.programme-team",
  speaker: "registration.programmeRole.speaker",
};

/** "Awaiting approval" / "Yn aros am gymeradwyaeth"; a status this version does not know reads as itself. */
export const registrationStatusText = (t: Translate, status: string) =>
  Object.hasOwn(STATUS_KEYS, status) ? t(STATUS_KEYS[status as RegistrationStatus]) : status;

export const programmeRoleText = (t: Translate, role: string) =>
  Object.hasOwn(PROGRAMME_ROLE_KEYS, role) ? t(PROGRAMME_ROLE_KEYS[role as ProgrammeRole]) : role;
