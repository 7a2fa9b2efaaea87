// The signed-in delegate's own printable pack for one exchange; kept offline with /me/itinerary.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePerson } from "~/accounts/auth.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DelegatePack } from "~/exchanges/components/delegate-pack";
import { OfflineNote } from "~/exchanges/components/my-itinerary-offline-note";
import { myPackPath } from "~/exchanges/my-itinerary-offline";
import { loadDelegatePacks } from "~/exchanges/my-itinerary.server";
import itineraryStyles from "~/exchanges/my-itinerary.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: itineraryStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Delegate pack · ${data?.pack.exchange.title ?? "Learning exchange"}` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const { packs } = await loadDelegatePacks(person, params.conveningId, { personId: person.id });
  return json({ pack: packs[0] });
}

export default function MyPackPage() {
  const { pack } = useLoaderData<typeof loader>();
  return (
    <div className="pack-page">
      <p className="no-print cluster">
        <a href="/me/itinerary">Back to my itinerary</a>
        <span className="muted">Use your browser's Print command: each day starts a new page.</span>
      </p>
      <OfflineNote paths={[myPackPath(pack.exchange.id)]} />
      <DelegatePack itinerary={pack} level={1} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
