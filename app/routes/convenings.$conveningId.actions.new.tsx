// Fast entry: record several follow-up actions in a row during or after a convening. After each
// save the form clears but keeps the session and city, and the actions recorded so far are listed.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { getFormProps } from "@conform-to/react";
import { ActionFields, useActionForm } from "~/follow-ups/components/action-fields";
import { ActionTable } from "~/follow-ups/components/action-list";
import { ErrorSummary } from "~/components/form-fields";
import {
  createActionFromForm,
  newActionSubmissionId,
  notFound,
  requirePlanReader,
} from "~/follow-ups/action-service.server";
import { loadFastEntry } from "~/follow-ups/action-entry.server";
import { typedActionValues } from "~/follow-ups/action-form";
import { cityScopeOf } from "~/follow-ups/policy";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import type { FormFields, FormResult } from "~/forms/schema-form";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Record actions · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const searchParams = new URL(request.url).searchParams;
  const sessionId = searchParams.get("sessionId") ?? "";
  // The form sent back by "Show people of this city" (without JavaScript): shown as typed.
  const typed = typedActionValues(searchParams);
  const typedCityId = typeof typed?.ownerCityId === "string" ? typed.ownerCityId : null;
  const data = await loadFastEntry(person, params.conveningId ?? "", { ownerCityId: typedCityId });
  if (!data) throw notFound("That convening");
  return json({
    ...data,
    // A new one after every save (the loader runs again): a retried form saves one action.
    submissionId: newActionSubmissionId(),
    defaults: {
      ...typed,
      sessionId: data.sessions.some((session) => session.id === sessionId) ? sessionId : "",
      ownerCityId: cityScopeOf(person) ?? typedCityId ?? "",
    } satisfies FormFields,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePlanReader(request);
  const data = await loadFastEntry(person, params.conveningId ?? "", { withActions: false });
  if (!data) throw notFound("That convening");
  const result = await createActionFromForm(person, await readForm(request), { convening: data.conveningForActions });
  if (!result.ok) return json({ result: result.result, values: null, saved: null }, { status: 400 });
  // The next action starts from the same session and city.
  const values: FormFields = { sessionId: result.context.sessionId, ownerCityId: result.context.ownerCityId };
  return json({ result: null, values, saved: { id: result.actionId, title: result.title, warning: result.warning } });
}

type Fetcher = ReturnType<typeof useFetcher<typeof action>>;
type EntryOptions = Pick<
  ReturnType<typeof useLoaderData<typeof loader>>,
  "cities" | "owners" | "ownersCityId" | "themes" | "principles" | "sessions" | "isCityFixed"
>;

/** The entry form, fresh after each save (keyed by the saved action) but keeping session and city. */
function EntryForm({
  fetcher,
  options,
  lastResult,
  values,
  isAfterSave,
  submissionId,
}: {
  fetcher: Fetcher;
  options: EntryOptions;
  submissionId: string;
  lastResult?: FormResult | null;
  values: FormFields;
  isAfterSave: boolean;
}) {
  const [form, fields] = useActionForm({ id: "fast-entry", lastResult, values });
  const isSaving = fetcher.state !== "idle";
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <fetcher.Form method="post" className="form action-form" {...getFormProps(form)} aria-labelledby="entry-title">
        <input type="hidden" name="submissionId" value={submissionId} />
        <ActionFields
          fields={fields}
          cities={options.cities}
          owners={options.owners}
          ownersCityId={options.ownersCityId}
          themes={options.themes}
          principles={options.principles}
          sessions={options.sessions}
          isCityFixed={options.isCityFixed}
          autoFocusTitle={isAfterSave}
        />
        <button type="submit" className="button" disabled={isSaving} aria-disabled={isSaving}>
          {isSaving ? "Saving action…" : "Save and add another"}
        </button>
      </fetcher.Form>
    </>
  );
}

export default function FastEntryPage() {
  const data = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>();
  const documentResult = useActionData<typeof action>();
  // With JavaScript the fetcher answers; without it the page is re-rendered with the action's data.
  const result = fetcher.data ?? documentResult;
  const savedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (result?.saved?.warning) savedRef.current?.focus();
  }, [result?.saved]);
  return (
    <>
      <p>
        <Link to={`/convenings/${data.convening.id}`}>← {data.convening.title}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1>Record follow-up actions</h1>
          <p className="muted">
            {data.convening.title} · {data.convening.when}
          </p>
        </div>
        <p className="cluster">
          <Link className="button button--quiet" to={`/convenings/${data.convening.id}/outcomes`}>
            All outcomes
          </Link>
        </p>
      </div>
      <div className="action-entry">
        <section className="card" aria-labelledby="entry-title">
          <h2 id="entry-title" style={{ marginTop: 0 }}>
            New action
          </h2>
          {result?.saved ? (
            <p
              className={result.saved.warning ? "notice notice--warning" : "notice notice--success"}
              role="status"
              tabIndex={-1}
              ref={savedRef}
            >
              Saved “<Link to={`/actions/${result.saved.id}`}>{result.saved.title}</Link>”.{" "}
              {result.saved.warning ?? "Type the next one."}
            </p>
          ) : null}
          <EntryForm
            key={result?.saved?.id ?? "new"}
            fetcher={fetcher}
            options={data}
            lastResult={result?.result}
            values={result?.values ?? data.defaults}
            isAfterSave={Boolean(result?.saved)}
            submissionId={data.submissionId}
          />
        </section>
        <section aria-labelledby="recorded-title" aria-live="polite">
          <h2 id="recorded-title" style={{ marginTop: 0 }}>
            Recorded at this convening ({data.recorded.length})
          </h2>
          {data.recorded.length === 0 ? (
            <div className="empty-state">
              <h3>No actions yet</h3>
              <p>Each action you save appears here, newest first.</p>
            </div>
          ) : (
            <ActionTable caption="Actions raised at this convening, newest first" rows={data.recorded} showSession />
          )}
        </section>
      </div>
    </>
  );
}
