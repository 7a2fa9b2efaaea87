// My itinerary: the signed-in person's travel, hotel, agenda, emergency numbers and contacts for
// every learning exchange they are a delegate of that is under way or to come. Once visited with
// JavaScript, a service worker keeps a copy for when the phone is offline (public/itinerary-sw.js).
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePerson } from "~/accounts/auth.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ItineraryDays, ItineraryEssentials } from "~/exchanges/components/my-itinerary";
import { OfflineNote } from "~/exchanges/components/my-itinerary-offline-note";
import { myPackPath as packPath } from "~/exchanges/my-itinerary-offline";
import { loadMyItineraries } from "~/exchanges/my-itinerary.server";
import itineraryStyles from "~/exchanges/my-itinerary.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: itineraryStyles }];

export const meta: MetaFunction = () => [{ title: "My itinerary · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  return json({ itineraries: await loadMyItineraries(person) });
}

export default function MyItineraryPage() {
  const { itineraries } = useLoaderData<typeof loader>();
  return (
    <div className="my-itinerary">
      <div className="page-heading">
        <h1>My itinerary</h1>
        <Link to="/me/convenings">My convenings</Link>
      </div>
      <OfflineNote paths={["/me/itinerary", ...itineraries.map((itinerary) => packPath(itinerary.exchange.id))]} />
      {itineraries.length === 0 ? (
        <div className="empty-state">
          <h2>No learning exchange to come</h2>
          <p>
            When you are a delegate of a learning exchange, your travel, hotel and agenda appear here. See{" "}
            <Link to="/me/convenings">My convenings</Link>.
          </p>
        </div>
      ) : null}
      {itineraries.map((itinerary) => (
        <article
          key={itinerary.exchange.id}
          className="my-itinerary__exchange"
          aria-labelledby={`exchange-${itinerary.exchange.id}`}
        >
          <h2 id={`exchange-${itinerary.exchange.id}`}>{itinerary.exchange.title}</h2>
          <p className="lede">
            {itinerary.exchange.dateRange}
            {itinerary.exchange.places.length > 0 ? ` · ${itinerary.exchange.places.join("; ")}` : ""}
          </p>
          {itinerary.home ? <p className="muted">{itinerary.home.note}</p> : null}
          <p className="cluster no-print">
            {/* A document load, so the worker can answer it offline. */}
            <a href={packPath(itinerary.exchange.id)}>Printable delegate pack</a>
            <Link to={`/convenings/${itinerary.exchange.id}`}>The exchange's page</Link>
          </p>
          <ItineraryEssentials itinerary={itinerary} level={3} />
          <section aria-labelledby={`days-${itinerary.exchange.id}`} className="my-itinerary__days">
            <h3 id={`days-${itinerary.exchange.id}`}>Day by day</h3>
            <ItineraryDays itinerary={itinerary} days={itinerary.days} level={4} />
          </section>
        </article>
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
