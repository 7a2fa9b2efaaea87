// Where an outgoing email stands in the mail queue, and which way it goes, with the words managers see.
export const MAIL_STATUSES = ["queued", "sending", "sent", "failed", "refused", "held"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  queued: "Queued",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed (gave up retrying)",
  refused: "Refused by the recipient's server",
  held: "Held in the outbox",
};

/** SMTP and Resend deliver; "outbox" keeps the message on this machine (no transport configured). */
export const MAIL_TRANSPORTS = ["smtp", "resend", "outbox"] as const;
export type MailTransportName = (typeof MAIL_TRANSPORTS)[number];

export const CALENDAR_METHODS = ["REQUEST", "CANCEL", "PUBLISH"] as const;
export type CalendarMethod = (typeof CALENDAR_METHODS)[number];

export const CALENDAR_METHOD_LABELS: Record<CalendarMethod, string> = {
  REQUEST: "an invitation",
  CANCEL: "a cancellation",
  PUBLISH: "an event to add",
};
