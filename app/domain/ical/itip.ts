// Calendar entries sent by email as iTIP messages (RFC 5546, carried as in RFC 6047): a REQUEST
// adds or updates the recipient's entry, a CANCEL removes it. Built from the events the feeds
// write, so an entry has the same UID and SEQUENCE wherever it came from and mail clients apply
// "updated" and "cancelled" to the entry a feed or an earlier email put there.
import { buildCalendar, type CalendarEventInput } from "./build-calendar";
import { participant, type Participant } from "./participants";

export type InvitationMethod = "REQUEST" | "CANCEL";

export type InvitationInput = {
  method: InvitationMethod;
  /** The programme's mailbox (MAIL_FROM): replies have nowhere to go, so none are asked for. */
  organizer: Participant;
  attendee: Participant;
  /** The feed's events for the thing, as the feeds build them; iTIP allows one UID per message. */
  events: CalendarEventInput[];
  /** When the message is made: its DTSTAMP, which orders messages of equal SEQUENCE. */
  sentAt: Date;
};

/**
 * The text/calendar body of an invitation. The attendee is written ACCEPTED with RSVP=FALSE:
 * they registered, so the entry is theirs already, and Outlook and Gmail add it without asking
 * them to answer a no-reply address (NEEDS-ACTION would show Accept/Decline buttons whose
 * replies reach nobody).
 *
 * A CANCEL keeps the feed's SEQUENCE, never lower (RFC 5546 makes a client ignore an older one).
 * It says STATUS:CANCELLED when the event itself is cancelled (the feed's event is); when only
 * this person's place ends, it lists them as the attendee being removed and has no STATUS, as
 * RFC 5546 §3.2.5 requires for uninviting.
 */
export function buildInvitation(input: InvitationInput): string {
  // Checked here, written (and sanitised, once) by build-calendar.
  const { organizer, attendee } = input;
  if (!participant(organizer)) throw new Error("Invitation without a usable organizer address");
  if (!participant(attendee)) throw new Error("Invitation without a usable attendee address");
  const uids = new Set(input.events.map((event) => event.uid));
  if (uids.size !== 1) throw new Error(`An invitation is about one event (one UID), got ${uids.size}`);
  const isRequest = input.method === "REQUEST";
  return buildCalendar({
    method: input.method,
    events: input.events.map((event) => ({
      ...event,
      organizer,
      attendees: [{ ...attendee, participation: isRequest ? "accepted" : undefined, isReplyWanted: false }],
      status: isRequest ? event.status : event.status === "cancelled" ? "cancelled" : undefined,
      stamp: input.sentAt,
    })),
  });
}
