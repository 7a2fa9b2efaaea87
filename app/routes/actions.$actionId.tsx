// One follow-up action: its details, a progress form (status changes included) and the timeline.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionFields } from "~/follow-ups/components/action-fields";
import { StatusBadge } from "~/follow-ups/components/action-list";
import { ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/form-fields";
import { loadActionDetail } from "~/follow-ups/action-detail.server";
import {
  editActionFromForm,
  loadActionForReader,
  recordProgressFromForm,
  removeUpdateFromForm,
  requirePlanReader,
} from "~/follow-ups/action-service.server";
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from "~/domain/vocabulary/follow-ups";
import { requireSameOrigin } from "~/accounts/same-origin.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.action.title ?? "Action"} · Inclusive Cities planner` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const action = await loadActionForReader(person, params.actionId);
  return json(await loadActionDetail(person, action));
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePlanReader(request);
  const current = await loadActionForReader(person, params.actionId);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "progress");
  const result =
    intent === "edit"
      ? await editActionFromForm(person, current, formData)
      : intent === "remove-update"
        ? await removeUpdateFromForm(person, current, formData)
        : await recordProgressFromForm(person, current, formData);
  if (!result.ok) return json({ intent, errors: result.errors, values: result.values, message: null, warning: null }, { status: 400 });
  return json({ intent, errors: null, values: {} as Record<string, string>, message: result.message, warning: result.warning });
}

const STATUS_OPTIONS = ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status] }));

export default function ActionPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const followUpAction = data.action;
  const progressErrors = result?.intent === "progress" ? result.errors : null;
  const editErrors = result?.intent === "edit" ? result.errors : null;
  const progressValues = result?.intent === "progress" ? result.values : {};
  return (
    <>
      <p>
        <Link to={`/cities/${data.city.slug}/plan`}>← {data.city.name} action plan</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1>{followUpAction.title}</h1>
          <p className="cluster">
            <StatusBadge status={followUpAction.status} />
            <span className={data.isOverdue ? "badge badge--error" : "badge badge--neutral"}>{data.dueText}</span>
            <span className="badge badge--neutral">{followUpAction.priority[0].toUpperCase() + followUpAction.priority.slice(1)} priority</span>
          </p>
        </div>
      </div>
      {result?.message ? (
        <p className="notice notice--success" role="status">
          {result.message}
        </p>
      ) : null}
      {data.dueWarning ? <p className="notice notice--warning">{data.dueWarning}</p> : null}
      <div className="action-detail">
        <section className="card" aria-labelledby="details-title">
          <h2 id="details-title" style={{ marginTop: 0 }}>
            Details
          </h2>
          <dl className="definition-list">
            <dt>City</dt>
            <dd>
              <Link to={`/cities/${data.city.slug}/plan`}>{data.city.name}</Link>
            </dd>
            <dt>Owner</dt>
            <dd>{data.ownerName ?? "No owner yet: the city's operational lead is reminded"}</dd>
            <dt>Raised at</dt>
            <dd>
              {data.convening ? (
                <>
                  <Link to={`/convenings/${data.convening.id}`}>{data.convening.title}</Link>
                  {data.sessionTitle ? `, session “${data.sessionTitle}”` : ""}
                </>
              ) : (
                `${data.city.name}'s action plan`
              )}
            </dd>
            <dt>Themes</dt>
            <dd>{data.themeTitles.length > 0 ? data.themeTitles.join("; ") : "None yet"}</dd>
            <dt>Principles</dt>
            <dd>{data.principleTitles.length > 0 ? data.principleTitles.join("; ") : "None yet"}</dd>
            <dt>Resources needed</dt>
            <dd>{followUpAction.resourcesNeeded || "Not stated"}</dd>
          </dl>
          {followUpAction.description ? <p style={{ marginTop: "var(--space-4)", whiteSpace: "pre-line" }}>{followUpAction.description}</p> : null}
        </section>

        {data.canChange ? (
          <section className="card" aria-labelledby="progress-title">
            <h2 id="progress-title" style={{ marginTop: 0 }}>
              Add progress
            </h2>
            <ErrorSummary errors={progressErrors} />
            <Form method="post" className="form" noValidate key={result?.intent === "progress" && result.message ? result.message + data.updates.length : "progress"}>
              <input type="hidden" name="intent" value="progress" />
              <SelectField name="status" label="Status" options={STATUS_OPTIONS} defaultValue={progressValues.status ?? followUpAction.status} error={progressErrors?.status} />
              <TextAreaField name="text" label="What happened" hint="A line is enough. Updates cannot be edited later." defaultValue={progressValues.text} error={progressErrors?.text} rows={3} />
              <TextField
                name="evidenceUrl"
                label="Evidence link (optional)"
                hint="A report, minutes, a web page: anything that shows the work landed."
                type="url"
                defaultValue={progressValues.evidenceUrl}
                error={progressErrors?.evidenceUrl}
              />
              <SubmitButton name="intent" value="progress" pendingText="Saving update…">
                Save update
              </SubmitButton>
            </Form>
          </section>
        ) : (
          <p className="notice">{data.readOnlyReason}</p>
        )}
      </div>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <ol className="action-timeline" reversed>
          {data.updates.map((update) => (
            <li key={update.id} className="action-timeline__entry">
              <p className="action-timeline__meta">
                <strong>{update.authorName}</strong> · <time dateTime={update.at}>{update.when}</time>
              </p>
              {update.statusTo ? (
                <p>
                  {update.statusFrom ? (
                    <>
                      Status changed from <StatusBadge status={update.statusFrom} /> to <StatusBadge status={update.statusTo} />
                    </>
                  ) : (
                    "Raised this action"
                  )}
                </p>
              ) : null}
              {update.text ? <p style={{ whiteSpace: "pre-line" }}>{update.text}</p> : null}
              {update.evidenceUrl ? (
                <p>
                  Evidence:{" "}
                  <a href={update.evidenceUrl} rel="noopener noreferrer nofollow">
                    {update.evidenceUrl}
                  </a>
                </p>
              ) : null}
              {data.canRemoveUpdates && !update.statusTo ? (
                <Form method="post">
                  <input type="hidden" name="updateId" value={update.id} />
                  <button type="submit" name="intent" value="remove-update" className="button button--quiet">
                    Remove this update<span className="visually-hidden"> from {update.when}</span>
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {data.canChange && data.formOptions ? (
        <section aria-labelledby="edit-title">
          <details className="card" open={Boolean(editErrors)}>
            <summary>
              <h2 id="edit-title" style={{ display: "inline", fontSize: "var(--font-size-l)" }}>
                Edit details
              </h2>
            </summary>
            <ErrorSummary errors={editErrors} />
            <Form method="post" className="form" noValidate>
              <input type="hidden" name="intent" value="edit" />
              <ActionFields
                values={result?.intent === "edit" && result.errors ? result.values : data.editValues}
                errors={editErrors}
                cities={data.formOptions.cities}
                owners={data.formOptions.owners}
                themes={data.formOptions.themes}
                principles={data.formOptions.principles}
                isCityFixed={data.formOptions.isCityFixed}
              />
              <SubmitButton name="intent" value="edit" pendingText="Saving changes…">
                Save changes
              </SubmitButton>
            </Form>
          </details>
        </section>
      ) : null}
    </>
  );
}
