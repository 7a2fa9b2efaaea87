// Gives the page its reader's language: the catalogue comes from the root loader, so the client
// holds only that language's messages.
import type { ReactNode } from "react";
import { IntlProvider } from "react-intl";
import { FORMAT_LOCALE, type Language } from "~/domain/languages";
import type { Messages } from "./messages";

export function I18nProvider({
  language,
  messages,
  children,
}: {
  language: Language;
  messages: Messages | Record<string, never>;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={FORMAT_LOCALE[language]} defaultLocale="en-GB" messages={messages}>
      {children}
    </IntlProvider>
  );
}
