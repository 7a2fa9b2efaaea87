// The content view a page opens in (decision 038): `?content=` when the reader chose one, else
// both languages side by side where the page shows both by default, else the reader's language.
import { contentViewFor, hasVersion, languageOrder, type ContentView } from "~/domain/bilingual";
import type { Language } from "~/domain/languages";

type BilingualConvening = { titleCy: string; summaryCy: string; aimsCy: string[] };

/** Whether anything of the convening or its agenda is written in Welsh. */
export function hasWelshContent(convening: BilingualConvening, sessions: Array<{ titleCy?: string }> = []) {
  return (
    hasVersion({ en: "", cy: convening.titleCy }, "cy") ||
    hasVersion({ en: "", cy: convening.summaryCy }, "cy") ||
    convening.aimsCy.length > 0 ||
    sessions.some((session) => hasVersion({ en: "", cy: session.titleCy ?? "" }, "cy"))
  );
}

export type PageContentView = {
  view: ContentView;
  order: Language[];
  /** Whether there is Welsh to switch to (the switch is shown only then). */
  isBilingual: boolean;
  /** The language asked for when the convening's title is not written in it; null otherwise. */
  fallbackFrom: Language | null;
};

export function pageContentView(
  request: Request,
  {
    language,
    convening,
    sessions,
    hostNation,
    isBothInWales = false,
  }: {
    language: Language;
    convening: BilingualConvening & { title: string };
    sessions?: Array<{ titleCy?: string }>;
    hostNation?: string | null;
    /** A shared or printed agenda: both languages by default for a Welsh host city. */
    isBothInWales?: boolean;
  },
): PageContentView {
  const isBilingual = hasWelshContent(convening, sessions);
  const asked = new URL(request.url).searchParams.get("content");
  const view = contentViewFor(asked, {
    language,
    bothByDefault: isBothInWales && isBilingual && hostNation === "Wales",
  });
  const title = { en: convening.title, cy: convening.titleCy };
  return {
    view,
    order: languageOrder(hostNation),
    isBilingual,
    fallbackFrom: view !== "both" && !hasVersion(title, view) ? view : null,
  };
}
