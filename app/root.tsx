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

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await getOptionalPerson(request).catch(() => null);
  const city = person?.cityId ? await getCityById(person.cityId) : null;
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
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader person={data?.person ?? null} links={data?.links ?? NO_LINKS} />
        <main id="main" className="page" tabIndex={-1}>
          <ToastNotice toast={data?.toast ?? null} />
          {children}
        </main>
        <footer className="site-footer">
          <p>Inclusive Cities · convening and exchange planner</p>
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
