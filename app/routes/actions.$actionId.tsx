// One follow-up action: its details, a progress form (status changes included) and the timeline.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { ActionFields, useActionForm } from "~/follow-ups/components/action-fields";
import {
  EDIT_ACTION_INTENT,
  PROGRESS_INTENT,
  progressFormSchemaFor,
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
import { ACTION_STATUSES, type ActionPriority } from "~/domain/vocabulary/follow-ups";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { statusLabel } from "~/follow-ups/action-words";
import { ContentLang } from "~/i18n/content-lang";
import { translatorOfMatches } from "~/i18n/meta";
import { useRichT } from "~/i18n/rich-text";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorOfMatches(matches);
  const title = data?.action.title ?? t?.("actions.page.titleFallback") ?? "Action";
  return [{ title: t ? `${title} · ${t("app.title")}` : title }];
};

const PRIORITY_BADGES: Record<ActionPriority, MessageKey> = {
  low: "actions.priorityBadge.low",
  medium: "actions.priorityBadge.medium",
  high: "actions.priorityBadge.high",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const action = await loadActionForReader(person, params.actionId);
  // The edit form sent back by "Show people of this city" (without JavaScript): shown as typed.
  const typed = typedActionValues(new URL(request.url).searchParams);
  const typedCityId = typeof typed?.ownerCityId === "string" ? typed.ownerCityId : undefined;
  const { t, language } = await translateRequest(request);
  const detail = await loadActionDetail(person, action, { ownerCityId: typedCityId, t, language });
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
  const words = await translateRequest(request);
  const intent = String(formData.get("intent") ?? PROGRESS_INTENT);
  // Each form's intent goes to its named function; anything else is a progress update, as before.
  const result =
    intent === EDIT_ACTION_INTENT
      ? await editActionFromForm(person, current, formData, words)
      : intent === REMOVE_UPDATE_INTENT
        ? await removeUpdateFromForm(person, current, formData, words)
        : await recordProgressFromForm(person, current, formData, words);
  if (!result.ok) return json({ intent, result: result.result, message: null, warning: null }, { status: 400 });
  return json({ intent, result: null, message: result.message, warning: result.warning });
}

/** Progress on the action: what happened, evidence, and the status (recorded by recordProgressFromForm). */
function ProgressForm({ status, lastResult }: { status: string; lastResult?: FormResult | null }) {
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "progress",
    schema: progressFormSchemaFor(t),
    lastResult,
    defaultValue: { status },
  });
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={PROGRESS_INTENT} />
        <SelectField
          field={fields.status}
          label={t("actions.progress.status")}
          options={ACTION_STATUSES.map((value) => ({ value, label: statusLabel(t, value) }))}
        />
        <TextAreaField
          field={fields.text}
          label={t("actions.progress.text")}
          hint={t("actions.progress.textHint")}
          rows={3}
        />
        <TextField
          field={fields.evidenceUrl}
          label={t("actions.progress.evidenceUrl")}
          hint={t("actions.progress.evidenceHint")}
          type="url"
        />
        <SubmitButton name="intent" value={PROGRESS_INTENT} pendingText={t("actions.progress.saving")}>
          {t("actions.progress.save")}
        </SubmitButton>
      </Form>
    </>
  );
}

/** Removing a progress update without a status change (managers; handled by removeUpdateFromForm). */
function RemoveUpdateForm({ updateId, when }: { updateId: string; when: string }) {
  const t = useT();
  return (
    <Form method="post">
      <input type="hidden" name="updateId" value={updateId} />
      <button type="submit" name="intent" value={REMOVE_UPDATE_INTENT} className="button button--quiet">
        {t("actions.page.removeUpdate")}
        <span className="visually-hidden"> {t("actions.page.removeUpdateFrom", { when })}</span>
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
  const t = useT();
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
        <SubmitButton name="intent" value={EDIT_ACTION_INTENT} pendingText={t("actions.page.savingChanges")}>
          {t("actions.page.saveChanges")}
        </SubmitButton>
      </Form>
    </>
  );
}

export default function ActionPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const followUpAction = data.action;
  const t = useT();
  const richT = useRichT();
  const lastResultOf = (intent: string) => (result?.intent === intent ? result.result : undefined);
  const cityName = <ContentLang>{data.city.name}</ContentLang>;
  return (
    <>
      <p>
        <Link to={`/cities/${data.city.slug}/plan`}>{richT("actions.page.backToPlan", { city: cityName })}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1 lang="en-GB">{followUpAction.title}</h1>
          <p className="cluster">
            <StatusBadge status={followUpAction.status} />
            <span className={data.isOverdue ? "badge badge--error" : "badge badge--neutral"}>{data.dueText}</span>
            <span className="badge badge--neutral">{t(PRIORITY_BADGES[followUpAction.priority])}</span>
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
            {t("actions.page.details")}
          </h2>
          <dl className="definition-list">
            <dt>{t("actions.page.city")}</dt>
            <dd>
              <Link to={`/cities/${data.city.slug}/plan`}>{cityName}</Link>
            </dd>
            <dt>{t("actions.page.owner")}</dt>
            <dd>{data.ownerName ?? t("actions.page.noOwner")}</dd>
            <dt>{t("actions.page.raisedAt")}</dt>
            <dd>
              {data.convening ? (
                <>
                  <Link to={`/convenings/${data.convening.id}`} lang="en-GB">
                    {data.convening.title}
                  </Link>
                  {data.sessionTitle
                    ? richT("actions.page.session", { session: <ContentLang>{data.sessionTitle}</ContentLang> })
                    : ""}
                  {data.sourceNote ? (
                    <>
                      {" "}
                      ·{" "}
                      <Link to={data.sourceNote.href}>
                        {richT("actions.page.fromNotesOf", {
                          session: <ContentLang>{data.sourceNote.sessionTitle}</ContentLang>,
                        })}
                      </Link>
                    </>
                  ) : null}
                </>
              ) : (
                richT("actions.page.cityPlan", { city: cityName })
              )}
            </dd>
            <dt>{t("actions.page.themes")}</dt>
            <dd>{data.themeTitles.length > 0 ? data.themeTitles.join("; ") : t("actions.page.noneYet")}</dd>
            <dt>{t("actions.page.principles")}</dt>
            <dd>{data.principleTitles.length > 0 ? data.principleTitles.join("; ") : t("actions.page.noneYet")}</dd>
            <dt>{t("actions.page.resourcesNeeded")}</dt>
            <dd>
              {followUpAction.resourcesNeeded ? (
                <ContentLang>{followUpAction.resourcesNeeded}</ContentLang>
              ) : (
                t("actions.page.notStated")
              )}
            </dd>
          </dl>
          {followUpAction.description ? (
            <p lang="en-GB" style={{ marginTop: "var(--space-4)", whiteSpace: "pre-line" }}>
              {followUpAction.description}
            </p>
          ) : null}
        </section>

        {data.canChange ? (
          <section className="card" aria-labelledby="progress-title">
            <h2 id="progress-title" style={{ marginTop: 0 }}>
              {t("actions.page.addProgress")}
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
        <h2 id="timeline-title">{t("actions.page.timeline")}</h2>
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
                      {richT("actions.page.statusChanged", {
                        from: <StatusBadge status={update.statusFrom} />,
                        to: <StatusBadge status={update.statusTo} />,
                      })}
                    </>
                  ) : (
                    t("actions.page.raised")
                  )}
                </p>
              ) : null}
              {update.text ? (
                <p lang="en-GB" style={{ whiteSpace: "pre-line" }}>
                  {update.text}
                </p>
              ) : null}
              {update.evidenceUrl ? (
                <p>
                  {t("actions.page.evidence")}{" "}
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
                {t("actions.page.editDetails")}
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
