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
import type { FormResult } from "~/forms/schema-form";
import { getCityBySlug } from "~models/city.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import { useRichT } from "~/i18n/rich-text";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: pageTitle(matches, "plans.title", { city: data?.plan.city.name ?? "" }) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const words = await translateRequest(request);
  const plan = await loadCityPlan(person, params.slug ?? "", new Date(), words);
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
  const result = await createActionFromForm(person, formData, { convening: null }, await translateRequest(request));
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
  const t = useT();
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
        <SubmitButton pendingText={t("plans.adding")}>{t("plans.add")}</SubmitButton>
      </Form>
    </>
  );
}

export default function CityPlanPage() {
  const { plan, canAdd, formOptions, submissionId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const richT = useRichT();
  const { changes } = plan;
  const cityName = <ContentLang>{plan.city.name}</ContentLang>;
  const planLabel = t("plans.title", { city: plan.city.name });
  return (
    <>
      <p>
        <Link to={`/cities/${plan.city.slug}`}>← {cityName}</Link>
      </p>
      <div className="page-heading">
        <h1>{richT("plans.title", { city: cityName })}</h1>
        <p className="cluster">
          <a className="button button--quiet" href={`/actions/export.csv?city=${plan.city.slug}`} download>
            {t("plans.downloadCsv")}
          </a>
        </p>
      </div>
      <ProgressSummary figures={plan.figures} label={planLabel} />

      <section aria-labelledby="changes-title" className="card">
        <h2 id="changes-title" style={{ marginTop: 0 }}>
          {t("plans.sinceLast")}
        </h2>
        {plan.lastConvening && changes ? (
          <>
            <p className="muted">
              <ContentLang>{plan.lastConvening.title}</ContentLang>, {plan.lastConvening.when}
            </p>
            {changes.created === 0 && changes.statusChangeCount === 0 && changes.progressUpdates === 0 ? (
              <p>{t("plans.nothingChanged")}</p>
            ) : (
              <ul>
                <li>{t("plans.newActions", { count: changes.created })}</li>
                <li>{t("plans.progressUpdates", { count: changes.progressUpdates })}</li>
                {changes.statusChanges.slice(0, 10).map((change) => (
                  <li key={`${change.id}-${change.at}`}>
                    <Link to={`/actions/${change.id}`} lang="en-GB">
                      {change.title}
                    </Link>
                    :{" "}
                    {richT("plans.statusChange", {
                      from: change.from ? <StatusBadge status={change.from} /> : "",
                      to: <StatusBadge status={change.to} />,
                      day: change.day,
                    })}
                  </li>
                ))}
                {changes.statusChangeCount > changes.statusChanges.length ? (
                  <li>
                    {t("plans.moreStatusChanges", {
                      count: changes.statusChangeCount - changes.statusChanges.length,
                    })}
                  </li>
                ) : null}
              </ul>
            )}
          </>
        ) : (
          <p>{t("plans.noConvening")}</p>
        )}
      </section>

      {canAdd && formOptions ? (
        <section aria-labelledby="add-title">
          <details className="card" open={Boolean(result?.result)}>
            <summary>
              <h2 id="add-title" style={{ display: "inline", fontSize: "var(--font-size-l)" }}>
                {t("plans.addTitle")}
              </h2>
            </summary>
            {result?.saved ? (
              <p className="notice notice--success" role="status">
                {richT("plans.added", {
                  title: (
                    <Link to={`/actions/${result.saved.id}`} lang="en-GB">
                      {result.saved.title}
                    </Link>
                  ),
                })}
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

      <h2>{t("plans.byTheme")}</h2>
      {plan.groups.length === 0 ? (
        <div className="empty-state">
          <h3>{t("plans.emptyTitle")}</h3>
          <p>{richT("plans.emptyBody", { city: cityName })}</p>
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
                  ? t("plans.captionPressing", {
                      theme: group.title,
                      shown: group.actions.length,
                      count: group.figures.total,
                    })
                  : t("plans.caption", { theme: group.title, count: group.figures.total })
              }
              rows={group.actions}
              showCity={false}
            />
            {group.figures.total > group.actions.length ? (
              <p className="muted">
                {t("plans.order")}{" "}
                <a href={`/actions/export.csv?city=${plan.city.slug}`} download>
                  {t("plans.downloadAll", { count: plan.figures.total })}
                </a>
              </p>
            ) : null}
          </section>
        ))
      )}
    </>
  );
}
