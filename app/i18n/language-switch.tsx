// The header's language switch: a plain form posting to /language, so it works without
// JavaScript; it comes back to the page it was used on. Each name is in its own language.
import { Form, Link, useLocation } from "@remix-run/react";
import { LANGUAGES, LANGUAGE_NAMES, HTML_LANG, type Language } from "~/domain/languages";
import { useT } from "./use-t";

/** With `isSignedIn`, a link to the person's saved setting follows the two names. */
export function LanguageSwitch({ language, isSignedIn }: { language: Language; isSignedIn: boolean }) {
  const t = useT();
  const location = useLocation();
  return (
    <Form method="post" action="/language" className="language-switch" aria-label={t("header.language")}>
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      {LANGUAGES.map((option) =>
        option === language ? (
          <span key={option} lang={HTML_LANG[option]} className="language-switch__current" aria-current="true">
            {LANGUAGE_NAMES[option]}
          </span>
        ) : (
          <button
            key={option}
            type="submit"
            name="language"
            value={option}
            lang={HTML_LANG[option]}
            className="link-button"
          >
            {LANGUAGE_NAMES[option]}
          </button>
        ),
      )}
      {isSignedIn ? (
        <Link to="/me/language" className="language-switch__settings">
          {t("header.languageSettings")}
        </Link>
      ) : null}
    </Form>
  );
}
