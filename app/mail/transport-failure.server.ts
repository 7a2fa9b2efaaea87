// What a transport does with one message, and how it says that sending failed: for now (the
// sender tries again later) or for good (the recipient's server or the provider refused it).
import type { MailMessageToSend } from "~models/mail-message.server";
import type { MailTransportName } from "~/domain/vocabulary/mail";

export type MailTransport = {
  name: Exclude<MailTransportName, "outbox">;
  /** The transport's id for the message, and a note (e.g. some recipients refused) for managers. */
  send(message: MailMessageToSend): Promise<{ transportMessageId: string; note: string }>;
};

export class TransportFailure extends Error {
  override name = "TransportFailure";
  constructor(
    message: string,
    readonly isPermanent: boolean,
  ) {
    super(message);
  }
}

/** The filename the calendar part travels under, on every transport. */
export const CALENDAR_FILENAME = "invite.ics";
