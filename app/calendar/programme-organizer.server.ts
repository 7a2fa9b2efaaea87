// The programme's mailbox (MAIL_FROM) as ORGANIZER of every calendar entry, in feeds and in
// emailed invitations alike: an address of the team, not of a person.
import { parseMailbox, type Participant } from "~/domain/ical/participants";
import { getEnv } from "~/utils/env.server";

const TEAM_NAME = "Inclusive Cities programme team";

export function programmeOrganizer(): Participant | undefined {
  return parseMailbox(getEnv().MAIL_FROM, TEAM_NAME) ?? undefined;
}
