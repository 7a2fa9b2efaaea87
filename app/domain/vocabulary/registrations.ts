// Where a registration stands, and the words people see for it.
export const REGISTRATION_STATUSES = [
  "pending",
  "registered",
  "waitlisted",
  "cancelled",
  "declined",
  "attended",
  "no-show",
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Statuses that hold a place (and so the seats of models/place-seat.server.ts). */
export const PLACE_HOLDING_STATUSES = ["pending", "registered", "attended", "no-show"] as const;

/** The statuses a manager moves a place holder between on the attendance list. */
export const ATTENDANCE_STATUSES = ["registered", "attended", "no-show"] as const;

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  pending: "Awaiting approval",
  registered: "Registered",
  waitlisted: "Waitlisted",
  cancelled: "Cancelled",
  declined: "Declined",
  attended: "Attended",
  "no-show": "No-show",
};
