// The language an email is written in (decision 039): the language the recipient saved; for
// someone who never chose one (a colleague a rep has just registered), the language of the
// person whose action sent it; else English.
import { DEFAULT_LANGUAGE, FORMAT_LOCALE, LANGUAGES, type Language } from "~/domain/languages";

export function recipientLanguage(
  recipient: { savedLanguage?: Language | null } | null | undefined,
  causerLanguage?: Language | null,
): Language {
  return recipient?.savedLanguage ?? causerLanguage ?? DEFAULT_LANGUAGE;
}

/** The language of a request's words (a form's translator and its locale), or null without them. */
export function languageOfWords(words: { locale: string } | null | undefined): Language | null {
  return words ? (LANGUAGES.find((language) => FORMAT_LOCALE[language] === words.locale) ?? null) : null;
}
