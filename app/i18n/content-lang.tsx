// Content people wrote (titles, names, descriptions) inside translated interface text: it keeps
// its own language's lang attribute, so screen readers pronounce it right on a Welsh page and the
// Welsh browser check leaves it out. Content is English unless a Welsh version is shown.
import type { ReactNode } from "react";
import { HTML_LANG, type Language } from "~/domain/languages";

export function ContentLang({
  language = "en",
  as: Tag = "span",
  className,
  children,
}: {
  /** The language the content is written in. */
  language?: Language;
  as?: "span" | "div" | "p" | "strong";
  className?: string;
  children: ReactNode;
}) {
  return (
    <Tag lang={HTML_LANG[language]} className={className}>
      {children}
    </Tag>
  );
}
