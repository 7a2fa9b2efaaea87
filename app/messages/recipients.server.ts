// Who a message reaches: the people of the audience's registrations who can still be written to
// (never people whose data was deleted), and how many each audience has, in two queries.
import { AUDIENCE_STATUSES, MESSAGE_AUDIENCES } from "~/domain/vocabulary/messages";
import { listContactablePeople } from "~models/person.server";
import { listRegistrationsForConvening, type RegistrationRecord } from "~models/registration.server";
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
