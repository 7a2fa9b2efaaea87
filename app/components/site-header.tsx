import { Form, NavLink } from "@remix-run/react";

import { ROLE_LABELS } from "~/domain/vocabulary/people";

type HeaderPerson = { name: string; role: string; cityName: string | null };

export function SiteHeader({ person, isDevelopment }: { person: HeaderPerson | null; isDevelopment: boolean }) {
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
            {person?.role === "manager" ? (
              <li>
                <NavLink to="/dashboard">Dashboard</NavLink>
              </li>
            ) : null}
            {person?.role === "manager" ? (
              <li>
                <NavLink to="/people">People</NavLink>
              </li>
            ) : null}
            {person?.role === "manager" && isDevelopment ? (
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
