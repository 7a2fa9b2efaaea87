import { Form, NavLink } from "@remix-run/react";

import type { Language } from "~/domain/languages";
import type { Role } from "~/domain/vocabulary/people";
import { LanguageSwitch } from "~/i18n/language-switch";
import { useT } from "~/i18n/use-t";

type HeaderPerson = { name: string; role: string; cityName: string | null };
/** Which programme-team pages the header links to, as the policies decided in the root loader. */
export type HeaderLinks = { dashboard: boolean; reports: boolean; people: boolean; mail: boolean; outbox: boolean };

const ROLE_KEYS = { manager: "role.manager", "city-rep": "role.city-rep", participant: "role.participant" } as const;

export function SiteHeader({
  person,
  links,
  language,
}: {
  person: HeaderPerson | null;
  links: HeaderLinks;
  language: Language;
}) {
  const t = useT();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <NavLink to="/" className="brand">
          {t("header.brand")} <span className="brand__sub">{t("header.brandSub")}</span>
        </NavLink>
        <nav aria-label={t("header.navLabel")}>
          <ul className="nav-list">
            <li>
              <NavLink to="/convenings">{t("header.convenings")}</NavLink>
            </li>
            <li>
              <NavLink to="/cities">{t("header.cities")}</NavLink>
            </li>
            {person ? (
              <li>
                <NavLink to="/me/convenings">{t("header.myConvenings")}</NavLink>
              </li>
            ) : null}
            {person ? (
              <li>
                <NavLink to="/me/calendar">{t("header.calendar")}</NavLink>
              </li>
            ) : null}
            {links.dashboard ? (
              <li>
                <NavLink to="/dashboard">{t("header.dashboard")}</NavLink>
              </li>
            ) : null}
            {links.reports ? (
              <li>
                <NavLink to="/reports">{t("header.reports")}</NavLink>
              </li>
            ) : null}
            {links.people ? (
              <li>
                <NavLink to="/people">{t("header.people")}</NavLink>
              </li>
            ) : null}
            {links.mail ? (
              <li>
                <NavLink to="/mail">{t("header.mail")}</NavLink>
              </li>
            ) : null}
            {links.outbox ? (
              <li>
                <NavLink to="/dev/outbox">{t("header.outbox")}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="account">
          <LanguageSwitch language={language} isSignedIn={Boolean(person)} />
          {person ? (
            <>
              <span className="account__who">
                <span className="account__name">{person.name}</span>
                <span className="badge" data-role={person.role}>
                  {person.role in ROLE_KEYS ? t(ROLE_KEYS[person.role as Role]) : person.role}
                  {person.cityName ? ` · ${person.cityName}` : ""}
                </span>
              </span>
              <Form method="post" action="/logout">
                <button type="submit" className="button button--quiet">
                  {t("header.signOut")}
                </button>
              </Form>
            </>
          ) : (
            <NavLink to="/login" className="button button--quiet">
              {t("header.signIn")}
            </NavLink>
          )}
        </div>
      </div>
    </header>
  );
}
