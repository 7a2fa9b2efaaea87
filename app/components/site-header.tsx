import { Form, NavLink } from "@remix-run/react";

import { ROLE_LABELS } from "~/domain/vocabulary/people";

type HeaderPerson = { name: string; role: string; cityName: string | null };
/** Which programme-team pages the header links to, as the policies decided in the root loader. */
export type HeaderLinks = { dashboard: boolean; reports: boolean; people: boolean; mail: boolean; outbox: boolean };

export function SiteHeader({ person, links }: { person: HeaderPerson | null; links: HeaderLinks }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <NavLink to="/" className="brand">
          Inclusive Cities <span className="brand__sub">planner</span>
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <NavLink to="/convenings">Convenings</NavLink>
            </li>
            <li>
              <NavLink to="/cities">Cities</NavLink>
            </li>
            {person ? (
              <li>
                <NavLink to="/me/convenings">My convenings</NavLink>
              </li>
            ) : null}
            {person ? (
              <li>
                <NavLink to="/me/calendar">Calendar</NavLink>
              </li>
            ) : null}
            {links.dashboard ? (
              <li>
                <NavLink to="/dashboard">Dashboard</NavLink>
              </li>
            ) : null}
            {links.reports ? (
              <li>
                <NavLink to="/reports">Reports</NavLink>
              </li>
            ) : null}
            {links.people ? (
              <li>
                <NavLink to="/people">People</NavLink>
              </li>
            ) : null}
            {links.mail ? (
              <li>
                <NavLink to="/mail">Mail</NavLink>
              </li>
            ) : null}
            {links.outbox ? (
              <li>
                <NavLink to="/dev/outbox">Outbox</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="account">
          {person ? (
            <>
              <span className="account__who">
                <span className="account__name">{person.name}</span>
                <span className="badge" data-role={person.role}>
                  {(ROLE_LABELS as Record<string, string>)[person.role] ?? person.role}
                  {person.cityName ? ` · ${person.cityName}` : ""}
                </span>
              </span>
              <Form method="post" action="/logout">
                <button type="submit" className="button button--quiet">
                  Sign out
                </button>
              </Form>
            </>
          ) : (
            <NavLink to="/login" className="button button--quiet">
              Sign in
            </NavLink>
          )}
        </div>
      </div>
    </header>
  );
}
