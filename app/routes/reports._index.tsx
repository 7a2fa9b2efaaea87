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
import { createReportSchema } from "~/reports/report-forms";
import { createReport, listLearningReports, listPhases, newReportId } from "~/reports/report.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Learning reports · Inclusive Cities planner" }];

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
  const submission = parseWithZod(await readForm(request), { schema: createReportSchema });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const created = await createReport(submission.value, person);
  if (!created.ok)
    return json({ result: submission.reply({ fieldErrors: { [created.field]: [created.message] } }) }, { status: 400 });
  return redirectWithToast(`/reports/${created.id}`, "Report created. Add an introduction, conclusions and quotes.");
}

export default function ReportsPage() {
  const { reports, phases, canEdit, newReportId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useSchemaForm({
    id: "create-report",
    schema: createReportSchema,
    lastResult: actionData?.result,
  });
  return (
    <>
      <h1>Learning reports</h1>
      {reports.length === 0 ? (
        <p className="muted">No learning reports yet.</p>
      ) : (
        <ul>
          {reports.map((report) => (
            <li key={report.id}>
              <Link to={`/reports/${report.id}`}>{report.title}</Link> ({report.startsOn} to {report.endsOn})
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <section aria-labelledby="new-report-title">
          <h2 id="new-report-title">New report</h2>
          <Form method="post" className="form" {...getFormProps(form)}>
            <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
            <HiddenField field={fields.reportId} value={newReportId} />
            <TextField field={fields.title} label="Title" />
            <SelectField
              field={fields.phase}
              label="Phase"
              hint="The whole phase; or leave this and give the first and last day."
              options={[{ value: "", label: "A date range instead" }, ...phases]}
            />
            <TextField field={fields.startsOn} label="First day" type="date" />
            <TextField field={fields.endsOn} label="Last day" type="date" />
            <SubmitButton pendingText="Creating…">Create the report</SubmitButton>
          </Form>
        </section>
      ) : null}
    </>
  );
}
