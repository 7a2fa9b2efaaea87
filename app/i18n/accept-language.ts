// The browser's preference (Accept-Language) between the planner's languages.
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "~/domain/languages";

/**
 * The supported language the browser ranks highest: "cy, en;q=0.8" and "cy-GB" give Welsh,
 * "en-GB, cy;q=0.5" English; anything else, or nothing, the default (English).
 */
export function languageFromAcceptLanguage(header: string | null | undefined): Language {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split("-")[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0 && isLanguage(entry.base))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const best = ranked[0]?.base;
  return isLanguage(best) ? best : DEFAULT_LANGUAGE;
}
