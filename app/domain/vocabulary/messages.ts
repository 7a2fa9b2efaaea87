// Messages to a convening's people: who each audience reaches (by registration status), the
// words people see for it, and the size limits shared by the form and the stored record.
import type { RegistrationStatus } from "./registrations";

export const MESSAGE_AUDIENCES = ["everyone", "city", "waitlist", "pending", "selected"] as const;
export type MessageAudience = (typeof MESSAGE_AUDIENCES)[number];

/** Registrations with a confirmed place, before or after the day: not waiting, not cancelled or declined. */
const WITH_A_PLACE: readonly RegistrationStatus[] = ["registered", "attended", "no-show"];

/**
 * The registrations each audience reaches; "city" is those of one city (the registration's city),
 * "selected" the people ticked on the attendee list who are still on it.
 */
export const AUDIENCE_STATUSES: Record<MessageAudience, readonly RegistrationStatus[]> = {
  everyone: WITH_A_PLACE,
  city: WITH_A_PLACE,
  waitlist: ["waitlisted"],
  pending: ["pending"],
  selected: ["pending", "registered", "waitlisted", "attended", "no-show"],
};

export const AUDIENCE_LABELS: Record<MessageAudience, string> = {
  everyone: "Everyone registered",
  city: "One city's delegation",
  waitlist: "The waitlist",
  pending: "Registrations waiting for approval",
  selected: "People selected on the attendee list",
};

/** "Everyone registered", "Bristol's delegation": what a message went to, as the record lists it. */
export function audienceDescription(audience: MessageAudience, cityName: string | null): string {
  return audience === "city" ? `${cityName ?? "A city"}'s delegation` : AUDIENCE_LABELS[audience];
}

export const MAX_MESSAGE_SUBJECT_LENGTH = 200;
export const MAX_MESSAGE_BODY_LENGTH = 10_000;

/** "1 person", "12 people". */
export const peopleCount = (count: number) => `${count} ${count === 1 ? "person" : "people"}`;
