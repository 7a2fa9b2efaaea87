// Learning reports: the list (managers and city representatives) and, for managers, a new
// report for a phase or a date range.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { forbidden, requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { ErrorSummary, HiddenField, SelectField, SubmitButton, TextField } from "~/components/form-fields";
import { readForm } from "~/forms/form-body.server";
import { useSchemaForm } from "~/forms/schema-form";
import { canEditReports, canReadReports } from "~/reports/policy";
import { createReportSchemaFor } from "~/reports/report-forms";
import { createReport, listLearningReports, listPhases, newReportId } from "~/reports/report.server";
import { redirectWithToast } from "~/utils/toast.server";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "reports.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const read = canReadReports(person);
  if (!read.ok) throw forbidden(read.reason);
  const [reports, phases] = await Promise.all([listLearningReports(), listPhases()]);
  return json({
    canEdit: canEditReports(person).ok,
    reports: reports.map(({ id, title, startsOn, endsOn }) => ({ id, title, startsOn, endsOn })),
    phases: phases.map((phase) => ({ value: String(phase.number), label: phase.name })),
    newReportId: newReportId(),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const edit = canEditReports(person);
  if (!edit.ok) throw forbidden(edit.reason);
  const { t } = await translateRequest(request);
  const submission = parseWithZod(await readForm(request), { schema: createReportSchemaFor(t) });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const created = await createReport(submission.value, person);
  if (!created.ok)
    return json({ result: submission.reply({ fieldErrors: { [created.field]: [created.message] } }) }, { status: 400 });
  return redirectWithToast(`/reports/${created.id}`, t("reports.toast.created"));
}

export default function ReportsPage() {
  const { reports, phases, canEdit, newReportId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "create-report",
    schema: createReportSchemaFor(t),
    lastResult: actionData?.result,
  });
  return (
    <>
      <h1>{t("reports.title")}</h1>
      {reports.length === 0 ? (
        <p className="muted">{t("reports.empty")}</p>
      ) : (
        <ul>
          {reports.map((report) => (
            <li key={report.id}>
              <Link to={`/reports/${report.id}`}>
                <ContentLang>{report.title}</ContentLang>
              </Link>{" "}
              ({t("reports.range", { from: report.startsOn, to: report.endsOn })})
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <section aria-labelledby="new-report-title">
          <h2 id="new-report-title">{t("reports.new")}</h2>
          <Form method="post" className="form" {...getFormProps(form)}>
            <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
            <HiddenField field={fields.reportId} value={newReportId} />
            <TextField field={fields.title} label={t("reports.form.title")} />
            <SelectField
              field={fields.phase}
              label={t("reports.form.phase")}
              hint={t("reports.form.phaseHint")}
              options={[{ value: "", label: t("reports.form.dateRange") }, ...phases]}
            />
            <TextField field={fields.startsOn} label={t("reports.form.startsOn")} type="date" />
            <TextField field={fields.endsOn} label={t("reports.form.endsOn")} type="date" />
            <SubmitButton pendingText={t("reports.form.creating")}>{t("reports.form.create")}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </>
  );
}
