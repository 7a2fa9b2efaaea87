// A convening's documents and links: everyone who may read the convening sees the ones they may
// read; managers add documents (uploaded here) and links, rename them, attach them to a session,
// mark them public (also on the share link) or private, and delete them.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { getOptionalPerson, requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireReadableConvening } from "~/convenings/readable-convening.server";
import { AddFileForm, AddLinkForm, ResourceRow } from "~/resources/components/resource-forms";
import { canManageResources } from "~/resources/policy";
import { resourcesAction } from "~/resources/resource-actions.server";
import { loadResourcesPage } from "~/resources/resources.server";
import { connectDbForRequest } from "~/utils/db.server";
import { invariantResponse } from "~/utils/invariant";
import { listAgendaSessions } from "~models/agenda-session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Documents and links · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDbForRequest();
  const person = await getOptionalPerson(request);
  const convening = await requireReadableConvening(person, params.conveningId);
  return json(await loadResourcesPage(person, convening, await listAgendaSessions(convening.id)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const convening = await requireReadableConvening(manager, params.conveningId);
  invariantResponse(
    canManageResources(manager, convening),
    "This convening was cancelled: its documents and links no longer change.",
    { status: 409 },
  );
  return resourcesAction(request, manager, convening);
}

export default function ResourcesPage() {
  const { convening, revision, resources, sessions, canManage, maxBytes } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const resultFor = (intent: string, resourceId?: string) =>
    answer && answer.intent === intent && (resourceId === undefined || answer.resourceId === resourceId)
      ? answer.result
      : null;
  return (
    <article className="resources-page">
      <p>
        <Link to={`/convenings/${convening.id}`}>Back to {convening.title}</Link>
      </p>
      <h1>Documents and links</h1>
      <p className="lede">
        Pre-reading, slides, templates and links for {convening.title}. Private ones are for people signed in; public
        ones also show on the share link.
      </p>
      <section aria-labelledby="list-title">
        <h2 id="list-title">On the list</h2>
        {resources.length === 0 ? (
          <p className="muted">No documents or links yet.</p>
        ) : (
          <ul className="resource-list">
            {resources.map((resource) => (
              <ResourceRow
                key={resource.id}
                resource={resource}
                sessions={sessions}
                canManage={canManage}
                lastResult={resultFor("update", resource.id) ?? resultFor("delete", resource.id)}
              />
            ))}
          </ul>
        )}
      </section>
      {canManage ? (
        <div className="grid resources-page__forms">
          <section aria-labelledby="add-file-title" className="card">
            <AddFileForm
              key={`file-${revision}`}
              sessions={sessions}
              maxBytes={maxBytes}
              lastResult={resultFor("add-file")}
            />
          </section>
          <section aria-labelledby="add-link-title" className="card">
            <AddLinkForm key={`link-${revision}`} sessions={sessions} lastResult={resultFor("add-link")} />
          </section>
        </div>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: {
          title: "Convening not found",
          body: "There is no convening at this address.",
          link: { to: "/convenings", label: "See the convenings" },
        },
      }}
    />
  );
}
