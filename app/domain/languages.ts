// The interface languages: English (the default) and Welsh, and how each is named to browsers,
// to Intl and luxon, and to people choosing between them.
export const LANGUAGES = ["en", "cy"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

/** The `<html lang>` value: British English, and Welsh (spoken in the UK only, so no region). */
export const HTML_LANG: Record<Language, string> = { en: "en-GB", cy: "cy" };

/** The locale dates, times and numbers are formatted in. */
export const FORMAT_LOCALE: Record<Language, string> = { en: "en-GB", cy: "cy-GB" };

/** Each language named in itself, as a language switch shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", cy: "Cymraeg" };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
