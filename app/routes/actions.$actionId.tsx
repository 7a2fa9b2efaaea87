// One follow-up action: its details, a progress form (status changes included) and the timeline.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { ActionFields, useActionForm } from "~/follow-ups/components/action-fields";
import {
  EDIT_ACTION_INTENT,
  PROGRESS_INTENT,
  progressFormSchema,
  REMOVE_UPDATE_INTENT,
  typedActionValues,
} from "~/follow-ups/action-form";
import { useSchemaForm, type FormFields, type FormResult } from "~/forms/schema-form";
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
import { readForm } from "~/forms/form-body.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.action.title ?? "Action"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const action = await loadActionForReader(person, params.actionId);
  // The edit form sent back by "Show people of this city" (without JavaScript): shown as typed.
  const typed = typedActionValues(new URL(request.url).searchParams);
  const typedCityId = typeof typed?.ownerCityId === "string" ? typed.ownerCityId : undefined;
  const detail = await loadActionDetail(person, action, { ownerCityId: typedCityId });
  return json({
    ...detail,
    editValues: typed ? { ...detail.editValues, ...typed } : detail.editValues,
    isEditTyped: Boolean(typed),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePlanReader(request);
  const current = await loadActionForReader(person, params.actionId);
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? PROGRESS_INTENT);
  // Each form's intent goes to its named function; anything else is a progress update, as before.
  const result =
    intent === EDIT_ACTION_INTENT
      ? await editActionFromForm(person, current, formData)
      : intent === REMOVE_UPDATE_INTENT
        ? await removeUpdateFromForm(person, current, formData)
        : await recordProgressFromForm(person, current, formData);
  if (!result.ok) return json({ intent, result: result.result, message: null, warning: null }, { status: 400 });
  return json({ intent, result: null, message: result.message, warning: result.warning });
}

/** Progress on the action: what happened, evidence, and the status (recorded by recordProgressFromForm). */
function ProgressForm({ status, lastResult }: { status: string; lastResult?: FormResult | null }) {
  const [form, fields] = useSchemaForm({
    id: "progress",
    schema: progressFormSchema,
    lastResult,
    defaultValue: { status },
  });
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={PROGRESS_INTENT} />
        <SelectField field={fields.status} label="Status" options={STATUS_OPTIONS} />
        <TextAreaField
          field={fields.text}
          label="What happened"
          hint="A line is enough. Updates cannot be edited later."
          rows={3}
        />
        <TextField
          field={fields.evidenceUrl}
          label="Evidence link (optional)"
          hint="A report, minutes, a web page: anything that shows the work landed."
          type="url"
        />
        <SubmitButton name="intent" value={PROGRESS_INTENT} pendingText="Saving update…">
          Save update
        </SubmitButton>
      </Form>
    </>
  );
}

/** Removing a progress update without a status change (managers; handled by removeUpdateFromForm). */
function RemoveUpdateForm({ updateId, when }: { updateId: string; when: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="updateId" value={updateId} />
      <button type="submit" name="intent" value={REMOVE_UPDATE_INTENT} className="button button--quiet">
        Remove this update<span className="visually-hidden"> from {when}</span>
      </button>
    </Form>
  );
}

type EditOptions = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["formOptions"]>;

/** The action's details (handled by editActionFromForm); status changes go through progress. */
function EditActionForm({
  values,
  options,
  lastResult,
}: {
  values: FormFields;
  options: EditOptions;
  lastResult?: FormResult | null;
}) {
  const [form, fields] = useActionForm({ id: "edit-action", lastResult, values });
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={EDIT_ACTION_INTENT} />
        <ActionFields
          fields={fields}
          cities={options.cities}
          owners={options.owners}
          ownersCityId={options.ownersCityId}
          themes={options.themes}
          principles={options.principles}
          isCityFixed={options.isCityFixed}
        />
        <SubmitButton name="intent" value={EDIT_ACTION_INTENT} pendingText="Saving changes…">
          Save changes
        </SubmitButton>
      </Form>
    </>
  );
}

const STATUS_OPTIONS = ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status] }));

export default function ActionPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const followUpAction = data.action;
  const lastResultOf = (intent: string) => (result?.intent === intent ? result.result : undefined);
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
            <span className="badge badge--neutral">
              {followUpAction.priority[0].toUpperCase() + followUpAction.priority.slice(1)} priority
            </span>
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
                  {data.sourceNote ? (
                    <>
                      {" "}
                      · <Link to={data.sourceNote.href}>From the notes of {data.sourceNote.sessionTitle}</Link>
                    </>
                  ) : null}
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
          {followUpAction.description ? (
            <p style={{ marginTop: "var(--space-4)", whiteSpace: "pre-line" }}>{followUpAction.description}</p>
          ) : null}
        </section>

        {data.canChange ? (
          <section className="card" aria-labelledby="progress-title">
            <h2 id="progress-title" style={{ marginTop: 0 }}>
              Add progress
            </h2>
            <ProgressForm
              key={
                result?.intent === PROGRESS_INTENT && result.message
                  ? result.message + data.updates.length
                  : PROGRESS_INTENT
              }
              status={followUpAction.status}
              lastResult={lastResultOf(PROGRESS_INTENT)}
            />
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
                      Status changed from <StatusBadge status={update.statusFrom} /> to{" "}
                      <StatusBadge status={update.statusTo} />
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
                <RemoveUpdateForm updateId={update.id} when={update.when} />
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {data.canChange && data.formOptions ? (
        <section aria-labelledby="edit-title">
          <details className="card" open={Boolean(lastResultOf(EDIT_ACTION_INTENT)) || data.isEditTyped}>
            <summary>
              <h2 id="edit-title" style={{ display: "inline", fontSize: "var(--font-size-l)" }}>
                Edit details
              </h2>
            </summary>
            <EditActionForm
              values={data.editValues}
              options={data.formOptions}
              lastResult={lastResultOf(EDIT_ACTION_INTENT)}
            />
          </details>
        </section>
      ) : null}
    </>
  );
}
