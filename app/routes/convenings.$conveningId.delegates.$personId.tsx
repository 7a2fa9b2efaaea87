// One delegate of a learning exchange: their travel documents (the form for the delegate and
// managers, whether they are complete for a representative of their city) and their costs.
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePerson } from "~/accounts/auth.server";
import { isProgrammeMember } from "~/accounts/policy";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { DelegateCosts } from "~/exchanges/components/delegate-costs";
import { TravelDocumentsForm } from "~/exchanges/components/travel-documents-form";
import { ADD_COST_INTENT, REMOVE_COST_INTENT } from "~/exchanges/delegate-cost-form";
import { addCost, loadDelegateCosts, removeCost } from "~/exchanges/delegate-costs.server";
import { requireDelegate, requireExchange } from "~/exchanges/delegate.server";
import { SAVE_TRAVEL_DOCUMENTS_INTENT } from "~/exchanges/travel-document-form";
import { loadTravelDocuments, saveTravelDocuments } from "~/exchanges/travel-documents.server";
import { readForm } from "~/forms/form-body.server";
import type { FormResult } from "~/forms/schema-form";
import { formatRange } from "~/registration/format";
import { redirectWithToast } from "~/utils/toast.server";

// Travel documents are on this page: no cache keeps a copy, no link carries its address away.
export const headers: HeadersFunction = () => ({
  "Cache-Control": "private, no-store",
  "Referrer-Policy": "no-referrer",
});

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.delegate.name ?? "Delegate"} · ${data?.convening.title ?? "Exchange"} · Inclusive Cities planner` },
];

async function requirePage(request: Request, params: LoaderFunctionArgs["params"]) {
  const person = await requirePerson(request);
  const exchange = await requireExchange(person, params.conveningId);
  const delegate = await requireDelegate(person, exchange, params.personId);
  return { person, exchange, delegate };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { person, exchange, delegate } = await requirePage(request, params);
  const [documents, costs] = await Promise.all([
    loadTravelDocuments(person, exchange, delegate),
    loadDelegateCosts(person, exchange, delegate),
  ]);
  return json({
    convening: {
      id: exchange.id,
      title: exchange.title,
      dates: formatRange(exchange.startsAt, exchange.endsAt, exchange.timeZone),
    },
    delegate: {
      personId: delegate.personId,
      name: delegate.name,
      cityName: delegate.cityName,
      isOwn: delegate.personId === person.id,
    },
    canSeeAttendees: isProgrammeMember(person),
    documents,
    costs,
  });
}

type ActionData = { intent: string; result: FormResult };

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const { person, exchange, delegate } = await requirePage(request, params);
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const page = `/convenings/${exchange.id}/delegates/${delegate.personId}`;
  if (intent === SAVE_TRAVEL_DOCUMENTS_INTENT) {
    const saved = await saveTravelDocuments(person, exchange, delegate, formData);
    if (!saved.ok) return json<ActionData>({ intent, result: saved.result }, { status: saved.status });
    return redirectWithToast(page, "Travel documents saved.");
  }
  if (intent === ADD_COST_INTENT) {
    const added = await addCost(person, exchange, delegate, formData);
    if (!added.ok) return json<ActionData>({ intent, result: added.result }, { status: added.status });
    return redirectWithToast(`${page}#costs`, added.message);
  }
  if (intent === REMOVE_COST_INTENT) {
    const removed = await removeCost(person, exchange, delegate, formData);
    return redirectWithToast(`${page}#costs`, removed.message);
  }
  throw new Response("Unknown action", { status: 400 });
}

export default function DelegatePage() {
  const { convening, delegate, canSeeAttendees, documents, costs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const resultFor = (intent: string) => (actionData?.intent === intent ? actionData.result : undefined);
  return (
    <>
      <p className="cluster">
        <Link to={`/convenings/${convening.id}`}>← {convening.title}</Link>
        {canSeeAttendees ? <Link to={`/convenings/${convening.id}/attendees`}>Attendees</Link> : null}
        {canSeeAttendees ? <Link to={`/convenings/${convening.id}/costs`}>Costs</Link> : null}
        <Link to={delegate.isOwn ? "/me/itinerary" : `/convenings/${convening.id}/delegates/${delegate.personId}/pack`}>
          {delegate.isOwn ? "My itinerary" : "Itinerary and delegate pack"}
        </Link>
      </p>
      <h1>{delegate.isOwn ? "Your travel documents" : delegate.name}</h1>
      <p className="lede">
        {delegate.isOwn ? `${delegate.name}, ` : ""}
        {delegate.cityName} delegate · {convening.title}, {convening.dates}
      </p>
      {documents ? (
        <section aria-labelledby="documents-title" className="card">
          <h2 id="documents-title" style={{ marginTop: 0 }}>
            Travel documents
          </h2>
          {documents.kind === "form" ? (
            <>
              <p>
                <span className={`badge ${documents.summary === "Complete" ? "badge--success" : "badge--warning"}`}>
                  {documents.summary}
                </span>
              </p>
              <TravelDocumentsForm
                values={documents.values}
                returnDay={documents.returnDay}
                returnDayText={documents.returnDayText}
                deletionNote={documents.deletionNote}
                isOwn={delegate.isOwn}
                lastResult={resultFor(SAVE_TRAVEL_DOCUMENTS_INTENT)}
              />
            </>
          ) : documents.kind === "summary" ? (
            <>
              <p>
                <span className={`badge ${documents.summary === "Complete" ? "badge--success" : "badge--warning"}`}>
                  {documents.summary}
                </span>
              </p>
              <p className="muted">The documents themselves are seen only by {delegate.name} and the programme team.</p>
            </>
          ) : (
            <p>{documents.record}</p>
          )}
        </section>
      ) : null}
      {costs ? (
        <section aria-labelledby="costs-title" id="costs" className="card">
          <h2 id="costs-title" style={{ marginTop: 0 }}>
            Costs
          </h2>
          <DelegateCosts
            delegateName={delegate.name}
            lines={costs.lines}
            totals={costs.totals}
            canEdit={costs.canEdit}
            submissionId={costs.submissionId}
            lastResult={resultFor(ADD_COST_INTENT)}
          />
        </section>
      ) : null}
    </>
  );
}
