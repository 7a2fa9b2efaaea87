import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SiteHeader } from "~/components/site-header";
import stylesHref from "~/styles/app.css";
import { getOptionalPerson } from "~/accounts/auth.server";
import { canSeeDashboard } from "~/follow-ups/policy";
import { canReadReports } from "~/reports/policy";
import { canSeeMail } from "~/mail/policy";
import { isTransportConfigured } from "~/mail/transport.server";
import { canManagePeople } from "~/people/policy";
import { useNonce } from "~/utils/nonce";
import { getToast } from "~/utils/toast.server";
import { ToastNotice } from "~/components/toast-notice";
import { getCityById } from "~models/city.server";
import { HTML_LANG, DEFAULT_LANGUAGE } from "~/domain/languages";
import { CATALOGUES } from "~/i18n/catalogues.server";
import { I18nProvider } from "~/i18n/i18n-provider";
import { getLanguage } from "~/i18n/language.server";
import { translatorOfMatches } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ matches }) => [
  { title: translatorOfMatches(matches)?.("app.title") ?? "Inclusive Cities planner" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await getOptionalPerson(request).catch(() => null);
  const city = person?.cityId ? await getCityById(person.cityId).catch(() => null) : null;
  const language = await getLanguage(request);
  // A note left by the redirect that led here: shown once, and its cookie cleared.
  const { toast, headers } = await getToast(request);
  return json(
    {
      person: person ? { name: person.name, role: person.role, cityName: city?.name ?? null } : null,
      links: {
        dashboard: person ? canSeeDashboard(person).ok : false,
        reports: canReadReports(person).ok,
        people: canManagePeople(person),
        mail: canSeeMail(person).ok,
        // The outbox stands in for real email wherever no transport is configured (app/mail).
        outbox: canSeeMail(person).ok && !isTransportConfigured(),
      },
      toast,
      // Only the reader's language travels to the client.
      language,
      messages: CATALOGUES[language],
    },
    { headers: headers ?? undefined },
  );
}

const NO_LINKS = { dashboard: false, reports: false, people: false, mail: false, outbox: false };

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRootData();
  const nonce = useNonce();
  const language = data?.language ?? DEFAULT_LANGUAGE;
  return (
    <I18nProvider language={language} messages={data?.messages ?? {}}>
      <Document lang={HTML_LANG[language]} nonce={nonce}>
        {children}
      </Document>
    </I18nProvider>
  );
}

function Document({ lang, nonce, children }: { lang: string; nonce: string; children: ReactNode }) {
  const data = useRootData();
  const t = useT();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("app.skipLink")}
        </a>
        <SiteHeader
          person={data?.person ?? null}
          links={data?.links ?? NO_LINKS}
          language={data?.language ?? DEFAULT_LANGUAGE}
        />
        <main id="main" className="page" tabIndex={-1}>
          <ToastNotice toast={data?.toast ?? null} />
          {children}
        </main>
        <footer className="site-footer">
          <p>{t("app.footer")}</p>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
