// What every calendar entry is written with, in feeds, downloads and emailed invitations alike:
// the site's address for links, and the programme's mailbox (MAIL_FROM) as ORGANIZER, an
// address of the team, not of a person.
import { parseMailbox, type Participant } from "~/domain/ical/participants";
import { DEFAULT_LANGUAGE, type Language } from "~/domain/languages";
import { translatorFor } from "~/i18n/translate.server";
import { getEnv } from "~/utils/env.server";
import type { FeedContext } from "./feed-events";

const TEAM_NAME = "Inclusive Cities programme team";

export function programmeOrganizer(): Participant | undefined {
  return parseMailbox(getEnv().MAIL_FROM, TEAM_NAME) ?? undefined;
}

/**
 * Joining links only for people registered (the personal feed, their downloads and emails); the
 * feed's words, and the content versions shown, in `language`.
 */
export function feedContext(includeJoiningLinks: boolean, language: Language = DEFAULT_LANGUAGE): FeedContext {
  return {
    appUrl: getEnv().APP_URL,
    organizer: programmeOrganizer(),
    includeJoiningLinks,
    language,
    t: translatorFor(language),
  };
}
