// One delegate's printable pack, for the programme team, their city's representatives and the
// delegate: the same itinerary the delegate reads at /me/itinerary.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePerson } from "~/accounts/auth.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DelegatePack } from "~/exchanges/components/delegate-pack";
import { loadDelegatePacks } from "~/exchanges/my-itinerary.server";
import itineraryStyles from "~/exchanges/my-itinerary.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: itineraryStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Delegate pack: ${data?.pack.delegate.name ?? "Delegate"} · ${data?.pack.exchange.title ?? "Exchange"}` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const { packs } = await loadDelegatePacks(person, params.conveningId, { personId: params.personId ?? "" });
  return json({ pack: packs[0] });
}

export default function DelegatePackPage() {
  const { pack } = useLoaderData<typeof loader>();
  return (
    <div className="pack-page">
      <p className="no-print cluster">
        <Link to={`/convenings/${pack.exchange.id}/delegates/${pack.delegate.personId}`}>
          Back to {pack.delegate.name}
        </Link>
        <span className="muted">Use your browser's Print command: each day starts a new page.</span>
      </p>
      <DelegatePack itinerary={pack} level={1} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
