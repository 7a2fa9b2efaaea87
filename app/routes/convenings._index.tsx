import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ConveningCard } from "~/convenings/components/convening-card";
import { CONVENING_KIND_OPTIONS } from "~/convenings/convening-form";
import { THEME_CODES, THEME_TITLES } from "~/domain/vocabulary/framework";
import { formatDateRange } from "~/domain/local-time";
import { getOptionalPerson } from "~/accounts/auth.server";
import { canPlanConvenings, canReadDrafts } from "~/convenings/policy";
import { connectDb } from "~/utils/db.server";
import { listCities } from "~models/city.server";
import { listConvenings } from "~models/queries/convening-lists.server";
import { CONVENING_KINDS, type ConveningKind } from "~/domain/vocabulary/convenings";
import { FilterSelect } from "~/components/filter-select";

export const meta: MetaFunction = () => [{ title: "Convenings · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await connectDb();
  const person = await getOptionalPerson(request);
  const params = new URL(request.url).searchParams;
  const kind = (CONVENING_KINDS as readonly string[]).includes(params.get("kind") ?? "")
    ? (params.get("kind") as ConveningKind)
    : null;
  const phase = params.get("phase") === "1" ? 1 : params.get("phase") === "2" ? 2 : null;
  const theme = (THEME_CODES as readonly string[]).includes(params.get("theme") ?? "") ? params.get("theme") : null;
  const when = params.get("when") === "past" ? "past" : params.get("when") === "all" ? null : "upcoming";
  const hostCityId = params.get("hostCityId") || null;
  const [convenings, cities] = await Promise.all([
    listConvenings({ includeDrafts: canReadDrafts(person), kind, phase, theme, when, hostCityId }),
    listCities(),
  ]);
  const cityName = new Map(cities.map((city) => [city.id, city.name]));
  const cards = convenings.map((convening) => ({
    id: convening.id,
    title: convening.title,
    kind: convening.kind,
    status: convening.status,
    dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
    where: convening.hostCityId
      ? `Hosted by ${cityName.get(convening.hostCityId) ?? "a city"}`
      : convening.places.map((place) => place.name).join(", ") || "No place yet",
  }));
  return json({
    convenings: when === "past" ? cards.reverse() : cards,
    cities: cities.map((city) => ({ id: city.id, name: city.name })),
    filters: {
      kind: kind ?? "",
      phase: phase ? String(phase) : "",
      theme: theme ?? "",
      when: when ?? "all",
      hostCityId: hostCityId ?? "",
    },
    canCreate: canPlanConvenings(person),
  });
}

export default function ConveningsPage() {
  const { convenings, cities, filters, canCreate } = useLoaderData<typeof loader>();
  const heading =
    filters.when === "past" ? "Past convenings" : filters.when === "all" ? "All convenings" : "Upcoming convenings";
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
          <FilterSelect
            name="when"
            label="When"
            value={filters.when}
            options={[
              { value: "upcoming", label: "Upcoming" },
              { value: "past", label: "Past" },
              { value: "all", label: "All" },
            ]}
          />
          <FilterSelect
            name="kind"
            label="Kind"
            value={filters.kind}
            options={[{ value: "", label: "Any kind" }, ...CONVENING_KIND_OPTIONS]}
          />
          <FilterSelect
            name="phase"
            label="Phase"
            value={filters.phase}
            options={[
              { value: "", label: "Any phase" },
              { value: "1", label: "Phase one" },
              { value: "2", label: "Phase two" },
            ]}
          />
          <FilterSelect
            name="hostCityId"
            label="Host city"
            value={filters.hostCityId}
            options={[
              { value: "", label: "Any host" },
              ...cities.map((city) => ({ value: city.id, label: city.name })),
            ]}
          />
          <FilterSelect
            name="theme"
            label="Theme"
            value={filters.theme}
            options={[
              { value: "", label: "Any theme" },
              ...THEME_CODES.map((code) => ({ value: code, label: `${code}: ${THEME_TITLES[code]}` })),
            ]}
          />
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
