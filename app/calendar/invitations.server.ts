// A person's calendar entry by email: the convening, or one of its sessions, exactly as their
// personal feed writes it (same UID, SEQUENCE and joining link), as an iTIP REQUEST that adds or
// updates the entry or a CANCEL that removes it. Confirmations use it, and so can change notices.
import { buildInvitation, type InvitationMethod } from "~/domain/ical/itip";
import { participant, type Participant } from "~/domain/ical/participants";
import type { Language } from "~/domain/languages";
import { loadConveningData, loadPublicConvening } from "./feed-data.server";
import { feedContext, programmeOrganizer } from "./feed-context.server";
import { conveningEvent, sessionEvent, type ConveningRecord, type SessionRecord } from "./feed-events";

/** What an email carries as its text/calendar part. */
export type CalendarPart = { method: InvitationMethod; content: string };

/** A public convening (never a draft) with its joining link and, when asked for, its sessions. */
export type InvitationSource = { convening: ConveningRecord; sessions: SessionRecord[] };

export async function loadInvitationSource(
  conveningId: string,
  options: { includeSessions?: boolean } = {},
): Promise<InvitationSource | null> {
  if (options.includeSessions) {
    const data = await loadConveningData(conveningId, { includeOnlineUrl: true });
    return data ? { convening: data.convenings[0], sessions: data.sessions } : null;
  }
  const convening = await loadPublicConvening(conveningId, { includeOnlineUrl: true });
  return convening ? { convening, sessions: [] } : null;
}

/** Which entry, when sent, and in the recipient's language (the entry's words and content versions). */
type Target = { sessionId?: string; sentAt?: Date; language?: Language };

/** The REQUEST that adds the entry, or brings it up to date after a change. */
export function calendarUpdate(source: InvitationSource, recipient: Participant, target: Target = {}) {
  return calendarPart("REQUEST", source, recipient, target);
}

/**
 * The CANCEL that removes the entry: of the whole thing when the feed shows it cancelled, else of
 * this recipient's place only. Its SEQUENCE is the feed's, as after the change that caused it.
 */
export function calendarCancellation(source: InvitationSource, recipient: Participant, target: Target = {}) {
  return calendarPart("CANCEL", source, recipient, target);
}

/** null when there is nothing to write: no such session, or no usable address to write it for. */
function calendarPart(
  method: InvitationMethod,
  source: InvitationSource,
  recipient: Participant,
  { sessionId, sentAt = new Date(), language }: Target,
): CalendarPart | null {
  const organizer = programmeOrganizer();
  const context = feedContext(true, language); // the recipient is registered: their own feed's event
  const session = sessionId === undefined ? null : source.sessions.find((candidate) => candidate.id === sessionId);
  // An address a calendar cannot carry: the email still goes, without the entry.
  if (session === undefined || !organizer || !participant(recipient)) return null;
  const event = session ? sessionEvent(session, source.convening, context) : conveningEvent(source.convening, context);
  return { method, content: buildInvitation({ method, organizer, attendee: recipient, events: [event], sentAt }) };
}
