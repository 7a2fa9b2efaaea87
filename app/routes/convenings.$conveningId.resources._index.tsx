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
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle, translatorOfMatches } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  {
    title: pageTitle(matches, "resources.page.title", {
      title: data?.convening.title ?? translatorOfMatches(matches)?.("convenings.page.titleFallback") ?? "",
    }),
  },
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
  const { t } = await translateRequest(request);
  invariantResponse(canManageResources(manager, convening), t("resources.page.closed"), { status: 409 });
  return resourcesAction(request, manager, convening);
}

export default function ResourcesPage() {
  const { convening, revision, resources, sessions, canManage, maxBytes } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT();
  const resultFor = (intent: string, resourceId?: string) =>
    answer && answer.intent === intent && (resourceId === undefined || answer.resourceId === resourceId)
      ? answer.result
      : null;
  return (
    <article className="resources-page">
      <p>
        <Link to={`/convenings/${convening.id}`}>
          {t("resources.page.backPrefix")} <ContentLang>{convening.title}</ContentLang>
        </Link>
      </p>
      <h1>{t("resources.section")}</h1>
      <p className="lede">
        {t("resources.page.ledeBefore")} <ContentLang>{convening.title}</ContentLang>
        {t("resources.page.ledeAfter")}
      </p>
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t("resources.page.listTitle")}</h2>
        {resources.length === 0 ? (
          <p className="muted">{t("resources.none")}</p>
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
  const t = useT();
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: {
          title: t("convenings.page.notFoundTitle"),
          body: t("convenings.page.notFoundBody"),
          link: { to: "/convenings", label: t("convenings.page.notFoundLink") },
        },
      }}
    />
  );
}
