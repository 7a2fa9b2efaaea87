import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ConveningCard } from "~/components/convening-card";
import { THEME_TITLES } from "~/components/convening-form";
import { CONVENING_KIND_OPTIONS } from "~/domain/agenda/convening-form";
import { THEME_CODES } from "~/domain/agenda/form-values";
import { formatDateRange } from "~/domain/local-time";
import { getOptionalPerson, isManager } from "~/utils/auth.server";
import { connectDb } from "~/utils/db.server";
import { listCities } from "~models/city.server";
import { listConvenings } from "~models/convening-queries.server";
import { CONVENING_KINDS, type ConveningKind } from "~models/convening.server";

export const meta: MetaFunction = () => [{ title: "Convenings · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await connectDb();
  const person = await getOptionalPerson(request);
  const params = new URL(request.url).searchParams;
  const kind = (CONVENING_KINDS as readonly string[]).includes(params.get("kind") ?? "") ? (params.get("kind") as ConveningKind) : null;
  const phase = params.get("phase") === "1" ? 1 : params.get("phase") === "2" ? 2 : null;
  const theme = (THEME_CODES as readonly string[]).includes(params.get("theme") ?? "") ? params.get("theme") : null;
  const when = params.get("when") === "past" ? "past" : params.get("when") === "all" ? null : "upcoming";
  const hostCityId = params.get("hostCityId") || null;
  const [convenings, cities] = await Promise.all([
    listConvenings({ includeDrafts: isManager(person), kind, phase, theme, when, hostCityId }),
    listCities(),
  ]);
  const cityName = new Map(cities.map((city) => [city.id, city.name]));
  const cards = convenings.map((convening) => ({
    id: convening.id,
    title: convening.title,
    kind: convening.kind,
    status: convening.status,
    dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
    where: convening.hostCityId ? `Hosted by ${cityName.get(convening.hostCityId) ?? "a city"}` : convening.placeNames.join(", ") || "No place yet",
  }));
  return json({
    convenings: when === "past" ? cards.reverse() : cards,
    cities: cities.map((city) => ({ id: city.id, name: city.name })),
    filters: { kind: kind ?? "", phase: phase ? String(phase) : "", theme: theme ?? "", when: when ?? "all", hostCityId: hostCityId ?? "" },
    isManager: isManager(person),
  });
}

export default function ConveningsPage() {
  const { convenings, cities, filters, isManager: canCreate } = useLoaderData<typeof loader>();
  const heading = filters.when === "past" ? "Past convenings" : filters.when === "all" ? "All convenings" : "Upcoming convenings";
  return (
    <>
      <div className="page-heading">
        <h1>{heading}</h1>
        {canCreate ? (
          <Link className="button" to="/convenings/new">
            New convening
          </Link>
        ) : null}
      </div>
      <Form method="get" className="filters card" aria-label="Filter convenings">
        <div className="filters__grid">
          <div className="field">
            <label htmlFor="when">When</label>
            <select id="when" name="when" defaultValue={filters.when}>
              <option value="upcoming">Upcoming</option>
              <option value="past">Past</option>
              <option value="all">All</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="kind">Kind</label>
            <select id="kind" name="kind" defaultValue={filters.kind}>
              <option value="">Any kind</option>
              {CONVENING_KIND_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="phase">Phase</label>
            <select id="phase" name="phase" defaultValue={filters.phase}>
              <option value="">Any phase</option>
              <option value="1">Phase one</option>
              <option value="2">Phase two</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="hostCityId">Host city</label>
            <select id="hostCityId" name="hostCityId" defaultValue={filters.hostCityId}>
              <option value="">Any host</option>
              {cities.map((city) => (
                <option key={city.id} value={city.id}>
                  {city.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="theme">Theme</label>
            <select id="theme" name="theme" defaultValue={filters.theme}>
              <option value="">Any theme</option>
              {THEME_CODES.map((code) => (
                <option key={code} value={code}>
                  {code}: {THEME_TITLES[code]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          Show convenings
        </button>
      </Form>
      <p className="muted" role="status">
        {convenings.length === 1 ? "1 convening" : `${convenings.length} convenings`}
      </p>
      {convenings.length === 0 ? (
        <div className="empty-state">
          <h2>No convenings match</h2>
          <p>Try another filter, or look at past convenings.</p>
        </div>
      ) : (
        <div className="grid">
          {convenings.map((convening) => (
            <ConveningCard key={convening.id} convening={convening} />
          ))}
        </div>
      )}
    </>
  );
}
