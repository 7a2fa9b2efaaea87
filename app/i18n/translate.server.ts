// Translation in loaders and actions: the reader's language from the request, its catalogue.
import type { Language } from "~/domain/languages";
import { CATALOGUES } from "./catalogues.server";
import { getLanguage } from "./language.server";
import { createTranslator, type Translate } from "./translator";

const translators = new Map<Language, Translate>();

export function translatorFor(language: Language): Translate {
  let translate = translators.get(language);
  if (!translate) {
    translate = createTranslator(language, CATALOGUES[language]);
    translators.set(language, translate);
  }
  return translate;
}

/** The request's language and a translator for it. */
export async function translateRequest(request: Request): Promise<{ language: Language; t: Translate }> {
  const language = await getLanguage(request);
  return { language, t: translatorFor(language) };
}
