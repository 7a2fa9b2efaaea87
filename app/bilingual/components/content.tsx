// Content written in English and Welsh, shown as the page's content view says (decision 038):
// the reader's version, or both side by side in the host's order. Every version carries its own
// lang attribute, so screen readers pronounce it right and the Welsh page check leaves it out.
import { Link } from "@remix-run/react";
import { createContext, useContext, type ReactNode } from "react";
import { useIntl } from "react-intl";
import { pickVersion, versionsShown, type ContentView, type PickedVersion, type Versions } from "~/domain/bilingual";
import { HTML_LANG, LANGUAGE_NAMES, type Language } from "~/domain/languages";
import { useT } from "~/i18n/use-t";

type ContentViewValue = { view: ContentView; order: Language[] };

const ContentViewContext = createContext<ContentViewValue | null>(null);

/** The content view of a page (from its loader): children show content as it says. */
export function ContentViewProvider({ view, order, children }: ContentViewValue & { children: ReactNode }) {
  return <ContentViewContext.Provider value={{ view, order }}>{children}</ContentViewContext.Provider>;
}

function useReaderLanguage(): Language {
  return useIntl().locale.startsWith("cy") ? "cy" : "en";
}

/** The versions to show here: the page's view, or the reader's language outside a provider. */
function useShown<T>(versions: Versions<T>): Array<PickedVersion<T>> {
  const context = useContext(ContentViewContext);
  const language = useReaderLanguage();
  if (!context) return [pickVersion(versions, language)];
  return versionsShown(versions, context.view, context.order);
}

type TextTag = "span" | "p" | "div" | "strong" | "h1" | "h2" | "h3" | "h4";
const INLINE_PARTS: ReadonlySet<TextTag> = new Set(["span", "strong", "h1", "h2", "h3", "h4"]);

/**
 * One piece of text in the page's view. Side by side, a heading stays one heading holding both
 * versions; a paragraph becomes one paragraph per version in a two-column block.
 */
export function Content({
  versions,
  as: Tag = "span",
  className,
}: {
  versions: Versions;
  as?: TextTag;
  className?: string;
}) {
  const shown = useShown(versions);
  if (shown.length === 1) {
    return (
      <Tag lang={HTML_LANG[shown[0].language]} className={className}>
        {shown[0].value}
      </Tag>
    );
  }
  if (INLINE_PARTS.has(Tag)) {
    return (
      <Tag className={["bilingual", className].filter(Boolean).join(" ")}>
        {shown.map((version) => (
          <span key={version.language} lang={HTML_LANG[version.language]} className="bilingual__version">
            {version.value}
          </span>
        ))}
      </Tag>
    );
  }
  return (
    <div className="bilingual">
      {shown.map((version) => (
        <Tag key={version.language} lang={HTML_LANG[version.language]} className={className}>
          {version.value}
        </Tag>
      ))}
    </div>
  );
}

/** A numbered list (a convening's aims) in the page's view: one list per version shown. */
export function ContentList({ versions, className }: { versions: Versions<string[]>; className?: string }) {
  const shown = useShown(versions);
  const lists = shown.map((version) => (
    <ol key={version.language} lang={HTML_LANG[version.language]} className={className}>
      {version.value.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ol>
  ));
  return shown.length === 1 ? lists[0] : <div className="bilingual">{lists}</div>;
}

/**
 * Links to the other content views, as plain links (`?content=`), so they work without
 * JavaScript; the view shown is named, not linked. `views` are those this page offers.
 */
export function ContentViewSwitch({
  current,
  views,
  fallbackFrom,
}: {
  current: ContentView;
  views: ContentView[];
  /** The language the reader asked for when the content is not written in it: said above the switch. */
  fallbackFrom?: Language | null;
}) {
  const t = useT();
  const label = (view: ContentView): ReactNode =>
    view === "both" ? t("bilingual.view.both") : <span lang={HTML_LANG[view]}>{LANGUAGE_NAMES[view]}</span>;
  return (
    <div className="content-view no-print">
      {fallbackFrom ? <p className="muted">{t(`bilingual.fallback.${fallbackFrom}`)}</p> : null}
      <nav aria-label={t("bilingual.view.label")} className="cluster content-view__switch">
        <span>{t("bilingual.view.label")}</span>
        {views.map((view) =>
          view === current ? (
            <strong key={view} aria-current="true">
              {label(view)} <span className="visually-hidden">{t("bilingual.view.current")}</span>
            </strong>
          ) : (
            <Link key={view} to={`?content=${view}`} preventScrollReset>
              {label(view)}
            </Link>
          ),
        )}
      </nav>
    </div>
  );
}

/** A page's content-view switch, from its loader's view: shown only when there is Welsh to switch to. */
export function PageContentViewSwitch({
  contentView,
}: {
  contentView: { view: ContentView; order: Language[]; isBilingual: boolean; fallbackFrom: Language | null };
}) {
  if (!contentView.isBilingual) return null;
  return (
    <ContentViewSwitch
      current={contentView.view}
      views={[...contentView.order, "both"]}
      fallbackFrom={contentView.fallbackFrom}
    />
  );
}
