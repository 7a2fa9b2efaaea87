// Page titles in the reader's language: meta functions read the catalogue the root loader sent.
import { DEFAULT_LANGUAGE, isLanguage } from "~/domain/languages";
import type { MessageKey, MessageValues, Messages } from "./messages";
import { createTranslator } from "./translator";

type MetaMatch = { id: string; data: unknown };

/** The root loader's language and catalogue, as every match list carries them. */
export function translatorOfMatches(matches: MetaMatch[]) {
  const root = matches.find((match) => match.id === "root")?.data as
    { language?: unknown; messages?: Messages } | undefined;
  const language = isLanguage(root?.language) ? root.language : DEFAULT_LANGUAGE;
  return root?.messages ? createTranslator(language, root.messages) : null;
}

/** "Sign in · Inclusive Cities planner", or the bare app title when the root sent no catalogue. */
export function pageTitle(matches: MetaMatch[], key: MessageKey, values?: MessageValues): string {
  const t = translatorOfMatches(matches);
  if (!t) return "Inclusive Cities planner";
  return `${t(key, values)} · ${t("app.title")}`;
}
