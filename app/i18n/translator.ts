// Formats a catalogue's ICU messages for one language (plural rules from Intl.PluralRules, so
// Welsh gets zero/one/two/few/many/other). Loaders and meta use it; components use useT().
import { createIntl, createIntlCache } from "react-intl";
import { FORMAT_LOCALE, type Language } from "~/domain/languages";
import type { MessageKey, MessageValues, Messages } from "./messages";

export type Translate = (key: MessageKey, values?: MessageValues) => string;

const cache = createIntlCache();

export function createTranslator(language: Language, messages: Messages): Translate {
  const intl = createIntl({ locale: FORMAT_LOCALE[language], defaultLocale: "en-GB", messages }, cache);
  return (key, values) => intl.formatMessage({ id: key }, values);
}
