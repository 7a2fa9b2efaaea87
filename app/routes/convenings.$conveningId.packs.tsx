// Every delegate's printable pack in one go: the whole exchange, or one city's (?city=<id>). The
// programme team prints any city's; a city representative their own city's delegates only.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePerson } from "~/accounts/auth.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DelegatePack } from "~/exchanges/components/delegate-pack";
import { loadDelegatePacks } from "~/exchanges/my-itinerary.server";
import itineraryStyles from "~/exchanges/my-itinerary.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: itineraryStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Delegate packs · ${data?.exchange.title ?? "Learning exchange"}` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const cityId = new URL(request.url).searchParams.get("city") || null;
  const { exchange, packs, cities } = await loadDelegatePacks(person, params.conveningId, { cityId });
  return json({ exchange: { id: exchange.id, title: exchange.title }, packs, cities, cityId });
}

export default function DelegatePacksPage() {
  const { exchange, packs, cities, cityId } = useLoaderData<typeof loader>();
  const cityName = cities.find((city) => city.value === cityId)?.label;
  return (
    <div className="pack-page">
      <div className="no-print">
        <p className="cluster">
          <Link to={`/convenings/${exchange.id}/itinerary`}>Back to the itinerary</Link>
          <span className="muted">Use your browser's Print command: each delegate and each day starts a new page.</span>
        </p>
        <h1>
          Delegate packs: {exchange.title}
          {cityName ? `, ${cityName}` : ""}
        </h1>
        {cities.length > 1 ? (
          <Form method="get" className="cluster pack-page__choice">
            <label htmlFor="city">Delegates of</label>
            <select id="city" name="city" defaultValue={cityId ?? ""}>
              <option value="">Every city</option>
              {cities.map((city) => (
                <option key={city.value} value={city.value}>
                  {city.label}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--quiet">
              Show
            </button>
          </Form>
        ) : null}
        <p>
          {packs.length === 1 ? "1 delegate" : `${packs.length} delegates`}
          {packs.length > 0 ? `: ${packs.map((pack) => pack.delegate.name).join(", ")}.` : "."}
        </p>
      </div>
      {packs.map((pack) => (
        <DelegatePack key={pack.delegate.personId} itinerary={pack} level={2} />
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
