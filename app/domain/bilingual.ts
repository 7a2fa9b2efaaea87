// Content written in English and, optionally, in Welsh (convening titles, summaries and aims,
// session titles and descriptions, cancellation reasons, messages): which version a reader sees,
// in which language it is, and in what order both are shown side by side (decision 038).
import { isLanguage, type Language } from "./languages";

/** One piece of content in both languages; "" (or an empty list) where a version is not written. */
export type Versions<T = string> = { en: T; cy: T };

/** The version shown and its language; `isFallback` when it is not in the language asked for. */
export type PickedVersion<T = string> = { value: T; language: Language; isFallback: boolean };

/** How a page shows content: one language, or both side by side. */
export const CONTENT_VIEWS = ["en", "cy", "both"] as const;
export type ContentView = (typeof CONTENT_VIEWS)[number];

const other = (language: Language): Language => (language === "cy" ? "en" : "cy");

function isWritten(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === "string" && value.trim() !== "";
}

/** Whether a Welsh version of this piece exists. */
export function hasVersion<T>(versions: Versions<T>, language: Language): boolean {
  return isWritten(versions[language]);
}

/**
 * The reader's version of a piece of content, or the other language's when theirs is not
 * written (and says so); the English one, marked English, when neither is.
 */
export function pickVersion<T>(versions: Versions<T>, language: Language): PickedVersion<T> {
  if (isWritten(versions[language])) return { value: versions[language], language, isFallback: false };
  const fallback = other(language);
  if (isWritten(versions[fallback])) return { value: versions[fallback], language: fallback, isFallback: true };
  return { value: versions.en, language: "en", isFallback: language !== "en" };
}

/** Welsh first for a host city in Wales, else English first. */
export function languageOrder(hostNation: string | null | undefined): Language[] {
  return hostNation === "Wales" ? ["cy", "en"] : ["en", "cy"];
}

/**
 * The versions a page shows of one piece: the picked one in a one-language view; in the "both"
 * view every written version in `order` (a piece written once appears once).
 */
export function versionsShown<T>(versions: Versions<T>, view: ContentView, order: Language[]): Array<PickedVersion<T>> {
  if (view !== "both") return [pickVersion(versions, view)];
  const written = order.filter((language) => isWritten(versions[language]));
  if (written.length === 0) return [pickVersion(versions, order[0])];
  return written.map((language) => ({ value: versions[language], language, isFallback: false }));
}

/**
 * The content view a page opens with: `?content=` when it names one; else both side by side
 * where `bothByDefault` (a Welsh host city's shared agenda with Welsh written); else the
 * reader's language.
 */
export function contentViewFor(
  asked: string | null | undefined,
  { language, bothByDefault = false }: { language: Language; bothByDefault?: boolean },
): ContentView {
  if (asked === "both" || isLanguage(asked)) return asked;
  return bothByDefault ? "both" : language;
}

/** Versions of a convening's or session's text fields from a record holding `field` and `fieldCy`. */
export function versionsOf<R extends Record<string, unknown>, F extends keyof R & string>(
  record: R,
  field: F,
): Versions<R[F]> {
  const welsh = record[`${field}Cy` as keyof R] as R[F] | undefined;
  const empty = (Array.isArray(record[field]) ? [] : "") as R[F];
  return { en: record[field], cy: welsh ?? empty };
}
