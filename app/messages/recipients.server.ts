// Who a message reaches: the people of the audience's registrations who can still be written to
// (never people whose data was deleted), and how many each audience has, in two queries.
import { AUDIENCE_STATUSES, MESSAGE_AUDIENCES } from "~/domain/vocabulary/messages";
import { listContactablePeople } from "~models/person.server";
import { listRegistrationsForConvening, type RegistrationRecord } from "~models/registration.server";
import type { Viewer } from "~/accounts/policy";
import { NOTHING_SELECTED, readSelection } from "~/registration/selection.server";
import type { Audience } from "./policy";

export type Recipient = { registrationId: string; personId: string; name: string; email: string };

const isInAudience = (registration: RegistrationRecord, audience: Audience) =>
  AUDIENCE_STATUSES[audience.kind].includes(registration.status) &&
  (audience.kind !== "city" || registration.cityId === audience.cityId);

async function contactable(registrations: RegistrationRecord[]) {
  const people = await listContactablePeople(registrations.map((registration) => registration.personId));
  return registrations.flatMap((registration) => {
    const person = people.get(registration.personId);
    return person ? [{ registration, person }] : [];
  });
}

/** The people a message to `audience` reaches now, in registration order. */
export async function findRecipients(conveningId: string, audience: Audience): Promise<Recipient[]> {
  // A delegation without a city is nobody's: never everyone's.
  if (audience.kind === "city" && !audience.cityId) return [];
  const registrations = await listRegistrationsForConvening(conveningId, {
    statuses: AUDIENCE_STATUSES[audience.kind],
    ...(audience.kind === "city" && audience.cityId ? { cityId: audience.cityId } : {}),
  });
  return (await contactable(registrations.filter((registration) => isInAudience(registration, audience)))).map(
    ({ registration, person }) => ({
      registrationId: registration.id,
      personId: person.id,
      name: person.name,
      email: person.email,
    }),
  );
}

export type AudienceCounts = { everyone: number; waitlist: number; pending: number; byCity: Record<string, number> };

/** How many people each audience reaches now, every city's delegation included. */
export async function countAudiences(conveningId: string): Promise<AudienceCounts> {
  const statuses = [...new Set(MESSAGE_AUDIENCES.flatMap((kind) => AUDIENCE_STATUSES[kind]))];
  const reachable = await contactable(await listRegistrationsForConvening(conveningId, { statuses }));
  const count = (audience: Audience) =>
    reachable.filter(({ registration }) => isInAudience(registration, audience)).length;
  const byCity: Record<string, number> = {};
  for (const { registration } of reachable) {
    if (registration.cityId && isInAudience(registration, { kind: "city", cityId: registration.cityId })) {
      byCity[registration.cityId] = (byCity[registration.cityId] ?? 0) + 1;
    }
  }
  return {
    everyone: count({ kind: "everyone", cityId: null }),
    waitlist: count({ kind: "waitlist", cityId: null }),
    pending: count({ kind: "pending", cityId: null }),
    byCity,
  };
}

export type SelectedRecipients =
  { ok: true; recipients: Recipient[]; cityId: string | null } | { ok: false; status: 400 | 403; message: string };

/**
 * The people ticked on the attendee list: every id must be a registration of this convening the
 * writer may act for (a rep: their city's), or nobody is written to; those cancelled or declined
 * since, and people who deleted their data, are left out. A rep's message is their city's.
 */
export async function findSelectedRecipients(
  writer: Viewer,
  conveningId: string,
  registrationIds: readonly string[],
): Promise<SelectedRecipients> {
  const selection = await readSelection(writer, { id: conveningId }, registrationIds);
  if (!selection.ok)
    return selection.message === NOTHING_SELECTED
      ? {
          ok: false,
          status: 400,
          message: "Select people on the attendee list first, then choose “Write to selected”.",
        }
      : selection;
  const inAudience = selection.registrations.filter((registration) =>
    AUDIENCE_STATUSES.selected.includes(registration.status),
  );
  const recipients = (await contactable(inAudience)).map(({ registration, person }) => ({
    registrationId: registration.id,
    personId: person.id,
    name: person.name,
    email: person.email,
  }));
  return { ok: true, recipients, cityId: writer.role === "manager" ? null : writer.cityId };
}
