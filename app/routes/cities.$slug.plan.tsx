// A city's action plan: actions by framework theme, progress, and what changed since the last
// convening. The city's reps (and managers) add actions here.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { ActionFields, useActionForm } from "~/follow-ups/components/action-fields";
import { ActionTable, ProgressSummary, StatusBadge } from "~/follow-ups/components/action-list";
import { ErrorSummary, SubmitButton } from "~/components/form-fields";
import { loadActionFormOptions } from "~/follow-ups/action-entry.server";
import { loadCityPlan } from "~/follow-ups/action-pages.server";
import {
  createActionFromForm,
  newActionSubmissionId,
  notFound,
  requireCityChange,
  requirePlanReader,
} from "~/follow-ups/action-service.server";
import { canChangeCityActions } from "~/follow-ups/policy";
import { formatDay } from "~/domain/follow-ups/action-rules";
import type { FormResult } from "~/forms/schema-form";
import { getCityBySlug } from "~models/city.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.plan.city.name ?? "City"} action plan · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const plan = await loadCityPlan(person, params.slug ?? "");
  if (!plan) throw notFound("That city");
  const canAdd = canChangeCityActions(person, plan.city.id).ok;
  return json({
    plan,
    canAdd,
    formOptions: canAdd ? await loadActionFormOptions(person, { ownerCityId: plan.city.id }) : null,
    // A new one after every save (the loader runs again): a retried form adds one action.
    submissionId: newActionSubmissionId(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePlanReader(request);
  const city = await getCityBySlug(params.slug ?? "");
  if (!city) throw notFound("That city");
  requireCityChange(person, city.id);
  const formData = await readForm(request);
  // Actions added on a plan belong to that plan's city.
  formData.set("ownerCityId", city.id);
  const result = await createActionFromForm(person, formData, { convening: null });
  if (!result.ok) return json({ result: result.result, saved: null }, { status: 400 });
  return json({ result: null, saved: { id: result.actionId, title: result.title } });
}

type FormOptions = NonNullable<Awaited<ReturnType<typeof loadActionFormOptions>>>;

/** Adding an action to this plan: the city is the plan's, so the form does not offer a choice. */
function AddActionForm({
  cityId,
  options,
  lastResult,
  submissionId,
}: {
  cityId: string;
  options: FormOptions;
  lastResult?: FormResult | null;
  submissionId: string;
}) {
  const [form, fields] = useActionForm({ id: "add-action", lastResult, values: { ownerCityId: cityId } });
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="submissionId" value={submissionId} />
        <ActionFields
          fields={fields}
          cities={options.cities}
          owners={options.owners}
          themes={options.themes}
          principles={options.principles}
          isCityFixed
          fixedCityId={cityId}
        />
        <SubmitButton pendingText="Adding action…">Add action</SubmitButton>
      </Form>
    </>
  );
}

export default function CityPlanPage() {
  const { plan, canAdd, formOptions, submissionId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { changes } = plan;
  return (
    <>
      <p>
        <Link to={`/cities/${plan.city.slug}`}>← {plan.city.name}</Link>
      </p>
      <div className="page-heading">
        <h1>{plan.city.name} action plan</h1>
        <p className="cluster">
          <a className="button button--quiet" href={`/actions/export.csv?city=${plan.city.slug}`} download>
            Download as CSV
          </a>
        </p>
      </div>
      <ProgressSummary figures={plan.figures} label={`${plan.city.name} action plan`} />

      <section aria-labelledby="changes-title" className="card">
        <h2 id="changes-title" style={{ marginTop: 0 }}>
          Since the last convening
        </h2>
        {plan.lastConvening && changes ? (
          <>
            <p className="muted">
              {plan.lastConvening.title}, {plan.lastConvening.when}
            </p>
            {changes.created === 0 && changes.statusChangeCount === 0 && changes.progressUpdates === 0 ? (
              <p>Nothing has changed in this plan since then.</p>
            ) : (
              <ul>
                <li>
                  {changes.created} new {changes.created === 1 ? "action" : "actions"}
                </li>
                <li>
                  {changes.progressUpdates} progress {changes.progressUpdates === 1 ? "update" : "updates"}
                </li>
                {changes.statusChanges.slice(0, 10).map((change) => (
                  <li key={`${change.id}-${change.at}`}>
                    <Link to={`/actions/${change.id}`}>{change.title}</Link>:{" "}
                    {change.from ? <StatusBadge status={change.from} /> : null} → <StatusBadge status={change.to} /> on{" "}
                    {formatDay(change.at.slice(0, 10))}
                  </li>
                ))}
                {changes.statusChangeCount > changes.statusChanges.length ? (
                  <li>and {changes.statusChangeCount - changes.statusChanges.length} more status changes</li>
                ) : null}
              </ul>
            )}
          </>
        ) : (
          <p>No convening has been held yet.</p>
        )}
      </section>

      {canAdd && formOptions ? (
        <section aria-labelledby="add-title">
          <details className="card" open={Boolean(result?.result)}>
            <summary>
              <h2 id="add-title" style={{ display: "inline", fontSize: "var(--font-size-l)" }}>
                Add an action to this plan
              </h2>
            </summary>
            {result?.saved ? (
              <p className="notice notice--success" role="status">
                Added “<Link to={`/actions/${result.saved.id}`}>{result.saved.title}</Link>”.
              </p>
            ) : null}
            <AddActionForm
              key={result?.saved?.id ?? "new"}
              cityId={plan.city.id}
              options={formOptions}
              lastResult={result?.result}
              submissionId={submissionId}
            />
          </details>
        </section>
      ) : null}

      <h2>Actions by theme</h2>
      {plan.groups.length === 0 ? (
        <div className="empty-state">
          <h3>No actions in this plan yet</h3>
          <p>Actions raised at convenings for {plan.city.name}, and those added here, appear by framework theme.</p>
        </div>
      ) : (
        plan.groups.map((group) => (
          <section
            key={group.code ?? "none"}
            aria-labelledby={`theme-${group.code ?? "none"}`}
            className="action-theme"
          >
            <h3 id={`theme-${group.code ?? "none"}`}>
              {group.code ? <span className="badge badge--neutral">{group.code}</span> : null} {group.title}
            </h3>
            <ProgressSummary figures={group.figures} label={group.title} />
            <ActionTable
              caption={
                group.figures.total > group.actions.length
                  ? `${group.title}: the ${group.actions.length} most pressing of ${group.figures.total} actions`
                  : `${group.title}: ${group.figures.total} ${group.figures.total === 1 ? "action" : "actions"}`
              }
              rows={group.actions}
              showCity={false}
            />
            {group.figures.total > group.actions.length ? (
              <p className="muted">
                Active actions come first, soonest due first.{" "}
                <a href={`/actions/export.csv?city=${plan.city.slug}`} download>
                  Download all {plan.figures.total} actions of this plan (CSV)
                </a>
              </p>
            ) : null}
          </section>
        ))
      )}
    </>
  );
}
