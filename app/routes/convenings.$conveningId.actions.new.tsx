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
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import { useRichT } from "~/i18n/rich-text";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: pageTitle(matches, "actions.entry.pageTitle", { convening: data?.convening.title ?? "" }) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const searchParams = new URL(request.url).searchParams;
  const sessionId = searchParams.get("sessionId") ?? "";
  // The form sent back by "Show people of this city" (without JavaScript): shown as typed.
  const typed = typedActionValues(searchParams);
  const typedCityId = typeof typed?.ownerCityId === "string" ? typed.ownerCityId : null;
  const words = await translateRequest(request);
  const data = await loadFastEntry(person, params.conveningId ?? "", { ownerCityId: typedCityId, words });
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
  const result = await createActionFromForm(
    person,
    await readForm(request),
    { convening: data.conveningForActions },
    await translateRequest(request),
  );
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
  const t = useT();
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
          {isSaving ? t("actions.entry.saving") : t("actions.entry.save")}
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
  const t = useT();
  const richT = useRichT();
  const conveningTitle = <ContentLang>{data.convening.title}</ContentLang>;
  useEffect(() => {
    if (result?.saved?.warning) savedRef.current?.focus();
  }, [result?.saved]);
  return (
    <>
      <p>
        <Link to={`/convenings/${data.convening.id}`}>← {conveningTitle}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1>{t("actions.entry.title")}</h1>
          <p className="muted">
            {conveningTitle} · {data.convening.when}
          </p>
        </div>
        <p className="cluster">
          <Link className="button button--quiet" to={`/convenings/${data.convening.id}/outcomes`}>
            {t("actions.entry.allOutcomes")}
          </Link>
        </p>
      </div>
      <div className="action-entry">
        <section className="card" aria-labelledby="entry-title">
          <h2 id="entry-title" style={{ marginTop: 0 }}>
            {t("actions.entry.newAction")}
          </h2>
          {result?.saved ? (
            <p
              className={result.saved.warning ? "notice notice--warning" : "notice notice--success"}
              role="status"
              tabIndex={-1}
              ref={savedRef}
            >
              {richT("actions.entry.saved", {
                title: (
                  <Link to={`/actions/${result.saved.id}`} lang="en-GB">
                    {result.saved.title}
                  </Link>
                ),
              })}{" "}
              {result.saved.warning ?? t("actions.entry.typeNext")}
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
            {t("actions.entry.recorded", { count: data.recorded.length })}
          </h2>
          {data.recorded.length === 0 ? (
            <div className="empty-state">
              <h3>{t("actions.entry.emptyTitle")}</h3>
              <p>{t("actions.entry.emptyBody")}</p>
            </div>
          ) : (
            <ActionTable caption={t("actions.entry.caption")} rows={data.recorded} showSession />
          )}
        </section>
      </div>
    </>
  );
}
